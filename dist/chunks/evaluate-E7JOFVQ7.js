import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-4UNRIP3N.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-WBYASV5G.js";
import "./chunk-IDGSBEVN.js";
import "./chunk-JJQOS6OM.js";
import "./chunk-MTUETOSQ.js";
import "./chunk-ZO275ENU.js";
import "./chunk-SFRY5PBQ.js";
import "./chunk-WHN6VY6P.js";
import "./chunk-NHNGL3H4.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
