import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-RFIKV27Y.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-AMAR5SXK.js";
import "./chunk-EEGABT7M.js";
import "./chunk-7IJIN774.js";
import "./chunk-INXN5L6Z.js";
import "./chunk-6B6UMSHT.js";
import "./chunk-I7H5MTYW.js";
import "./chunk-BRT4GRIX.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
