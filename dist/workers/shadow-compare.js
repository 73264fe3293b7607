import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  pairedTests
} from "../chunks/chunk-QMOOYIUH.js";
import "../chunks/chunk-7PODX7LD.js";
import "../chunks/chunk-LH22PMPC.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import {
  answerOneTask
} from "../chunks/chunk-YSLIW42U.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/shadow-compare/compare-worker.ts
answerOneTask((task) => pairedTests(task));
