import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  createGithubPlatform
} from "./chunk-6PO56KGW.js";
import "./chunk-J6FYXDA3.js";
import "./chunk-ZGDBGMMU.js";
export {
  createGithubPlatform
};
