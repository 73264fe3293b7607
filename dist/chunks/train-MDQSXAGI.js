import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-4BDFVOEQ.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-HQ6HB6M4.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-YCM2VDD7.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
