import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/report/secrets.ts
var TOKEN_VARIABLES = [
  "GITHUB_TOKEN",
  "INPUT_GITHUB-TOKEN",
  "INPUT_GITHUB_TOKEN",
  "MODELGATE_GITLAB_TOKEN",
  "CI_JOB_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "GITLAB_TOKEN"
];
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|KEY/;
var SECRET_MIN_CHARS = 8;
var TOKEN_MIN_CHARS = 4;
var MASK = "***";
function secretValues(env = process.env) {
  const values = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0) continue;
    const known = TOKEN_VARIABLES.includes(name.toUpperCase());
    if (known && value.length >= TOKEN_MIN_CHARS || SECRET_NAME.test(name) && value.length > SECRET_MIN_CHARS) values.add(value);
  }
  return [...values].sort((a, b) => b.length - a.length);
}
function maskSecrets(text, secrets = secretValues()) {
  let masked = text;
  for (const secret of secrets) if (masked.includes(secret)) masked = masked.split(secret).join(MASK);
  return masked;
}
function maskSecretsDeep(value, secrets = secretValues()) {
  if (secrets.length === 0) return value;
  const visit = (item) => {
    if (typeof item === "string") return maskSecrets(item, secrets);
    if (Array.isArray(item)) return item.map(visit);
    if (item instanceof Map) return new Map([...item].map(([key, entry]) => [visit(key), visit(entry)]));
    if (item === null || typeof item !== "object" || ArrayBuffer.isView(item)) return item;
    const copy = Object.create(Object.getPrototypeOf(item));
    for (const [key, entry] of Object.entries(item)) {
      Object.defineProperty(copy, maskSecrets(key, secrets), { value: visit(entry), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };
  return visit(value);
}
var OUTPUT_METHODS = /* @__PURE__ */ new Set([
  "setOutput",
  "writeSummary",
  "upsertReviewComment",
  "annotate",
  "info",
  "warning",
  "error",
  "debug",
  "group",
  "publishCheck",
  "trigger"
]);
var MASKED = /* @__PURE__ */ Symbol("modelgate.maskedPlatform");
function maskPlatformOutputs(platform, secrets = secretValues()) {
  if (secrets.length === 0 || platform[MASKED]) return platform;
  return new Proxy(platform, {
    get(target, property, receiver) {
      if (property === MASKED) return true;
      const member = Reflect.get(target, property, receiver);
      if (typeof member !== "function" || !OUTPUT_METHODS.has(property)) return member;
      return (...args) => member.apply(
        target,
        args.map((arg) => typeof arg === "function" ? arg : maskSecretsDeep(arg, secrets))
      );
    }
  });
}

export {
  TOKEN_VARIABLES,
  secretValues,
  maskSecrets,
  maskSecretsDeep,
  maskPlatformOutputs
};
