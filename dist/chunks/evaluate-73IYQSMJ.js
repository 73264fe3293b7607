import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-GEGM3EGR.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-SCN3EZC4.js";
import "./chunk-DRUW3UVH.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-EEGABT7M.js";
import "./chunk-PGGKM4JY.js";
import "./chunk-BRT4GRIX.js";
import "./chunk-64SREERL.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-6B6UMSHT.js";
import "./chunk-I7H5MTYW.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
