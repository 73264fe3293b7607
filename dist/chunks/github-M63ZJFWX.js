import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ACTIONS_BOT_LOGIN,
  createGithubPlatform
} from "./chunk-HHR6VUOR.js";
import "./chunk-J6FYXDA3.js";
import "./chunk-XD5TKENX.js";
import "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";
export {
  ACTIONS_BOT_LOGIN,
  createGithubPlatform
};
