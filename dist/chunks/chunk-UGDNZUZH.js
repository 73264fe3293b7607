import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  SourceError,
  UsageError
} from "./chunk-JUZ7LOQF.js";

// shared/platform/state.ts
import { createHash } from "node:crypto";
var MAX_STATE_BYTES = 10 * 1024 * 1024;
var MAGIC = "modelgate-state";
var FORMAT = 1;
var MAX_HEADER_BYTES = 512;
var NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
function checkStateName(name) {
  if (typeof name !== "string" || !NAME.test(name)) {
    throw new UsageError(
      `state name ${JSON.stringify(String(name).slice(0, 120))} may hold only letters, digits, '.', '-' and '_' (at most 100, not starting with '.' or '-')`
    );
  }
  return name;
}
function refScope(ref) {
  if (/^[\w-]+(\.[\w-]+)*$/.test(ref) && ref.length <= 100) return ref;
  const hash = createHash("sha256").update(ref).digest("hex").slice(0, 12);
  const readable = ref.replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `${readable || "ref"}-${hash}`;
}
function encodeState(name, bytes) {
  checkStateName(name);
  if (!(bytes instanceof Uint8Array)) throw new UsageError(`state ${name} must be bytes (a Uint8Array)`);
  if (bytes.byteLength > MAX_STATE_BYTES) {
    throw new UsageError(`state ${name} is ${bytes.byteLength} bytes, over the ${MAX_STATE_BYTES} bytes a state may hold`);
  }
  const header = `${MAGIC} ${FORMAT} ${name} ${bytes.byteLength} ${sha256(bytes)}
`;
  return Buffer.concat([Buffer.from(header, "utf8"), bytes]);
}
function decodeState(name, blob, where) {
  const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const end = data.subarray(0, MAX_HEADER_BYTES).indexOf(10);
  const fields = end < 0 ? [] : data.subarray(0, end).toString("latin1").split(" ");
  if (fields[0] !== MAGIC || fields.length !== 5) {
    throw new SourceError(
      `${where} is not a modelgate state (it does not start with the "${MAGIC}" header): something else was saved there`
    );
  }
  const [, format, storedName, size, digest] = fields;
  if (format !== String(FORMAT)) {
    throw new SourceError(
      `${where} is state format ${format.slice(0, 20)}, which this modelgate does not read (it reads ${FORMAT})`,
      {},
      {
        hint: "a newer modelgate saved it; run the same version in every job that shares the state"
      }
    );
  }
  if (storedName !== name) throw new SourceError(`${where} holds the state "${storedName.slice(0, 100)}", not "${name}"`);
  const bytes = data.subarray(end + 1);
  if (!/^\d+$/.test(size) || Number(size) !== bytes.byteLength || sha256(bytes) !== digest) {
    throw new SourceError(
      `${where} is corrupt: its header promises ${size.slice(0, 20)} bytes with SHA-256 ${digest.slice(0, 64)}, it holds ${bytes.byteLength} bytes that do not match`
    );
  }
  return new Uint8Array(bytes);
}
var MAX_STORED_STATE_BYTES = MAX_STATE_BYTES + MAX_HEADER_BYTES;
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

export {
  checkStateName,
  refScope,
  encodeState,
  decodeState,
  MAX_STORED_STATE_BYTES
};
