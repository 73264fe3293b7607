import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ROWS_PLACEHOLDER,
  checkJsonRequest,
  openJsonModel,
  pointerTokens,
  resolvePointer
} from "./chunk-K34OCKWP.js";
import "./chunk-Y3JTFFIU.js";
import "./chunk-UKZD7QTU.js";
import "./chunk-XD5TKENX.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";
export {
  ROWS_PLACEHOLDER,
  checkJsonRequest,
  openJsonModel,
  pointerTokens,
  resolvePointer
};
