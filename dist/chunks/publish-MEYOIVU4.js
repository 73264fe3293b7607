import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  CHECK_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  commentMarker,
  nameKey,
  publishReport,
  reportArtifactName,
  writeReportFiles
} from "./chunk-O5WWIOUF.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-DRUW3UVH.js";
import "./chunk-FLNB2TIH.js";
import "./chunk-EEGABT7M.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  CHECK_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  commentMarker,
  nameKey,
  publishReport,
  reportArtifactName,
  writeReportFiles
};
