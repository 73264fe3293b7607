import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  runGate
} from "./chunk-3CF5YVAE.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-IDGSBEVN.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  runGate
};
