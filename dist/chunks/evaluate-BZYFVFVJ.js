import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-FLTLZWPE.js";
import "./chunk-4N5IKU52.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-R2OZHO62.js";
import "./chunk-I5HSDLNW.js";
import "./chunk-3XEZIFGU.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-SLHJ47GS.js";
import "./chunk-BRT4GRIX.js";
import "./chunk-64SREERL.js";
import "./chunk-24BSAKYC.js";
import "./chunk-ZMRWQ7AD.js";
import "./chunk-BAXOQIPO.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
