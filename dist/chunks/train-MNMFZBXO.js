import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-5TCK262Y.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-TNCY2LUX.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-UMUMP7CL.js";
import "./chunk-MXPKSKDJ.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
