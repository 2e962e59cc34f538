import { describe, expect, it } from 'vitest';
import { evenLevels, scaleUnit } from '../../../src/research/design/parameter.js';
import { designPoints } from '../../../src/research/design/points.js';
import { readPointsFile } from '../../../src/research/design/pointsFile.js';
import { ResearchError } from '../../../src/research/errors.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('design points', () => {
  it('makes a full factorial, the last parameter fastest', () => {
    const { values } = designPoints({ method: 'grid', parameters: [{ path: 'a' }, { path: 'b' }], points: 6, levels: [[1, 2], [10, 20, 30]], at: [1] });
    expect(values).toEqual([[1, 10], [1, 20], [1, 30], [2, 10], [2, 20], [2, 30]]);
  });

  it('scales the unit interval to a range, cutting an integer range into equal parts', () => {
    expect(scaleUnit(0.5, { path: 'x', lo: 0.2, hi: 0.9 })).toBe(0.55);
    const int = { path: 'n', lo: 1, hi: 4, integer: true };
    expect([0, 0.24, 0.25, 0.5, 0.99, 1].map((u) => scaleUnit(u, int))).toEqual([1, 1, 2, 3, 4, 4]);
    expect(evenLevels({ path: 'x', lo: 0, hi: 1 }, 3)).toEqual([0, 0.5, 1]);
    expect(evenLevels(int, 3)).toEqual([1, 3, 4]);
    expect(evenLevels({ path: 'n', lo: 1, hi: 2, integer: true }, 5)).toEqual([1, 2]);
  });

  it('scales Saltelli and Morris designs to the ranges and keeps their unit points', () => {
    const parameters = [{ path: 'a', lo: 10, hi: 20 }, { path: 'b', lo: 0, hi: 1 }];
    const sobol = designPoints({ method: 'sobol', parameters, points: 8 * 4, samples: 8, sampleSeed: 3, at: [1] });
    expect(sobol.values).toHaveLength(32);
    expect(sobol.values.every(([a, b]) => (a as number) >= 10 && (a as number) <= 20 && (b as number) >= 0 && (b as number) <= 1)).toBe(true);
    expect(sobol.unit![5][0] * 10 + 10).toBeCloseTo(sobol.values[5][0] as number, 8);
    expect(designPoints({ method: 'morris', parameters, points: 9, samples: 3, gridLevels: 4, sampleSeed: 3, at: [1] }).values).toHaveLength(9);
  });

  it('reads points from a CSV file and names the line of a mistake', () => {
    const dir = mkdtempSync(join(tmpdir(), 'multipolar-points-'));
    const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    expect(readPointsFile(file('ok.csv', '# comment\na.b,c\n0.5,hedging\n\n1,true\n'))).toEqual({ paths: ['a.b', 'c'], values: [[0.5, 'hedging'], [1, true]] });
    expect(() => readPointsFile(file('short.csv', 'a,b\n1\n'))).toThrow(/short\.csv:2: 1 cells, expected 2/);
    expect(() => readPointsFile(file('twice.csv', 'a,a\n1,2\n'))).toThrow(/the column a is named twice/);
    expect(() => readPointsFile(file('empty.csv', 'a,b\n'))).toThrow(ResearchError);
  });
});
