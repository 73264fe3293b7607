import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-EWQB27ZF.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-JOTMPWQW.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-ZIDI37L3.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
