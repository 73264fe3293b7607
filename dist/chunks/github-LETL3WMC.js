import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  createGithubPlatform
} from "./chunk-LGRWNHAP.js";
import "./chunk-OBS6KUMM.js";
import "./chunk-AZ6AYF3V.js";
import "./chunk-ZGDBGMMU.js";
export {
  createGithubPlatform
};
