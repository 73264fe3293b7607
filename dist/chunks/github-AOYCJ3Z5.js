import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  createGithubPlatform
} from "./chunk-RIMURYEY.js";
import "./chunk-ZGDBGMMU.js";
export {
  createGithubPlatform
};
