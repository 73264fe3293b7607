import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ACTIONS_BOT_LOGIN,
  createGithubPlatform
} from "./chunk-OAIKJ24B.js";
import "./chunk-J6FYXDA3.js";
import "./chunk-FW3ZZ2QG.js";
import "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";
export {
  ACTIONS_BOT_LOGIN,
  createGithubPlatform
};
