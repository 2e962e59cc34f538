import seedrandom from 'seedrandom';

/**
 * Pure: a Latin hypercube of n points in k dimensions of the unit cube (McKay, Beckman and Conover
 * 1979): each dimension is cut into n equal strata and each stratum holds exactly one point, at a
 * uniform place within it; the strata are paired across dimensions by seeded random permutations.
 */
export function latinHypercube(n: number, k: number, seed: number): Float64Array[] {
  const rng = seedrandom.alea(`lhs|${seed}`);
  const points = Array.from({ length: n }, () => new Float64Array(k));
  for (let d = 0; d < k; d++) {
    const strata = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [strata[i], strata[j]] = [strata[j], strata[i]];
    }
    for (let i = 0; i < n; i++) points[i][d] = (strata[i] + rng()) / n;
  }
  return points;
}
