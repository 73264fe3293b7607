import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-4DODGBUD.js";
import "../chunks/chunk-6UR5UPEW.js";
import "../chunks/chunk-X4X4W7MH.js";
import "../chunks/chunk-J6FYXDA3.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-XK2DE4K4.js";
import "../chunks/chunk-N54OCUZH.js";
import "../chunks/chunk-ZDSWXYTH.js";
import {
  GATE_COMMANDS
} from "../chunks/chunk-N7J7PD2R.js";
import "../chunks/chunk-ZHLQDNGW.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/train/main.ts
await runAction(GATE_COMMANDS["train"]);
