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
} from "./chunk-7ISYQWRK.js";
import "./chunk-AGGOQBDZ.js";
import "./chunk-AMAR5SXK.js";
import "./chunk-JEGDNPPQ.js";
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
