import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  internalMessage,
  runGate
} from "./chunk-T7M2KSDQ.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-IDGSBEVN.js";
import "./chunk-UIHWVQWF.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  internalMessage,
  runGate
};
