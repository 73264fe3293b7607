import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-XFQXMYCT.js";
import "./chunk-DGQDSYE5.js";
import "./chunk-XC5FBZM7.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-6WGO6HEX.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
