import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  internalMessage,
  runGate
} from "./chunk-UBA6HQ4Q.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-HA7OEFXU.js";
import "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-ZHLQDNGW.js";
import "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";
export {
  errorReport,
  internalMessage,
  runGate
};
