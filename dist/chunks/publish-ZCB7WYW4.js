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
} from "./chunk-T2F5XZJZ.js";
import "./chunk-5V7E2M3B.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-3XEZIFGU.js";
import "./chunk-4N5IKU52.js";
import "./chunk-ZSB5QIDP.js";
import "./chunk-HA7OEFXU.js";
import "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-SJ4OJ7LD.js";
import "./chunk-O6GBSEXR.js";
import "./chunk-WGSDQCGC.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-Z7B6ZZR2.js";
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
