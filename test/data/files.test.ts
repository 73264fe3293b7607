import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkDataPath, decodeUtf8, estimateLines, readBytes, resolveFiles, workspaceRoot } from '../../shared/data/files.js';
import { DataError } from '../../shared/errors.js';
import { chunksOf, drain, failure, useTempDir, write } from './helpers.js';

const dir = useTempDir();
const csvB = write(dir, 'b.csv', 'x\n1\n');
const csvA = write(dir, 'a.csv', 'x\n2\n');
write(dir, 'c.tsv', 'x\ty\n1\t2\n');
write(dir, 'd.jsonl', '{"x":1}\n');
write(dir, 'e.ndjson', '{"x":1}\n');
write(dir, 'f.csv.gz', gzipSync('x\n3\n'));
write(dir, 'g.jsonl.gz', gzipSync('{"x":1}\n'));
write(dir, 'h.txt', 'x\n1\n');
write(dir, 'i.parquet.gz', 'not really');
mkdirSync(join(dir, 'sub'));
write(join(dir, 'sub'), 'z.csv', 'x\n9\n');

describe('checkDataPath', () => {
  it('refuses /proc, /sys and /dev files, devices, FIFOs and directories, naming the path', async () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const environ = join(dir, 'environ.csv');
    symlinkSync('/proc/self/environ', environ);
    for (const path of [
      '/proc/self/environ',
      environ,
      '/dev/zero',
      '/dev/null',
      fifo,
      join(dir, 'sub'),
      '/sys/kernel/mm/transparent_hugepage/enabled',
    ]) {
      const error = (() => {
        try {
          checkDataPath(path);
        } catch (caught) {
          return caught as DataError;
        }
      })();
      expect(error, path).toBeInstanceOf(DataError);
      expect(error!.message).toMatch(/^(refused to read |file not found: )/);
      expect(error!.message).toContain(path);
    }
    const globbed = await failure(resolveFiles(join(dir, 'environ.c*'), {}));
    expect(globbed.message).toContain('is a system file, not data');
    rmSync(fifo);
    rmSync(environ);
  });

  it('keeps files inside the workspace, symlinks resolved', () => {
    const workspace = join(dir, 'sub');
    const escape = join(workspace, 'escape.csv');
    symlinkSync(csvA, escape);
    expect(() => checkDataPath(join(workspace, 'z.csv'), workspace)).not.toThrow();
    expect(() => checkDataPath(escape, workspace)).toThrow(
      /^refused to read .*escape\.csv: it resolves to .*a\.csv, outside the workspace /,
    );
    expect(() => checkDataPath(join(workspace, '../a.csv'), workspace)).toThrow(/outside the workspace/);
    expect(() => checkDataPath(csvA)).not.toThrow();
    rmSync(escape);
  });

  it('takes the workspace from GITHUB_WORKSPACE, then CI_PROJECT_DIR, then the working directory', () => {
    const sub = join(dir, 'sub');
    expect(workspaceRoot({ GITHUB_WORKSPACE: dir, CI_PROJECT_DIR: sub })).toBe(dir);
    expect(workspaceRoot({ CI_PROJECT_DIR: sub })).toBe(sub);
    expect(workspaceRoot({ CI_PROJECT_DIR: '/builds/not/here' })).toBe(process.cwd());
    expect(workspaceRoot({})).toBe(process.cwd());
  });
});

describe('resolveFiles', () => {
  it('resolves a path, a list and a glob into sorted, de-duplicated files with sizes', async () => {
    const files = await resolveFiles([csvB, join(dir, '*.csv'), csvA], {});
    expect(files.map((file) => file.path)).toEqual([csvA, csvB]);
    expect(files[0]).toEqual({ path: csvA, format: 'csv', gzip: false, delimiter: ',', size: statSync(csvA).size });
  });

  it('keeps relative globs relative, and matches across directories', async () => {
    const pattern = join(relative(process.cwd(), dir), '**/*.csv');
    const files = await resolveFiles(pattern, {});
    expect(files.map((file) => file.path)).toEqual(
      [join(dir, 'a.csv'), join(dir, 'b.csv'), join(dir, 'sub/z.csv')].map((path) => relative(process.cwd(), path)),
    );
  });

  it('tells the format from the extension, with .tsv meaning tab and .gz meaning gzip', async () => {
    const formats = async (name: string) => {
      const [file] = await resolveFiles(join(dir, name), {});
      return [file.format, file.delimiter, file.gzip];
    };
    expect(await formats('c.tsv')).toEqual(['csv', '\t', false]);
    expect(await formats('d.jsonl')).toEqual(['jsonl', ',', false]);
    expect(await formats('e.ndjson')).toEqual(['jsonl', ',', false]);
    expect(await formats('f.csv.gz')).toEqual(['csv', ',', true]);
    expect(await formats('g.jsonl.gz')).toEqual(['jsonl', ',', true]);
  });

  it('lets options.format and options.delimiter override the extension', async () => {
    const [file] = await resolveFiles(join(dir, 'h.txt'), { format: 'csv', delimiter: ';' });
    expect(file).toMatchObject({ format: 'csv', delimiter: ';' });
    const [tsv] = await resolveFiles(join(dir, 'c.tsv'), { delimiter: '|' });
    expect(tsv.delimiter).toBe('|');
  });

  it('fails on a missing file, naming it', async () => {
    const missing = join(dir, 'nope.csv');
    const error = await failure(resolveFiles([csvA, missing], {}));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe(`file not found: ${missing}`);
    expect(error.location).toEqual({ file: missing });
  });

  it('fails on a glob that matches nothing, naming the pattern', async () => {
    const pattern = join(dir, '*.parquet');
    const error = await failure(resolveFiles(pattern, {}));
    expect(error.message).toBe(`no files match "${pattern}"`);
    expect(error.location).toEqual({ file: pattern });
  });

  it('fails on a directory, an empty list, an unknown extension, gzipped Parquet and mixed formats', async () => {
    expect((await failure(resolveFiles(join(dir, 'sub'), {}))).message).toMatch(/^not a file/);
    expect((await failure(resolveFiles([], {}))).message).toBe('no data files given');
    const unknown = await failure(resolveFiles(join(dir, 'h.txt'), {}));
    expect(unknown.message).toMatch(/cannot tell the format/);
    expect(unknown.hint).toMatch(/data\.format/);
    expect((await failure(resolveFiles(join(dir, 'i.parquet.gz'), {}))).message).toMatch(/gzipped Parquet/);
    expect((await failure(resolveFiles([csvA, join(dir, 'd.jsonl')], {}))).message).toMatch(/mix formats \(csv, jsonl\)/);
  });
});

