import { describe, expect, it } from 'vitest';
import { bootstrapMeans, cohenDz, cohenH, mean, quantileSorted, sd, spread, wilson } from '../../src/research/stats.js';

describe('statistics', () => {
  it('interpolates quantiles between order statistics (type 7)', () => {
    const xs = Float64Array.from([10, 20, 30, 40, 50]);
    expect(quantileSorted(xs, 0.5)).toBe(30);
    // h = 4 * 0.05 = 0.2: 10 + 0.2 * (20 - 10)
    expect(quantileSorted(xs, 0.05)).toBeCloseTo(12, 12);
    // h = 4 * 0.95 = 3.8: 40 + 0.8 * (50 - 40)
    expect(quantileSorted(xs, 0.95)).toBeCloseTo(48, 12);
    expect(quantileSorted(Float64Array.from([7]), 0.95)).toBe(7);
  });

  it('gives the spread of an unsorted sample without sorting it in place', () => {
    const xs = Float64Array.from([4, 1, 3, 2]);
    expect(spread(xs)).toEqual({ mean: 2.5, median: 2.5, p5: 1.15, p95: expect.closeTo(3.85, 12) as unknown as number });
    expect(Array.from(xs)).toEqual([4, 1, 3, 2]);
  });

  it('computes Wilson intervals (checked against the closed form by hand)', () => {
    // k = 5, n = 10, z = 1.96: centre 0.5, half = 1.96/(1 + 0.38415) * sqrt(0.025 + 0.0096037) = 0.26341
    const [lo, hi] = wilson(5, 10);
    expect(lo).toBeCloseTo(0.2366, 4);
    expect(hi).toBeCloseTo(0.7634, 4);
    // k = 0: the lower end is 0 and the upper end z^2/(n+z^2) = 3.8415/13.8415
    const [lo0, hi0] = wilson(0, 10);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.27753, 4);
    expect(wilson(10, 10)[1]).toBe(1);
  });

  it('gives means, SDs and effect sizes', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
    expect(cohenDz(Float64Array.from([1, 2, 3]))).toBeCloseTo(2, 12);
    expect(cohenDz(Float64Array.from([0, 0, 0]))).toBe(0);
    expect(cohenDz(Float64Array.from([1, 1, 1]))).toBeNull();
    expect(cohenH(0.5, 0.5)).toBe(0);
    expect(cohenH(0, 1)).toBeCloseTo(Math.PI, 12);
  });

  it('bootstraps reproducibly from its seed, with an interval around the mean', () => {
    const xs = Float64Array.from({ length: 50 }, (_, i) => (i % 5) - 1);
    const a = bootstrapMeans([xs], 500, 7);
    expect(bootstrapMeans([xs], 500, 7)).toEqual(a);
    expect(bootstrapMeans([xs], 500, 8)).not.toEqual(a);
    expect(a[0][0]).toBeLessThan(mean(xs));
    expect(a[0][1]).toBeGreaterThan(mean(xs));
    expect(bootstrapMeans([new Float64Array(20)], 200, 1)).toEqual([[0, 0]]);
  });
});
