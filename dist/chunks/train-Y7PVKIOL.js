import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-FZVQV3UM.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-ILSSXTHT.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-5KBKDQPX.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
