import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  internalMessage,
  runGate
} from "./chunk-6HFXPVEK.js";
import "./chunk-FLNB2TIH.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-EEGABT7M.js";
import "./chunk-ZHLQDNGW.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  internalMessage,
  runGate
};
