import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuantileColumn } from '../../src/research/selection.js';
import { Spill } from '../../src/research/spill.js';
import { spread } from '../../src/research/stats.js';

function twoPass(xs: readonly number[]) {
  const column = new QuantileColumn();
  for (const x of xs) column.add(x);
  column.prepare();
  for (const x of [...xs].reverse()) column.revisit(x);
  return column.finish();
}

describe('exact quantiles in flat memory', () => {
  it('equal sorting the whole column, ties and values outside 0..100 included', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }).map((i) => i / 10_000),
      fc.constantFrom(0, 57, 63, 100, 99.99, -3, 140),
      // (+ 0 turns -0 into 0: the CSV writes both as "0", and round6 does the same in the summary.)
      fc.double({ min: -10, max: 110, noNaN: true }).map((x) => x + 0),
    );
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), (xs) => {
      expect(twoPass(xs)).toEqual(spread(Float64Array.from(xs)));
    }));
  });

  it('keeps spilled rows in order across many chunks', () => {
    const spill = new Spill(3);
    const rows = 100_000;
    for (let r = 0; r < rows; r++) spill.append([r, r + 0.5, -r]);
    let r = 0;
    for (const row of spill.rows()) {
      if (row[0] !== r || row[1] !== r + 0.5 || row[2] !== -r) throw new Error(`row ${r} read back as ${Array.from(row)}`);
      r++;
    }
    expect(r).toBe(rows);
    spill.dispose();
    spill.dispose();
  });
});
