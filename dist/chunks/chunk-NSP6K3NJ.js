import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  decimalNumber
} from "./chunk-INXN5L6Z.js";
import {
  UsageError
} from "./chunk-NHNGL3H4.js";

// shared/inputs.ts
var Inputs = {
  config: "config",
  predictions: "predictions",
  baseline: "baseline",
  threshold: "threshold",
  outDir: "out-dir",
  emitPartial: "emit-partial",
  partials: "partials",
  dataset: "dataset",
  baselineManifest: "baseline-manifest",
  githubToken: "github-token"
};
function listInput(text) {
  const items = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  return items.length ? items : void 0;
}
function numberInput(name, text) {
  if (text.trim() === "") return void 0;
  const value = decimalNumber(text);
  if (!Number.isFinite(value))
    throw new UsageError(
      `input ${name} must be a decimal number, got ${JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}\u2026` : text)}`
    );
  return value;
}
function textInput(text) {
  return text.trim() === "" ? void 0 : text.trim();
}

export {
  Inputs,
  listInput,
  numberInput,
  textInput
};
