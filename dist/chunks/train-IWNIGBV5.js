import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-BG6HQDHN.js";
import "./chunk-RA4MU5RG.js";
import "./chunk-A6WZQVWU.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-7CAC7LKD.js";
import "./chunk-IDGSBEVN.js";
import "./chunk-GQ2HNE7M.js";
import "./chunk-CN6IZ574.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
