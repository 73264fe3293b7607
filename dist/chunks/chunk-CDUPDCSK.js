import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/decimal.ts
var DECIMAL = /^[ \t]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t]*$/;
function decimalNumber(text) {
  return DECIMAL.test(text) ? Number(text) : NaN;
}

export {
  decimalNumber
};
