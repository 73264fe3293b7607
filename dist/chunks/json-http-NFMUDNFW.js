import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ROWS_PLACEHOLDER,
  checkJsonRequest,
  openJsonModel,
  pointerTokens,
  resolvePointer
} from "./chunk-KW35SBPV.js";
import "./chunk-UVOKY5EC.js";
import "./chunk-73TOU7CH.js";
import "./chunk-ZDSWXYTH.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  ROWS_PLACEHOLDER,
  checkJsonRequest,
  openJsonModel,
  pointerTokens,
  resolvePointer
};
