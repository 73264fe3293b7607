// The command line every generator of a committed file shares (generate-validator.mjs, generate-config-types.mjs,
// generate-wasm.mjs):
//
//   node scripts/generate-X.mjs           write the file
//   node scripts/generate-X.mjs --check   exit 1, saying it is stale and what to run, if the file differs
//   --out FILE                            another file to write or check
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * @param {{ defaultOut: string, source: () => string | Promise<string>, stale: string }} generator the file, its text
 *   now, and what a stale file's message says after "is stale: " (why it changes, what to run)
 */
export async function writeOrCheck({ defaultOut, source, stale }) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, out: { type: 'string' } } });
  const out = values.out ?? defaultOut;
  const text = await source();
  if (!values.check) {
    writeFileSync(out, text);
    return;
  }
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // A missing file is stale like any other difference.
  }
  if (current !== text) {
    console.error(`${out} is stale: ${stale}`);
    process.exitCode = 1;
  }
}
