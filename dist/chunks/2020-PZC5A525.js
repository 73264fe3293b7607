import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  require__
} from "./chunk-N7SHT4AB.js";
import "./chunk-ZGDBGMMU.js";
export default require__();
