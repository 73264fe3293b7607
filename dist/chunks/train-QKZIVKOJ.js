import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-OUJV4P2G.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-AZJI4WLB.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-GE4WAF7R.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
