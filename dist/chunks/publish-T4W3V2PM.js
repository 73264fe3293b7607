import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  CHECK_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  commentMarker,
  publishReport,
  writeReportFiles
} from "./chunk-RA4MU5RG.js";
import "./chunk-7CAC7LKD.js";
import "./chunk-IDGSBEVN.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  CHECK_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  commentMarker,
  publishReport,
  writeReportFiles
};
