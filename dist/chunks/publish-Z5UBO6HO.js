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
} from "./chunk-MV7ESIWT.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-3XEZIFGU.js";
import "./chunk-HA7OEFXU.js";
import "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-JUZ7LOQF.js";
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
