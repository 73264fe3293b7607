import { describe, expect, it } from 'vitest';
import { readJsonl, type JsonlOptions } from '../../shared/data/jsonl.js';
import { chunksOf, drain, failure } from './helpers.js';

async function parse(input: string | (string | Buffer)[], select?: (keys: string[]) => string[], caps: JsonlOptions = {}) {
  const chunks = await drain(readJsonl(chunksOf(typeof input === 'string' ? [input] : input), 'test.jsonl', { ...caps, select }));
  return {
    columns: chunks.at(-1)!.columns,
    rows: chunks.flatMap((chunk) => chunk.rows),
    lines: chunks.flatMap((chunk) => chunk.lines),
  };
}

describe('readJsonl', () => {
  it('reads one object per line, any JSON value types, skipping blank lines', async () => {
    const text = '{"label":1,"score":0.5,"g":"a","ok":true,"scores":[0.1,0.9],"n":null}\n\n  \r\n{"label":0,"score":0.25,"g":"b"}\r\n';
    expect(await parse(text)).toEqual({
      columns: ['label', 'score', 'g', 'ok', 'scores', 'n'],
      rows: [
        [1, 0.5, 'a', true, [0.1, 0.9], null],
        [0, 0.25, 'b', undefined, undefined, undefined],
      ],
      lines: [1, 4],
    });
  });

  it('reads a key named after an Object.prototype member only where the line has it', async () => {
    const parsed = await parse('{"constructor":"a","__proto__":"b","toString":1}\n{"x":1}\n');
    expect(parsed.columns).toEqual(['constructor', '__proto__', 'toString', 'x']);
    expect(parsed.rows).toEqual([
      ['a', 'b', 1, undefined],
      [undefined, undefined, undefined, 1],
    ]);
  });

  it('adds keys first seen in later lines as columns', async () => {
    expect(await parse('{"a":1}\n{"b":2,"a":3}\n')).toMatchObject({
      columns: ['a', 'b'],
      rows: [
        [1, undefined],
        [3, 2],
      ],
    });
  });

  it('turns a line that is not JSON, or not an object, into a bad_json fault at its line', async () => {
    const parsed = await parse('{"a":1}\n{"a":\n[1,2]\n3\nnull\n"x"\n{"a":2}');
    expect(parsed.rows).toEqual([
      [1],
      { reason: 'bad_json', column: '', value: '{"a":' },
      { reason: 'bad_json', column: '', value: '[1,2]' },
      { reason: 'bad_json', column: '', value: '3' },
      { reason: 'bad_json', column: '', value: 'null' },
      { reason: 'bad_json', column: '', value: '"x"' },
      [2],
    ]);
    expect(parsed.lines).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps only the selected keys, chosen from the keys of the first chunk', async () => {
    let offered: string[] = [];
    const parsed = await parse('{"a":1,"b":2,"c":3}\n{"c":4,"a":5}\n', (keys) => ((offered = keys), ['c', 'a']));
    expect(offered).toEqual(['a', 'b', 'c']);
    expect(parsed).toEqual({
      columns: ['c', 'a'],
      rows: [
        [3, 1],
        [4, 5],
      ],
      lines: [1, 2],
    });
  });

  it('reads the same rows wherever a chunk boundary falls, inside characters too', async () => {
    const bytes = Buffer.from('{"name":"Zoë 😀","v":1}\r\n\n{"name":"é","v":[1,2]}\n{bad\n{"v":3}');
    const whole = await parse([bytes]);
    expect(whole.rows).toHaveLength(4);
    for (let at = 0; at <= bytes.length; at++) {
      expect(await parse([bytes.subarray(0, at), bytes.subarray(at)]), `split at byte ${at}`).toEqual(whole);
    }
  });

  it('fails on a file without JSON lines', async () => {
    const error = await failure(parse('\n  \n'));
    expect(error.message).toMatch(/^empty file/);
    expect(error.location).toEqual({ file: 'test.jsonl' });
  });

  it('fails on bytes that are not UTF-8, at their line', async () => {
    const error = await failure(parse([Buffer.from('{"a":"x"}\n{"a":"'), Buffer.from([0xff]), Buffer.from('"}\n')]));
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.location).toEqual({ file: 'test.jsonl', line: 2, column: 7 });
  });

  it('stops a line past data.max_line_bytes at its line, before reading the rest of it', async () => {
    const long = Buffer.from(`{"a":"${'x'.repeat(20 * 2 ** 20)}"}\n`);
    const pieces = [Buffer.from('{"a":"ok"}\n')];
    for (let at = 0; at < long.length; at += 1 << 16) pieces.push(long.subarray(at, at + (1 << 16)));
    const error = await failure(parse(pieces));
    expect(error.message).toBe(`line 2 is longer than data.max_line_bytes (${16 * 2 ** 20} bytes)`);
    expect(error.location).toEqual({ file: 'test.jsonl', line: 2 });
  });

  it('stops a value or key past data.max_field_bytes at its line and key', async () => {
    const big = 'v'.repeat(2 ** 20 + 1);
    const error = await failure(parse(`{"a":1}\n{"a":2,"note":"${big}"}\n`));
    expect(error.message).toBe(`a value is longer than data.max_field_bytes (${2 ** 20} bytes)`);
    expect(error.location).toEqual({ file: 'test.jsonl', line: 2, column: 'note' });
    const nested = await failure(parse(`{"a":[${'1,'.repeat(600)}1]}\n`, undefined, { maxFieldBytes: 1024 }));
    expect(nested.location).toEqual({ file: 'test.jsonl', line: 1, column: 'a' });
    const key = await failure(parse(`{"${'k'.repeat(2000)}":1}\n`, undefined, { maxFieldBytes: 1024 }));
    expect(key.location).toEqual({ file: 'test.jsonl', line: 1, column: 1 });
  });

  it('fails on a key that appears twice in one object, as a CSV header with a name twice does', async () => {
    const error = await failure(parse('{"label":0,"score":0.5}\n{"label":0,"score":0.1,"label":1}\n'));
    expect(error.message).toBe('the key "label" appears twice in one object');
    expect(error.location).toEqual({ file: 'test.jsonl', line: 2, column: 'label' });
    // The same key spelled with an escape is the same key; keys of nested objects, and colons inside strings, are not members.
    expect((await failure(parse('{"ab":1,"\\u0061b":2}\n'))).location.column).toBe('ab');
    expect((await parse('{"a":{"x":1,"y":2},"b":"c:d","c":"\\":"}\n')).rows).toEqual([[{ x: 1, y: 2 }, 'c:d', '":']]);
    expect((await failure(parse('{"__proto__":1,"__proto__":2}\n'))).location.column).toBe('__proto__');
  });

  it('fails once the lines use more than 10,000 distinct keys (columns), at the line that passes it', async () => {
    const lines = Array.from({ length: 101 }, (_, l) =>
      JSON.stringify(Object.fromEntries(Array.from({ length: 100 }, (_, k) => [`k${l * 100 + k}`, 1]))),
    );
    const error = await failure(parse(`${lines.join('\n')}\n`));
    expect(error.message).toBe('more than 10000 distinct keys across the lines');
    expect(error.location).toEqual({ file: 'test.jsonl', line: 101 });
  });
});
