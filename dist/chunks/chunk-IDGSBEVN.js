import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/report/model.ts
var REPORT_SCHEMA_VERSION = 1;

export {
  REPORT_SCHEMA_VERSION
};
