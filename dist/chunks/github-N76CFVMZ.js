import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ACTIONS_BOT_LOGIN,
  createGithubPlatform
} from "./chunk-YYKCV6BJ.js";
import "./chunk-J6FYXDA3.js";
import "./chunk-ZDSWXYTH.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  ACTIONS_BOT_LOGIN,
  createGithubPlatform
};
