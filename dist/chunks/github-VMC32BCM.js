import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-UXKHI6EQ.js";
import "./chunk-Y4SPMEWL.js";
import "./chunk-AZ6AYF3V.js";
import "./chunk-ZGDBGMMU.js";
export {
  context,
  getOctokit
};
