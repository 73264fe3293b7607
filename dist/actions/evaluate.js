import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-FQMR6QVM.js";
import "../chunks/chunk-MWZWLX6I.js";
import "../chunks/chunk-Z6EKRSFZ.js";
import "../chunks/chunk-ICLILIDW.js";
import "../chunks/chunk-J6FYXDA3.js";
import "../chunks/chunk-FLNB2TIH.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-EEGABT7M.js";
import {
  GATE_COMMANDS
} from "../chunks/chunk-LQGI6NGJ.js";
import "../chunks/chunk-EEV7DGFS.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/evaluate/main.ts
await runAction(GATE_COMMANDS["evaluate"]);
