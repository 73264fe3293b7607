import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-SXTHZUSC.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-P3ENHDHD.js";
import "./chunk-IDGSBEVN.js";
import "./chunk-PPNCDEW7.js";
import "./chunk-MTUETOSQ.js";
import "./chunk-BJTHGHUQ.js";
import "./chunk-I7H5MTYW.js";
import "./chunk-WHN6VY6P.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
