import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-AUZIJNZ5.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-JRTL4QBN.js";
import "./chunk-JEGDNPPQ.js";
import "./chunk-XJGWMZOO.js";
import "./chunk-2WPN55U6.js";
import "./chunk-Y5SZK5AD.js";
import "./chunk-I7H5MTYW.js";
import "./chunk-WHN6VY6P.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
