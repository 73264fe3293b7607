import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  shellWords
} from "./chunk-7PH4F4CC.js";
import {
  redactUrl
} from "./chunk-XD5TKENX.js";
import {
  TOKEN_VARIABLES
} from "./chunk-ZHLQDNGW.js";
import {
  ConfigError
} from "./chunk-JUZ7LOQF.js";

// shared/model/access.ts
function headersFromEnv(headers, key, at) {
  const out = {};
  for (const [header, variable] of Object.entries(headers ?? {})) {
    const pointer = `/${key.replace(/\./g, "/")}/headers/${header.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (TOKEN_VARIABLES.includes(variable.toUpperCase()))
      throw new ConfigError(`\`${key}.headers\` names ${variable}, the platform's token: a model never gets it`, at(pointer), {
        hint: "give the model a credential of its own under another name"
      });
    const value = process.env[variable];
    if (value === void 0 || value === "")
      throw new ConfigError(`the header ${header} takes its value from ${variable}, which is not set`, at(pointer));
    out[header] = value;
  }
  return out;
}
function checkModelEnv(env, key, at) {
  const names = env ?? [];
  const token = names.findIndex((name) => TOKEN_VARIABLES.includes(name.toUpperCase()));
  if (token !== -1)
    throw new ConfigError(
      `\`${key}.env\` names ${names[token]}, the platform's token: a model never gets it`,
      at(`/${key.replace(/\./g, "/")}/env/${token}`)
    );
  return names;
}
function modelLog(platform, name = "model") {
  return (line) => platform.info(`${name}: ${line}`);
}

// shared/model/spec.ts
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var SCHEMES = "oip+http(s)://, tfserving+http(s)://, kserve+http(s)://, json+http(s)://, http(s)://\u2026/v2/models/NAME, command:, tfjs: or a directory";
function parseModelSpec(spec, where = {}) {
  const text = spec.trim();
  if (text === "") throw new ConfigError("the model spec is empty", where, { hint: `one of ${SCHEMES}` });
  if (text.startsWith("command:")) {
    const argv = shellWords(text.slice("command:".length), where, "the model command");
    if (argv.length === 0) throw new ConfigError("the model command is empty", where);
    return { kind: "command", argv };
  }
  if (text.startsWith("tfjs:")) {
    const dir = text.slice("tfjs:".length);
    if (dir === "") throw new ConfigError("tfjs: needs the model directory", where);
    return { kind: "tfjs", dir };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme === void 0) {
    if (/^[a-z][a-z0-9+.-]+:/i.test(text))
      throw new ConfigError(`unknown model spec ${JSON.stringify(text)}`, where, { hint: `one of ${SCHEMES}` });
    return { kind: "tfjs", dir: text };
  }
  const protocol = /^(oip|tfserving|kserve|json)\+/.exec(scheme)?.[1];
  const kind = scheme === "http" || scheme === "https" ? "oip" : protocol;
  const transport = scheme.replace(/^(oip|tfserving|kserve|json)\+/, "");
  if (kind === void 0 || transport !== "http" && transport !== "https")
    throw new ConfigError(`unknown model URL scheme ${JSON.stringify(scheme)}`, where, { hint: `one of ${SCHEMES}` });
  if (kind === "json") {
    const { url, headers } = modelUrl(`${transport}${text.slice(scheme.length)}`, where);
    return { kind, url: url.href, headers };
  }
  return parseHttpSpec(kind, `${transport}${text.slice(scheme.length)}`, scheme === transport, where);
}
function modelUrl(text, where) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`the model URL ${redactUrl(text)} is not a URL`, where);
  }
  if (url.hash) throw new ConfigError(`the model URL ${redactUrl(text)} has a #fragment, which a server never sees`, where);
  const headers = {};
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  return { url, headers };
}
function parseHttpSpec(kind, text, plain, where) {
  const { url, headers } = modelUrl(text, where);
  const path = url.pathname.replace(/\/+$/, "");
  const pattern = kind === "oip" ? /^(.*)\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(?:\/infer)?$/ : /^(.*)\/v1\/models\/([^/:]+)(?:\/versions\/([^/:]+))?(?::predict)?$/;
  let match = pattern.exec(path);
  if (!match && !plain) {
    const short = /^(.*)\/([^/@]+)(?:@([^/@]+))?$/.exec(path);
    if (short) match = short;
  }
  if (!match)
    throw new ConfigError(`cannot find the model's name in ${redactUrl(text)}`, where, {
      hint: kind === "oip" ? "write http://host:port/v2/models/NAME[/versions/VERSION] or oip+http://host:port/NAME[@VERSION]" : `write ${kind}+http://host:port/NAME${kind === "tfserving" ? "[@VERSION]" : ""}`
    });
  const [, prefix, rawName, rawVersion] = match;
  if (kind === "kserve" && rawVersion !== void 0)
    throw new ConfigError(`KServe V1 has no model versions, and ${redactUrl(text)} names one`, where, {
      hint: "write kserve+http://host:port/NAME; a version is a different model name (or use oip+http:// for V2)"
    });
  const name = decodeURIComponent(rawName);
  const version = rawVersion === void 0 ? void 0 : decodeURIComponent(rawVersion);
  for (const [what, value] of [
    ["name", name],
    ["version", version]
  ]) {
    if (value !== void 0 && !NAME.test(value))
      throw new ConfigError(`the model ${what} ${JSON.stringify(value)} is not a plain name (letters, digits, . _ -)`, where);
  }
  return { kind, base: `${url.origin}${prefix}`, search: url.search, name, version, headers };
}
async function openModel(spec, options = {}, where = {}) {
  const parsed = typeof spec === "string" ? parseModelSpec(spec, where) : spec;
  switch (parsed.kind) {
    case "oip":
      return (await import("./oip-O7XOWU26.js")).openOip(parsed, options);
    case "tfserving":
    case "kserve":
      return (await import("./tfserving-K3QNJP36.js")).openTfServing(parsed, options);
    case "json":
      return (await import("./json-http-TGQ6ROZ2.js")).openJsonModel(parsed, options);
    case "command":
      return (await import("./command-XA4HXFWA.js")).openCommandModel(parsed.argv, options, where);
    case "tfjs":
      return (await import("./tfjs-adapter-CT52PZWP.js")).openTfjsModel(parsed.dir, options);
  }
}

export {
  headersFromEnv,
  checkModelEnv,
  modelLog,
  parseModelSpec,
  openModel
};
