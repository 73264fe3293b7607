/**
 * Where a model is, as one string (the `--model` argument, the config's `model:`):
 *
 *   oip+http://host:port[/prefix]/NAME[@VERSION]       Open Inference Protocol v2 (KServe, Triton, MLServer)
 *   http://host:port[/prefix]/v2/models/NAME[/versions/VERSION]         the same, as the model's own URL
 *   tfserving+http://host:port[/prefix]/NAME[@VERSION]  TensorFlow Serving REST
 *   tfserving+http://host:port[/prefix]/v1/models/NAME[/versions/VERSION][:predict]   the same
 *   kserve+http://host:port[/prefix]/NAME              KServe V1 (TF Serving's :predict without versions)
 *   kserve+http://host:port[/prefix]/v1/models/NAME[:predict]                         the same
 *   json+http://host:port/PATH                          a JSON API of its own: POST a request template, read a pointer
 *   command:PROGRAM ARG...                              a local program speaking JSON Lines on stdin and stdout
 *   tfjs:DIR, or a bare path                            a TF.js model directory, loaded in this process
 *
 * `https` works wherever `http` does. User and password in a URL become a Basic Authorization header and are
 * never logged. A command is split into words as a POSIX shell would (quotes group, nothing is expanded) and run
 * without a shell.
 */
import { ConfigError, type Location } from '../errors.js';
import { shellWords } from '../exec/command.js';
import { redactUrl } from '../net/http.js';
import type { AdapterOptions, ModelAdapter } from './adapter.js';
import type { JsonModelSpec } from './json-http.js';

export interface HttpModelSpec {
  kind: 'oip' | 'tfserving' | 'kserve';
  /** Scheme, host, port and any path prefix before /v2 or /v1, without credentials or a trailing slash. */
  base: string;
  /** The query string of the spec, kept on every request (some gateways route or authenticate by it). */
  search: string;
  name: string;
  version?: string;
  /** From credentials in the URL. */
  headers: Record<string, string>;
}

export type ModelSpec = HttpModelSpec | JsonModelSpec | { kind: 'command'; argv: string[] } | { kind: 'tfjs'; dir: string };

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SCHEMES =
  'oip+http(s)://, tfserving+http(s)://, kserve+http(s)://, json+http(s)://, http(s)://…/v2/models/NAME, command:, tfjs: or a directory';

export function parseModelSpec(spec: string, where: Location = {}): ModelSpec {
  const text = spec.trim();
  if (text === '') throw new ConfigError('the model spec is empty', where, { hint: `one of ${SCHEMES}` });
  if (text.startsWith('command:')) {
    const argv = shellWords(text.slice('command:'.length), where, 'the model command');
    if (argv.length === 0) throw new ConfigError('the model command is empty', where);
    return { kind: 'command', argv };
  }
  if (text.startsWith('tfjs:')) {
    const dir = text.slice('tfjs:'.length);
    if (dir === '') throw new ConfigError('tfjs: needs the model directory', where);
    return { kind: 'tfjs', dir };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (/^[a-z][a-z0-9+.-]+:/i.test(text))
      throw new ConfigError(`unknown model spec ${JSON.stringify(text)}`, where, { hint: `one of ${SCHEMES}` });
    return { kind: 'tfjs', dir: text };
  }
  const protocol = /^(oip|tfserving|kserve|json)\+/.exec(scheme)?.[1] as HttpModelSpec['kind'] | 'json' | undefined;
  const kind = scheme === 'http' || scheme === 'https' ? 'oip' : protocol;
  const transport = scheme.replace(/^(oip|tfserving|kserve|json)\+/, '');
  if (kind === undefined || (transport !== 'http' && transport !== 'https'))
    throw new ConfigError(`unknown model URL scheme ${JSON.stringify(scheme)}`, where, { hint: `one of ${SCHEMES}` });
  if (kind === 'json') {
    const { url, headers } = modelUrl(`${transport}${text.slice(scheme.length)}`, where);
    return { kind, url: url.href, headers };
  }
  return parseHttpSpec(kind, `${transport}${text.slice(scheme.length)}`, scheme === transport, where);
}

/** The URL without its credentials, which become a Basic Authorization header. */
function modelUrl(text: string, where: Location): { url: URL; headers: Record<string, string> } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`the model URL ${redactUrl(text)} is not a URL`, where);
  }
  if (url.hash) throw new ConfigError(`the model URL ${redactUrl(text)} has a #fragment, which a server never sees`, where);
  const headers: Record<string, string> = {};
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  return { url, headers };
}

function parseHttpSpec(kind: HttpModelSpec['kind'], text: string, plain: boolean, where: Location): HttpModelSpec {
  const { url, headers } = modelUrl(text, where);
  const path = url.pathname.replace(/\/+$/, '');
  const pattern =
    kind === 'oip'
      ? /^(.*)\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(?:\/infer)?$/
      : /^(.*)\/v1\/models\/([^/:]+)(?:\/versions\/([^/:]+))?(?::predict)?$/;
  let match = pattern.exec(path);
  if (!match && !plain) {
    // The short form: the last path segment is NAME[@VERSION], the rest a prefix.
    const short = /^(.*)\/([^/@]+)(?:@([^/@]+))?$/.exec(path);
    if (short) match = short;
  }
  if (!match)
    throw new ConfigError(`cannot find the model's name in ${redactUrl(text)}`, where, {
      hint:
        kind === 'oip'
          ? 'write http://host:port/v2/models/NAME[/versions/VERSION] or oip+http://host:port/NAME[@VERSION]'
          : `write ${kind}+http://host:port/NAME${kind === 'tfserving' ? '[@VERSION]' : ''}`,
    });
  const [, prefix, rawName, rawVersion] = match;
  if (kind === 'kserve' && rawVersion !== undefined)
    throw new ConfigError(`KServe V1 has no model versions, and ${redactUrl(text)} names one`, where, {
      hint: 'write kserve+http://host:port/NAME; a version is a different model name (or use oip+http:// for V2)',
    });
  const name = decodeURIComponent(rawName);
  const version = rawVersion === undefined ? undefined : decodeURIComponent(rawVersion);
  for (const [what, value] of [
    ['name', name],
    ['version', version],
  ] as const) {
    if (value !== undefined && !NAME.test(value))
      throw new ConfigError(`the model ${what} ${JSON.stringify(value)} is not a plain name (letters, digits, . _ -)`, where);
  }
  return { kind, base: `${url.origin}${prefix}`, search: url.search, name, version, headers };
}

/** Opens the adapter the spec names; an HTTP model is asked for its metadata first, a TF.js model is loaded. */
export async function openModel(spec: string | ModelSpec, options: AdapterOptions = {}, where: Location = {}): Promise<ModelAdapter> {
  const parsed = typeof spec === 'string' ? parseModelSpec(spec, where) : spec;
  switch (parsed.kind) {
    case 'oip':
      return (await import('./oip.js')).openOip(parsed, options);
    case 'tfserving':
    case 'kserve':
      return (await import('./tfserving.js')).openTfServing(parsed, options);
    case 'json':
      return (await import('./json-http.js')).openJsonModel(parsed, options);
    case 'command':
      return (await import('./command.js')).openCommandModel(parsed.argv, options, where);
    case 'tfjs':
      return (await import('./tfjs-adapter.js')).openTfjsModel(parsed.dir, options);
  }
}
