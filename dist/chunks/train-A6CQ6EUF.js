import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "./chunk-LDD2FA5Z.js";
import "./chunk-VLS2PPQ7.js";
import "./chunk-56VRIHQV.js";
import "./chunk-LDXLCFAX.js";
import "./chunk-QG2WYNRV.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  train
};
