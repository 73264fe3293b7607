import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  runGate
} from "./chunk-H2AAMNTK.js";
import "./chunk-R57OJ4BW.js";
import "./chunk-WP3TPMIS.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  runGate
};
