import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  pairedTests
} from "../chunks/chunk-52XH2PZF.js";
import "../chunks/chunk-VFKO5NFL.js";
import "../chunks/chunk-NDXSJSPV.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import {
  answerOneTask
} from "../chunks/chunk-KPYJSAC4.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/shadow-compare/compare-worker.ts
answerOneTask((task) => pairedTests(task));
