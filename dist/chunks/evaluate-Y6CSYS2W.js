import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-Y4BC363M.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-7CAC7LKD.js";
import "./chunk-IDGSBEVN.js";
import "./chunk-DJJPANAL.js";
import "./chunk-CN6IZ574.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
