import seedrandom from 'seedrandom';

/**
 * Pure: Morris's one-at-a-time design (Morris 1991; Campolongo et al. 2007) in the unit hypercube:
 * `r` trajectories of k + 1 points on a grid of `levels` levels (an even number), each point moving
 * one parameter by Delta = levels / (2 (levels - 1)) from the one before, every parameter once per
 * trajectory, in a random order and direction. Seeded: the same (r, k, levels, seed) gives the same
 * design. r (k + 1) model runs in all, trajectory after trajectory.
 */
export function morrisDesign(r: number, k: number, levels: number, seed: number): Float64Array[] {
  if (levels < 2 || levels % 2 !== 0) throw new RangeError(`Morris levels must be an even number of at least 2, not ${levels}`);
  const delta = morrisDelta(levels);
  const rng = seedrandom.alea(`morris|${seed}`);
  const rows: Float64Array[] = [];
  for (let t = 0; t < r; t++) {
    // A base point on the levels from which +Delta stays in [0, 1]: levels/2 choices per parameter.
    const base = Float64Array.from({ length: k }, () => Math.floor(rng() * (levels / 2)) / (levels - 1));
    const up = Array.from({ length: k }, () => rng() < 0.5);
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    // A parameter that moves down starts at base + Delta; one that moves up starts at base.
    let x = Float64Array.from(base, (b, i) => (up[i] ? b : b + delta));
    rows.push(x);
    for (const i of order) {
      x = Float64Array.from(x);
      x[i] = up[i] ? base[i] + delta : base[i];
      rows.push(x);
    }
  }
  return rows;
}

/** Morris's step on the unit scale for a grid of `levels` levels. */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}
