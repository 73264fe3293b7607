/**
 * What every state store shares: the rules for a state's name, its size cap, the ref scope it is kept under, and
 * the envelope it is stored in. The envelope is what lets a load tell "no state" (null) from a blob that is not
 * this state: a cache entry or package file someone else wrote under the name, one cut short, or a state of a
 * newer format. Each is a clear error rather than bytes handed to a gate as if they were its own.
 */
import { createHash } from 'node:crypto';
import { SourceError, UsageError } from '../errors.js';

/** The most bytes one state may hold: a canary's step and a drift baseline's summary are kilobytes. */
export const MAX_STATE_BYTES = 10 * 1024 * 1024;
const MAGIC = 'modelgate-state';
const FORMAT = 1;
/** The header line is short; a blob whose first line runs past this is not ours. */
const MAX_HEADER_BYTES = 512;
/**
 * Letters, digits, '.', '-', '_', not starting with '.' or '-': a file name on every store (no separator, no '..',
 * no control character, no leading dash an argument parser could take), a cache key part and a package file name.
 */
const NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;

/** `name` if it may name a state; a UsageError saying why not. */
export function checkStateName(name: string): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new UsageError(
      `state name ${JSON.stringify(String(name).slice(0, 120))} may hold only letters, digits, '.', '-' and '_' (at most 100, not starting with '.' or '-')`,
    );
  }
  return name;
}

/**
 * The ref (branch or tag) as a key part: as it is when it is already letters, digits, '-', '_' and single dots
 * (GitLab's package version pattern), else its safe characters plus a hash of the whole, so `a/b` and `a-b` differ.
 */
export function refScope(ref: string): string {
  if (/^[\w-]+(\.[\w-]+)*$/.test(ref) && ref.length <= 100) return ref;
  const hash = createHash('sha256').update(ref).digest('hex').slice(0, 12);
  const readable = ref
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${readable || 'ref'}-${hash}`;
}

/** The bytes as stored: one header line (magic, format, name, size, SHA-256) then the bytes themselves. */
export function encodeState(name: string, bytes: Uint8Array): Buffer {
  checkStateName(name);
  if (!(bytes instanceof Uint8Array)) throw new UsageError(`state ${name} must be bytes (a Uint8Array)`);
  if (bytes.byteLength > MAX_STATE_BYTES) {
    throw new UsageError(`state ${name} is ${bytes.byteLength} bytes, over the ${MAX_STATE_BYTES} bytes a state may hold`);
  }
  const header = `${MAGIC} ${FORMAT} ${name} ${bytes.byteLength} ${sha256(bytes)}\n`;
  return Buffer.concat([Buffer.from(header, 'utf8'), bytes]);
}

/** The stored blob's bytes; a SourceError naming `where` when it is not state `name` as this version writes it. */
export function decodeState(name: string, blob: Uint8Array, where: string): Uint8Array {
  const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const end = data.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  const fields = end < 0 ? [] : data.subarray(0, end).toString('latin1').split(' ');
  if (fields[0] !== MAGIC || fields.length !== 5) {
    throw new SourceError(
      `${where} is not a modelgate state (it does not start with the "${MAGIC}" header): something else was saved there`,
    );
  }
  const [, format, storedName, size, digest] = fields;
  if (format !== String(FORMAT)) {
    throw new SourceError(
      `${where} is state format ${format.slice(0, 20)}, which this modelgate does not read (it reads ${FORMAT})`,
      {},
      {
        hint: 'a newer modelgate saved it; run the same version in every job that shares the state',
      },
    );
  }
  if (storedName !== name) throw new SourceError(`${where} holds the state "${storedName.slice(0, 100)}", not "${name}"`);
  const bytes = data.subarray(end + 1);
  if (!/^\d+$/.test(size) || Number(size) !== bytes.byteLength || sha256(bytes) !== digest) {
    throw new SourceError(
      `${where} is corrupt: its header promises ${size.slice(0, 20)} bytes with SHA-256 ${digest.slice(0, 64)}, it holds ${bytes.byteLength} bytes that do not match`,
    );
  }
  return new Uint8Array(bytes);
}

/** The stored size of a state that may be loaded: its bytes and its header. */
export const MAX_STORED_STATE_BYTES = MAX_STATE_BYTES + MAX_HEADER_BYTES;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
