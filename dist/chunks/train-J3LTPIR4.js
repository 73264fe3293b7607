import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-AN3AR5XR.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-BCH2PXQT.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-UMUMP7CL.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
