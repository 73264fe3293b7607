import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/errors.ts
var ModelgateError = class extends Error {
  kind;
  location;
  hint;
  /** A few offending values, already shortened, for the message. */
  samples;
  /**
   * What the gate measured before it had to stop, as report sections (shadow-compare's replay counts when a model
   * went down): the error report carries them beside the error, so the reader sees how far it got.
   */
  sections;
  constructor(kind, message, location = {}, extra = {}) {
    super(message, extra.cause === void 0 ? void 0 : { cause: extra.cause });
    this.name = kind;
    this.kind = kind;
    this.location = location;
    this.hint = extra.hint;
    this.samples = extra.samples;
  }
};
var ConfigError = class extends ModelgateError {
  constructor(message, location = {}, extra = {}) {
    super("ConfigError", message, location, extra);
  }
};
var DataError = class extends ModelgateError {
  constructor(message, location = {}, extra = {}) {
    super("DataError", message, location, extra);
  }
};
var SourceError = class extends ModelgateError {
  constructor(message, location = {}, extra = {}) {
    super("SourceError", message, location, extra);
  }
};
var UsageError = class extends ModelgateError {
  constructor(message, extra = {}) {
    super("UsageError", message, {}, extra);
  }
};
function formatLocation(location) {
  const parts = [];
  if (location.file) parts.push(location.file);
  if (location.line !== void 0) parts.push(String(location.line));
  if (location.column !== void 0) parts.push(String(location.column));
  let text = parts.join(":");
  if (location.path) text += `${text ? " " : ""}at ${location.path}`;
  return text;
}
function formatError(error) {
  if (error instanceof ModelgateError) {
    const where = formatLocation(error.location);
    let text = `${error.kind}: ${where ? `${where}: ` : ""}${error.message}`;
    if (error.samples?.length) text += ` (e.g. ${error.samples.join(", ")})`;
    if (error.hint) text += `
  hint: ${error.hint}`;
    return text;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export {
  ModelgateError,
  ConfigError,
  DataError,
  SourceError,
  UsageError,
  formatLocation,
  formatError
};
