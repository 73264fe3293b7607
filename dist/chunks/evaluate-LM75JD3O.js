import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  bindingsOf,
  evaluate
} from "./chunk-XT62SAKH.js";
import "./chunk-RXAXZ7AT.js";
import "./chunk-HGPOXKMJ.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-3XEZIFGU.js";
import "./chunk-4N5IKU52.js";
import "./chunk-ZSB5QIDP.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-AVOJQ7UQ.js";
import "./chunk-TXIFP543.js";
import "./chunk-SJ4OJ7LD.js";
import "./chunk-O6GBSEXR.js";
import "./chunk-WGSDQCGC.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-Z7B6ZZR2.js";
import "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";
export {
  bindingsOf,
  evaluate
};
