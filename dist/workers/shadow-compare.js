import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  pairedTests
} from "../chunks/chunk-P662RUJQ.js";
import "../chunks/chunk-AQSOIHW7.js";
import "../chunks/chunk-XVLZXTC5.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import {
  answerOneTask
} from "../chunks/chunk-FBJNPK5O.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/shadow-compare/compare-worker.ts
answerOneTask((task) => pairedTests(task));
