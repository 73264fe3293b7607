import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-4I2WCBMN.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-T3WJHE3F.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
