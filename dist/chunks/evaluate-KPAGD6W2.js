import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-PVGT3ICB.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-AMAR5SXK.js";
import "./chunk-EEGABT7M.js";
import "./chunk-KSWH7FYM.js";
import "./chunk-FETVHGGM.js";
import "./chunk-6B6UMSHT.js";
import "./chunk-I7H5MTYW.js";
import "./chunk-BRT4GRIX.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
