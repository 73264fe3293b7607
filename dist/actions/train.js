import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-HNH7M2NG.js";
import "../chunks/chunk-HHR6VUOR.js";
import "../chunks/chunk-UBA6HQ4Q.js";
import "../chunks/chunk-J6FYXDA3.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-HA7OEFXU.js";
import "../chunks/chunk-GWICTQE2.js";
import "../chunks/chunk-6FWDVCS2.js";
import "../chunks/chunk-XD5TKENX.js";
import {
  GATE_COMMANDS
} from "../chunks/chunk-PEVQJVKJ.js";
import "../chunks/chunk-ZHLQDNGW.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/train/main.ts
await runAction(GATE_COMMANDS["train"]);
