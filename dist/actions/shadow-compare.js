import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-ASVJRMO3.js";
import "../chunks/chunk-NT3KEWVT.js";
import "../chunks/chunk-F3ZLEEGW.js";
import "../chunks/chunk-J6FYXDA3.js";
import "../chunks/chunk-HA7OEFXU.js";
import "../chunks/chunk-GWICTQE2.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-6FWDVCS2.js";
import "../chunks/chunk-ZDSWXYTH.js";
import {
  GATE_COMMANDS
} from "../chunks/chunk-7NKT2XRQ.js";
import "../chunks/chunk-ZHLQDNGW.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/shadow-compare/main.ts
await runAction(GATE_COMMANDS["shadow-compare"]);
