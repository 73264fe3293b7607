import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  errorReport,
  runGate
} from "./chunk-LCN4YAUR.js";
import "./chunk-7KQ2BRX3.js";
import "./chunk-4QFURST5.js";
export {
  errorReport,
  runGate
};
