import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-7OEWRVJI.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-YLX77IVI.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-XDJORYPK.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
