import { describe, expect, it } from 'vitest';
import { morrisDelta, morrisDesign } from '../../../src/research/sensitivity/morris.js';
import { morrisEffects } from '../../../src/research/sensitivity/morrisEffects.js';

describe('Morris elementary effects', () => {
  it('gives a linear model its coefficients exactly: mu* = |a_i|, sigma = 0', () => {
    const a = [3, -2, 0.5, 0];
    const design = morrisDesign(20, a.length, 4, 11);
    const y = design.map((x) => a.reduce((s, ai, i) => s + ai * x[i], 10));
    const effects = morrisEffects(design, y, a.length, { bootstrap: 200, seed: 1 });
    effects.forEach((e, i) => {
      expect(e.mu).toBeCloseTo(a[i], 10);
      expect(e.muStar).toBeCloseTo(Math.abs(a[i]), 10);
      expect(e.sigma).toBeCloseTo(0, 10);
      expect(e.muStarCi95[0]).toBeCloseTo(Math.abs(a[i]), 10);
      expect(e.muStarCi95[1]).toBeCloseTo(Math.abs(a[i]), 10);
    });
  });

  it('finds interaction and non-linearity in sigma, and ranks by mu*', () => {
    // y = x1 * x2 + x3^2: x1 and x2 interact, x3 is non-linear, x4 does nothing.
    const design = morrisDesign(40, 4, 6, 3);
    const y = design.map((x) => x[0] * x[1] + x[2] ** 2);
    const [e1, e2, e3, e4] = morrisEffects(design, y, 4, { bootstrap: 200, seed: 1 });
    for (const e of [e1, e2, e3]) {
      expect(e.sigma).toBeGreaterThan(0.05);
      expect(e.sigmaCi95[0]).toBeLessThanOrEqual(e.sigma);
      expect(e.sigmaCi95[1]).toBeGreaterThanOrEqual(e.sigma);
    }
    expect(e4).toEqual({ mu: 0, muStar: 0, muStarCi95: [0, 0], sigma: 0, sigmaCi95: [0, 0] });
  });

  it('builds trajectories that move one parameter by Delta at each step, on the grid, within [0, 1]', () => {
    const k = 5;
    const design = morrisDesign(10, k, 4, 2);
    expect(design).toHaveLength(10 * (k + 1));
    for (let t = 0; t < 10; t++) {
      const moved = new Set<number>();
      for (let s = 1; s <= k; s++) {
        const [p, q] = [design[t * (k + 1) + s - 1], design[t * (k + 1) + s]];
        const changed = Array.from(q).map((x, i) => (x !== p[i] ? i : -1)).filter((i) => i >= 0);
        expect(changed).toHaveLength(1);
        expect(Math.abs(q[changed[0]] - p[changed[0]])).toBeCloseTo(morrisDelta(4), 12);
        moved.add(changed[0]);
      }
      expect(moved.size).toBe(k);
    }
    for (const p of design) for (const x of p) expect([0, 1 / 3, 2 / 3, 1].some((l) => Math.abs(l - x) < 1e-12)).toBe(true);
    expect(morrisDesign(3, 2, 4, 5)).toEqual(morrisDesign(3, 2, 4, 5));
  });
});
