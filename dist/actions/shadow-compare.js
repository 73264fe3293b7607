import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-V2FJ5SOI.js";
import "../chunks/chunk-CWYSBMKJ.js";
import "../chunks/chunk-ZDSWXYTH.js";
import "../chunks/chunk-XQ53O2CM.js";
import "../chunks/chunk-J6FYXDA3.js";
import "../chunks/chunk-XK2DE4K4.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-N54OCUZH.js";
import {
  GATE_COMMANDS
} from "../chunks/chunk-YNGBXZIS.js";
import "../chunks/chunk-ZHLQDNGW.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/shadow-compare/main.ts
await runAction(GATE_COMMANDS["shadow-compare"]);
