import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ROWS_PLACEHOLDER,
  checkJsonRequest,
  openJsonModel,
  pointerTokens,
  resolvePointer
} from "./chunk-25AU774R.js";
import "./chunk-PSY2UPIN.js";
import "./chunk-UKZD7QTU.js";
import "./chunk-FW3ZZ2QG.js";
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
