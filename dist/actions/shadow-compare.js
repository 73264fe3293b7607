import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-FYQ3KSXK.js";
import "../chunks/chunk-YYKCV6BJ.js";
import "../chunks/chunk-OWJFEUTJ.js";
import "../chunks/chunk-J6FYXDA3.js";
import "../chunks/chunk-HA7OEFXU.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-GWICTQE2.js";
import "../chunks/chunk-6FWDVCS2.js";
import "../chunks/chunk-ZDSWXYTH.js";
import {
  GATE_COMMANDS
} from "../chunks/chunk-C37RUTZ7.js";
import "../chunks/chunk-ZHLQDNGW.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/shadow-compare/main.ts
await runAction(GATE_COMMANDS["shadow-compare"]);
