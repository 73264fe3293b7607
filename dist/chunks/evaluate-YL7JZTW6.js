import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-L7MBXJV3.js";
import "./chunk-R57OJ4BW.js";
import "./chunk-WP3TPMIS.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
