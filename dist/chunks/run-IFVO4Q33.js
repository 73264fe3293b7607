import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  runGate
} from "./chunk-CJCM5KU3.js";
import "./chunk-DGQDSYE5.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  runGate
};
