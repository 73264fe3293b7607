import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-XCP25OGK.js";
import "./chunk-4N5IKU52.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-CQLH2PKG.js";
import "./chunk-I5HSDLNW.js";
import "./chunk-3XEZIFGU.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-S6HOEQ4D.js";
import "./chunk-BRT4GRIX.js";
import "./chunk-64SREERL.js";
import "./chunk-ZLMNK4RC.js";
import "./chunk-WMVSUWR6.js";
import "./chunk-WMTBHY5M.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
