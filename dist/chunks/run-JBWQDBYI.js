import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  runGate
} from "./chunk-KQFPFO22.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  runGate
};
