import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-QWKJHDFS.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-GAGZVJ5N.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-H6XZRYTF.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
