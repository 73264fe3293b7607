import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/records.ts
function dataRecord() {
  return /* @__PURE__ */ Object.create(null);
}
function dataRecordFrom(entries) {
  const record = dataRecord();
  for (const [key, value] of entries) record[key] = value;
  return record;
}
function ownValue(record, key) {
  return record != null && Object.hasOwn(record, key) ? record[key] : void 0;
}

// shared/report/model.ts
var REPORT_SCHEMA_VERSION = 2;
function hasEvaluation(report) {
  return report.metrics !== void 0;
}

export {
  dataRecord,
  dataRecordFrom,
  ownValue,
  REPORT_SCHEMA_VERSION,
  hasEvaluation
};
