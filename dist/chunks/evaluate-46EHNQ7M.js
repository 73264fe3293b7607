import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-YQYJKVP5.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-B74U3YG5.js";
import "./chunk-3XEZIFGU.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-N54OCUZH.js";
import "./chunk-PGGKM4JY.js";
import "./chunk-BRT4GRIX.js";
import "./chunk-64SREERL.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-T4YSZQE3.js";
import "./chunk-I7H5MTYW.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
