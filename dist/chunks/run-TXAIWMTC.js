import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  internalMessage,
  runGate
} from "./chunk-C32WDKMM.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-U4HUYQYA.js";
import "./chunk-JEGDNPPQ.js";
import "./chunk-YZAHHIVN.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  internalMessage,
  runGate
};
