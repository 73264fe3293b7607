/**
 * The last line of defence against a token in a report: whatever a bug or a hostile file lets through to a
 * rendered string, the values of the platform's tokens (and of any variable named like a secret) never leave as
 * themselves. The first lines are elsewhere: data paths are checked (data/files.ts) and errors quote little.
 */
import type { Platform } from '../platform/port.js';

/** Variables that hold a token whatever their value looks like. */
export const TOKEN_VARIABLES = [
  'GITHUB_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'INPUT_GITHUB_TOKEN',
  'MODELGATE_GITLAB_TOKEN',
  'CI_JOB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'GITLAB_TOKEN',
];
/**
 * Other variables named like a secret; their values are masked when longer than SECRET_MIN_CHARS. Case-sensitive:
 * lower-case names are npm's and the like (`npm_package_keywords_0`), not secrets.
 */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|KEY/;
const SECRET_MIN_CHARS = 8;
/** Shorter values of the token variables ("1", "x") would mask ordinary text and protect nothing. */
const TOKEN_MIN_CHARS = 4;
export const MASK = '***';

/** The secret values of `env`, longest first (so a token containing another is masked whole). */
export function secretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const known = TOKEN_VARIABLES.includes(name.toUpperCase());
    if ((known && value.length >= TOKEN_MIN_CHARS) || (SECRET_NAME.test(name) && value.length > SECRET_MIN_CHARS)) values.add(value);
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** `text` with every secret value of `env` replaced by `***`. */
export function maskSecrets(text: string, secrets: readonly string[] = secretValues()): string {
  let masked = text;
  for (const secret of secrets) if (masked.includes(secret)) masked = masked.split(secret).join(MASK);
  return masked;
}

/**
 * `value` with every string in it (object keys included) masked: arrays, Maps and objects are copied with their
 * prototype (null-prototype maps keyed by data stay so); the value itself when there is no secret to mask.
 */
export function maskSecretsDeep<T>(value: T, secrets: readonly string[] = secretValues()): T {
  if (secrets.length === 0) return value;
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string') return maskSecrets(item, secrets);
    if (Array.isArray(item)) return item.map(visit);
    if (item instanceof Map) return new Map([...item].map(([key, entry]) => [visit(key), visit(entry)]));
    if (item === null || typeof item !== 'object' || ArrayBuffer.isView(item)) return item;
    const copy = Object.create(Object.getPrototypeOf(item)) as Record<string, unknown>;
    for (const [key, entry] of Object.entries(item)) {
      Object.defineProperty(copy, maskSecrets(key, secrets), { value: visit(entry), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };
  return visit(value) as T;
}

/** Platform methods whose arguments reach a log, a file or an API, and so are masked. */
const OUTPUT_METHODS = new Set<PropertyKey>([
  'setOutput',
  'writeSummary',
  'upsertReviewComment',
  'annotate',
  'info',
  'warning',
  'error',
  'debug',
  'group',
  'publishCheck',
  'trigger',
]);
const MASKED = Symbol('modelgate.maskedPlatform');

/**
 * The platform with every string it is handed to print, write or send masked (a group's title included; its body,
 * a function, runs as it is). Wrapping twice is wrapping once.
 */
export function maskPlatformOutputs<P extends Platform>(platform: P, secrets: readonly string[] = secretValues()): P {
  if (secrets.length === 0 || (platform as unknown as Record<symbol, unknown>)[MASKED]) return platform;
  return new Proxy(platform, {
    get(target, property, receiver) {
      if (property === MASKED) return true;
      const member = Reflect.get(target, property, receiver) as unknown;
      if (typeof member !== 'function' || !OUTPUT_METHODS.has(property)) return member;
      return (...args: unknown[]) =>
        (member as (...a: unknown[]) => unknown).apply(
          target,
          args.map((arg) => (typeof arg === 'function' ? arg : maskSecretsDeep(arg, secrets))),
        );
    },
  });
}
