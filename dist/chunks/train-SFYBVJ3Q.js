import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-GCXKA5WA.js";
import "./chunk-OS4STWAE.js";
import "./chunk-RFIKV27Y.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-AKK66L2L.js";
import "./chunk-AMAR5SXK.js";
import "./chunk-EEGABT7M.js";
import "./chunk-EEV7DGFS.js";
import "./chunk-7IJIN774.js";
import "./chunk-INXN5L6Z.js";
import "./chunk-6B6UMSHT.js";
import "./chunk-I7H5MTYW.js";
import "./chunk-BRT4GRIX.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
