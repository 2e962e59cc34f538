import { describe, expect, it } from 'vitest';
import { saltelliDesign } from '../../../src/research/sensitivity/saltelli.js';
import { sobolIndices } from '../../../src/research/sensitivity/sobolIndices.js';
import { sobolPoints } from '../../../src/research/sensitivity/sobolSequence.js';

/** Ishigami and Homma's function on [-pi, pi]^3, from unit coordinates. */
function ishigami(u: Float64Array, a = 7, b = 0.1): number {
  const [x1, x2, x3] = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
}

/** Sobol's g-function on [0, 1]^k: a larger a_i makes x_i less important. */
const gFunction = (a: readonly number[]) => (u: Float64Array) => a.reduce((p, ai, i) => p * ((Math.abs(4 * u[i] - 2) + ai) / (1 + ai)), 1);

/** The g-function's analytic indices: V_i = 1 / (3 (1 + a_i)^2), V = prod (1 + V_i) - 1. */
function gIndices(a: readonly number[]): { first: number[]; total: number[] } {
  const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const v = vi.reduce((p, x) => p * (1 + x), 1) - 1;
  return {
    first: vi.map((x) => x / v),
    total: vi.map((x, i) => (x * vi.reduce((p, y, j) => (j === i ? p : p * (1 + y)), 1)) / v),
  };
}

function analyse(f: (u: Float64Array) => number, n: number, k: number, seed = 1) {
  const design = saltelliDesign(n, k, seed);
  return sobolIndices(design.map((u) => f(u)), k, { bootstrap: 500, seed: 7 })!;
}

describe('the Sobol sequence', () => {
  it('gives the published first points (Joe-Kuo directions, Gray-code order)', () => {
    // As scipy.stats.qmc.Sobol(d=3, scramble=False).random(8).
    expect(sobolPoints(8, 3).map((p) => Array.from(p))).toEqual([
      [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625], [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375],
    ]);
  });

  it('keeps one point per dyadic interval in every dimension, shifted or not', () => {
    for (const seed of [undefined, 3]) {
      const points = sobolPoints(64, 40, seed);
      for (let d = 0; d < 40; d++) {
        const cells = new Set(points.map((p) => Math.floor(p[d] * 64)));
        expect(cells.size).toBe(64);
      }
    }
    expect(sobolPoints(4, 2, 3)).toEqual(sobolPoints(4, 2, 3));
    expect(sobolPoints(4, 2, 3)).not.toEqual(sobolPoints(4, 2, 4));
  });
});

describe('Sobol indices (Saltelli 2010 first order, Jansen total)', () => {
  it('finds the Ishigami function\'s known indices (a = 7, b = 0.1)', () => {
    const s = analyse(ishigami, 8192, 3);
    const expected = { first: [0.3139, 0.4424, 0], total: [0.5576, 0.4424, 0.2437] };
    s.forEach((x, i) => {
      expect(x.first).toBeCloseTo(expected.first[i], 1);
      expect(Math.abs(x.first - expected.first[i])).toBeLessThan(0.02);
      expect(Math.abs(x.total - expected.total[i])).toBeLessThan(0.02);
      // The intervals hold the true values and are narrow at this size.
      expect(x.firstCi95[0]).toBeLessThanOrEqual(expected.first[i] + 0.005);
      expect(x.firstCi95[1]).toBeGreaterThanOrEqual(expected.first[i] - 0.005);
      expect(x.totalCi95[1] - x.totalCi95[0]).toBeLessThan(0.1);
    });
  });

  it("finds Sobol's g-function's analytic indices", () => {
    const a = [0, 1, 4.5, 9, 99, 99];
    const exact = gIndices(a);
    const s = analyse(gFunction(a), 8192, a.length);
    s.forEach((x, i) => {
      expect(Math.abs(x.first - exact.first[i])).toBeLessThan(0.02);
      expect(Math.abs(x.total - exact.total[i])).toBeLessThan(0.02);
    });
    // The ranking follows a: x1 matters most, x5 and x6 hardly at all.
    expect(s[0].total).toBeGreaterThan(s[1].total);
    expect(s[4].total).toBeLessThan(0.01);
  });

  it('is seeded: the same seeds give the same indices, other seeds other estimates', () => {
    const f = gFunction([0, 1, 9]);
    expect(analyse(f, 256, 3, 5)).toEqual(analyse(f, 256, 3, 5));
    expect(analyse(f, 256, 3, 5)[0].first).not.toBe(analyse(f, 256, 3, 6)[0].first);
  });

  it('gives null for an output that does not vary, and orders the design as SALib does', () => {
    expect(sobolIndices(new Float64Array(4 * 5).fill(3), 3, { bootstrap: 10, seed: 1 })).toBeNull();
    const [a, ab1, ab2, b] = saltelliDesign(1, 2, 9);
    expect([ab1[0], ab1[1]]).toEqual([b[0], a[1]]);
    expect([ab2[0], ab2[1]]).toEqual([a[0], b[1]]);
  });
});
