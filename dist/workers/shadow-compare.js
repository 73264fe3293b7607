import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  pairedTests
} from "../chunks/chunk-OVCC574L.js";
import "../chunks/chunk-XW3WGWFS.js";
import "../chunks/chunk-3O22QIS7.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import {
  answerOneTask
} from "../chunks/chunk-WATMPNN7.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/shadow-compare/compare-worker.ts
answerOneTask((task) => pairedTests(task));
