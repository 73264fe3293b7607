import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  internalMessage,
  runGate
} from "./chunk-OWJFEUTJ.js";
import "./chunk-HA7OEFXU.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-ZHLQDNGW.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  internalMessage,
  runGate
};
