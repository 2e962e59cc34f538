import seedrandom from 'seedrandom';
import { percentile95, sd } from '../stats.js';

/** A parameter's elementary-effects statistics with 95% bootstrap intervals of mu* and sigma. */
export interface MorrisIndex {
  /** Mean elementary effect (signed: effects of opposite signs cancel). */
  readonly mu: number;
  /** Mean absolute elementary effect: the parameter's overall influence (Campolongo et al. 2007). */
  readonly muStar: number;
  readonly muStarCi95: readonly [number, number];
  /** Standard deviation of the elementary effects (n - 1): non-linearity or interactions. */
  readonly sigma: number;
  readonly sigmaCi95: readonly [number, number];
}

/**
 * Pure: Morris's elementary effects of k parameters from a design of trajectories (morrisDesign's
 * unit points, in order) and the outputs at its points. Each step of a trajectory moves one
 * parameter; its effect is the change in output over the change in that parameter on the unit
 * scale, so an effect is in output units per whole range of the parameter. Intervals: 95% percentile
 * bootstrap over trajectories, from a seedrandom stream named by the seed.
 */
export function morrisEffects(points: readonly Float64Array[], y: ArrayLike<number>, k: number, options: { bootstrap: number; seed: number }): MorrisIndex[] {
  const r = points.length / (k + 1);
  if (!Number.isInteger(r) || r < 2 || y.length !== points.length) throw new RangeError(`expected r (k + 1) points and outputs with r >= 2, got ${points.length} points and ${y.length} outputs for k = ${k}`);
  // effects[t][i]: trajectory t's elementary effect of parameter i.
  const effects = Array.from({ length: r }, () => new Float64Array(k));
  for (let t = 0; t < r; t++) {
    for (let s = 1; s <= k; s++) {
      const p = t * (k + 1) + s;
      const i = points[p].findIndex((x, j) => x !== points[p - 1][j]);
      if (i < 0) throw new RangeError(`point ${p} of the design does not move any parameter`);
      effects[t][i] = (y[p] - y[p - 1]) / (points[p][i] - points[p - 1][i]);
    }
  }
  const stats = (rows: ArrayLike<number>) => Array.from({ length: k }, (_, i) => {
    const ee = Float64Array.from(rows as ArrayLike<number>, (t) => effects[t][i]);
    let mu = 0;
    let muStar = 0;
    for (const e of ee) {
      mu += e;
      muStar += Math.abs(e);
    }
    return { mu: mu / ee.length, muStar: muStar / ee.length, sigma: sd(ee) };
  });
  const point = stats(Uint32Array.from({ length: r }, (_, t) => t));
  const rng = seedrandom.alea(`morris-bootstrap|${options.seed}`);
  const muStars = Array.from({ length: k }, () => new Float64Array(options.bootstrap));
  const sigmas = Array.from({ length: k }, () => new Float64Array(options.bootstrap));
  const pick = new Uint32Array(r);
  for (let b = 0; b < options.bootstrap; b++) {
    for (let t = 0; t < r; t++) pick[t] = Math.floor(rng() * r);
    stats(pick).forEach((s, i) => {
      muStars[i][b] = s.muStar;
      sigmas[i][b] = s.sigma;
    });
  }
  const ci = percentile95;
  return point.map((s, i) => ({ mu: s.mu, muStar: s.muStar, muStarCi95: ci(muStars[i]), sigma: s.sigma, sigmaCi95: ci(sigmas[i]) }));
}
