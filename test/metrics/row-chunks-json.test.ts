/**
 * Both row stores read their partial text through one decoder (row-chunks-json.ts): a partial read back and written
 * again is the same text, byte for byte, with and without keys and weights, over several chunks.
 */
import { describe, expect, it } from 'vitest';
import { RowStore, rowStoreFromJSON, rowStoreToJSON } from '../../shared/metrics/row-store.js';
import { MulticlassRowStore, multiclassRowsFromJSON, multiclassRowsToJSON } from '../../shared/metrics/multiclass-rows.js';
import { lcg as random } from '../helpers/seeded.js';

const fail = (detail: string): never => {
  throw new Error(detail);
};

describe('row chunk partials', () => {
  for (const keyed of [false, true]) {
    for (const weighted of [false, true]) {
      it(`binary rows survive read and write unchanged (keyed ${keyed}, weighted ${weighted})`, () => {
        const next = random(keyed ? 3 : 4);
        const store = new RowStore(keyed, 128);
        for (let i = 0; i < 577; i++) {
          const score = i % 31 === 0 ? NaN : Math.round(next() * 50) / 50;
          store.push(score, i & 1, score >= 0.5 ? 1 : 0, i % 3, weighted && i % 4 === 0 ? 2.5 : 1, i * 7, -i);
        }
        const text = JSON.stringify(rowStoreToJSON(store));
        expect(JSON.parse(text).chunks).toEqual([128, 128, 128, 128, 65]);
        const back = rowStoreFromJSON(JSON.parse(text), keyed, 3, fail);
        expect(back.rows).toBe(store.rows);
        expect(JSON.stringify(rowStoreToJSON(back))).toBe(text);
        expect(JSON.parse(text).weighted).toBe(weighted);
      });

      it(`multiclass rows survive read and write unchanged (keyed ${keyed}, weighted ${weighted})`, () => {
        const next = random(keyed ? 5 : 6);
        const store = new MulticlassRowStore(3, keyed, 200);
        for (let i = 0; i < 700; i++) {
          const a = next();
          const b = (1 - a) * next();
          store.push(i % 3, i % 29 === 0 ? undefined : [a, b, 1 - a - b], i % 2, weighted && i % 5 === 0 ? 0.25 : 1, i, i * 3);
        }
        const text = JSON.stringify(multiclassRowsToJSON(store));
        expect(JSON.parse(text).chunks).toEqual([200, 200, 200, 100]);
        const back = multiclassRowsFromJSON(JSON.parse(text), 3, keyed, 2, fail);
        expect(back.rows).toBe(store.rows);
        expect(JSON.stringify(multiclassRowsToJSON(back))).toBe(text);
        expect(JSON.parse(text).weighted).toBe(weighted);
      });
    }
  }

  it('names the store in a malformed partial', () => {
    expect(() => rowStoreFromJSON({ chunks: [1], weighted: 'no', data: '' }, false, 1, fail)).toThrow(/^rows need chunks/);
    expect(() => multiclassRowsFromJSON(null, 3, false, 1, fail)).toThrow(/^multiclass rows is not an object/);
  });
});
