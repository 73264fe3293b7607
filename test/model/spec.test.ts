import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../shared/errors.js';
import { parseModelSpec } from '../../shared/model/spec.js';

describe('parseModelSpec', () => {
  test('reads the OIP v2 short form, with and without a version, and keeps a path prefix', () => {
    expect(parseModelSpec('oip+http://127.0.0.1:8080/credit')).toEqual({
      kind: 'oip',
      base: 'http://127.0.0.1:8080',
      search: '',
      name: 'credit',
      version: undefined,
      headers: {},
    });
    expect(parseModelSpec('oip+https://models.example/serving/credit@3')).toMatchObject({
      kind: 'oip',
      base: 'https://models.example/serving',
      name: 'credit',
      version: '3',
    });
  });

  test("reads a model's own OIP URL, with /versions/ and /infer", () => {
    expect(parseModelSpec('http://h:9000/v2/models/credit')).toMatchObject({ kind: 'oip', base: 'http://h:9000', name: 'credit' });
    expect(parseModelSpec('https://h/kserve/v2/models/credit/versions/2/infer')).toMatchObject({
      kind: 'oip',
      base: 'https://h/kserve',
      name: 'credit',
      version: '2',
    });
  });

  test('reads TF Serving specs, short and full', () => {
    expect(parseModelSpec('tfserving+http://h:8501/credit@7')).toMatchObject({
      kind: 'tfserving',
      base: 'http://h:8501',
      name: 'credit',
      version: '7',
    });
    expect(parseModelSpec('tfserving+http://h:8501/v1/models/credit/versions/7:predict')).toMatchObject({
      kind: 'tfserving',
      base: 'http://h:8501',
      name: 'credit',
      version: '7',
    });
  });

  test('reads KServe V1 specs, short and full; a version is refused, as KServe V1 has none', () => {
    expect(parseModelSpec('kserve+http://h:8080/serving/credit')).toEqual({
      kind: 'kserve',
      base: 'http://h:8080/serving',
      search: '',
      name: 'credit',
      version: undefined,
      headers: {},
    });
    expect(parseModelSpec('kserve+https://h/v1/models/credit:predict')).toMatchObject({
      kind: 'kserve',
      base: 'https://h',
      name: 'credit',
    });
    expect(() => parseModelSpec('kserve+http://h:1/credit@2')).toThrow(/KServe V1 has no model versions/);
    expect(() => parseModelSpec('kserve+http://h:1/v1/models/credit/versions/2:predict')).toThrow(/KServe V1 has no model versions/);
  });

  test('turns URL credentials into a Basic header and drops them from the URL', () => {
    const spec = parseModelSpec('oip+http://user:p%40ss@h:1/credit?tenant=a');
    expect(spec).toMatchObject({
      base: 'http://h:1',
      search: '?tenant=a',
      headers: { Authorization: `Basic ${Buffer.from('user:p@ss').toString('base64')}` },
    });
    expect(JSON.stringify({ ...spec, headers: undefined })).not.toContain('p@ss');
  });

  test('splits a command into words without a shell, and reads tfjs: and bare paths as TF.js directories', () => {
    expect(parseModelSpec(`command:python3 "my model.py" --flag 'a;b' $HOME`)).toEqual({
      kind: 'command',
      argv: ['python3', 'my model.py', '--flag', 'a;b', '$HOME'],
    });
    expect(parseModelSpec('tfjs:./out/model')).toEqual({ kind: 'tfjs', dir: './out/model' });
    expect(parseModelSpec('out/model')).toEqual({ kind: 'tfjs', dir: 'out/model' });
  });

  test.each([
    ['', /empty/],
    ['command:', /command is empty/],
    ['command:python "unterminated', /model command has an unterminated double quote/],
    ['tfjs:', /needs the model directory/],
    ['ftp://h/credit', /unknown model URL scheme "ftp"/],
    ['s3:bucket/model', /unknown model spec/],
    ['http://h:1/credit', /cannot find the model's name/],
    ['oip+http://h:1/', /cannot find the model's name/],
    ['oip+http://h:1/cre dit', /not a plain name/],
    ['oip+http://h:1/credit@..', /version "\.\." is not a plain name/],
    ['oip+http://h:1/credit#x', /fragment/],
    ['oip+http://user:secret@[bad/credit', /is not a URL/],
  ])('refuses %j with a ConfigError', (spec, message) => {
    let error: unknown;
    try {
      parseModelSpec(spec);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('secret');
  });
});
