import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  internalMessage,
  runGate
} from "./chunk-XQ53O2CM.js";
import "./chunk-XK2DE4K4.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-N54OCUZH.js";
import "./chunk-ZHLQDNGW.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  internalMessage,
  runGate
};
