import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  createGithubPlatform
} from "./chunk-7JZVPXNJ.js";
import "./chunk-VXCJXVML.js";
import "./chunk-F5SWCAK2.js";
import "./chunk-ZGDBGMMU.js";
export {
  createGithubPlatform
};
