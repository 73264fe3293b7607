import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-TNCY2LUX.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-UMUMP7CL.js";
import "./chunk-MXPKSKDJ.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
