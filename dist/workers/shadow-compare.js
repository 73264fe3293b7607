import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  pairedTests
} from "../chunks/chunk-4B5XCFIZ.js";
import "../chunks/chunk-HRSQYDDB.js";
import "../chunks/chunk-W4UJWN7M.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import {
  answerOneTask
} from "../chunks/chunk-VNL4G5MP.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/shadow-compare/compare-worker.ts
answerOneTask((task) => pairedTests(task));