describe('readBytes', () => {
  it('gunzips .gz files and counts the compressed bytes read', async () => {
    const text = 'x,y\n' + Array.from({ length: 20000 }, (_, i) => `${i},${i * 7}`).join('\n');
    const path = write(dir, 'big.csv.gz', gzipSync(text));
    const [file] = await resolveFiles(path, {});
    let bytes = 0;
    const chunks = await drain(readBytes(file, (n) => (bytes += n)));
    expect(Buffer.concat(chunks).toString()).toBe(text);
    expect(bytes).toBe(statSync(path).size);
    expect(bytes).toBeLessThan(text.length / 2);
  });

  it('turns a corrupt gzip file into a DataError naming the file', async () => {
    const path = write(dir, 'broken.csv.gz', Buffer.from('this is not gzip'));
    const [file] = await resolveFiles(path, {});
    const error = await failure(drain(readBytes(file, () => {})));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toMatch(/^cannot read .*broken\.csv\.gz/);
    expect(error.location).toEqual({ file: path });
  });
});

describe('readBytes with blocking reads (the CSV reading thread)', () => {
  it('hands over the same bytes as the stream in blocks of 256 KiB (the stream has 64 KiB ones), and counts them', async () => {
    const text = 'x,y\n' + Array.from({ length: 60000 }, (_, i) => `${i},${i * 7}`).join('\n');
    const [file] = await resolveFiles(write(dir, 'blocking.csv', text), {});
    let bytes = 0;
    const blocking = await drain(readBytes(file, (n) => (bytes += n), true));
    const streamed = await drain(readBytes(file, () => {}, false));
    expect(blocking.length).toBeGreaterThan(1);
    expect(blocking.slice(0, -1).every((chunk) => chunk.length === 1 << 18)).toBe(true);
    expect(streamed.slice(0, -1).every((chunk) => chunk.length === 1 << 16)).toBe(true);
    expect(Buffer.concat(streamed).toString()).toBe(text);
    expect(Buffer.concat(blocking).toString()).toBe(text);
    expect(bytes).toBe(Buffer.byteLength(text));
  });

  it('reads without yielding to the event loop, which streaming does between blocks', async () => {
    const [file] = await resolveFiles(write(dir, 'blocking-loop.csv', 'x\n' + '12345\n'.repeat(200000)), {});
    // Macrotasks that run while the file is read: none when each read is synchronous.
    const turnsWhileReading = async (blocking: boolean) => {
      let turns = 0;
      let reading = true;
      const turn = () => {
        if (!reading) return;
        turns++;
        setImmediate(turn);
      };
      setImmediate(turn);
      const chunks = await drain(readBytes(file, () => {}, blocking));
      reading = false;
      expect(chunks.length).toBeGreaterThan(3);
      return turns;
    };
    expect(await turnsWhileReading(true)).toBe(0);
    expect(await turnsWhileReading(false)).toBeGreaterThan(0);
  });

  it('turns a file that cannot be opened into a DataError naming it', async () => {
    const [file] = await resolveFiles(write(dir, 'vanishing.csv', 'x\n1\n'), {});
    rmSync(file.path);
    const error = await failure(drain(readBytes(file, () => {}, true)));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toMatch(/^cannot read .*vanishing\.csv: ENOENT/);
    expect(error.location).toEqual({ file: file.path });
  });
});

describe('decodeUtf8', () => {
  it('keeps a multi-byte character split across chunks whole and drops the BOM', async () => {
    const bytes = Buffer.from('\uFEFFé😀x');
    for (let at = 0; at <= bytes.length; at++) {
      const text = (await drain(decodeUtf8(chunksOf([bytes.subarray(0, at), bytes.subarray(at)])))).join('');
      expect(text).toBe('é😀x');
    }
  });
});

describe('estimateLines (a presizing hint)', () => {
  it('counts lines of even length exactly, over every file, from the head of the first', async () => {
    const line = 'r-000000000001,0.8764130282402039,fraud\n';
    const a = write(dir, 'even-a.csv', line.repeat(50_000));
    const b = write(dir, 'even-b.csv', line.repeat(30_000));
    expect(await estimateLines(await resolveFiles([a, b], {}))).toBe(80_000);
  });

  it('says 0 for what it cannot tell (gzip, no line break in the head) and caps a head of short lines', async () => {
    expect(await estimateLines(await resolveFiles(join(dir, 'f.csv.gz'), {}))).toBe(0);
    expect(await estimateLines(await resolveFiles(write(dir, 'one-line.csv', 'x'.repeat(70_000)), {}))).toBe(0);
    const shortThenLong = write(dir, 'short-head.csv', Buffer.concat([Buffer.from('1\n'.repeat(40_000)), Buffer.alloc(40 * 2 ** 20, 120)]));
    expect(await estimateLines(await resolveFiles(shortThenLong, {}))).toBe(2 ** 23);
  });
});
