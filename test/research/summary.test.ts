import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../src/research/job.js';
import type { SeriesManifest } from '../../src/research/manifest.js';
import type { WorldOutcome } from '../../src/research/outcomes.js';
import { SeriesAccumulator } from '../../src/research/summary.js';

const series: SeriesManifest = { label: 'toy', scenario: { id: 'toy', sha256: 'x', chain: [] }, start: '2019-Q4' };
const outcomes: WorldOutcome[] = [
  { id: 'infDead', label: 'INF Treaty ended', kind: 'dead', treaty: 'inf' },
  { id: 'infMultilateralSigned', label: 'Multilateral INF signed', kind: 'signed', treaty: 'infMultilateral' },
];

/** A run of two turns: [escalation, treatyErosion, natoCohesion, armsRace] per turn, and outcome flags per turn. */
function run(seed: number, turns: number[][], flags: number[][]): Trajectory {
  return { series: 0, seed, values: Float64Array.from(turns.flat()), flags: Uint8Array.from(flags.flat()), actions: [] };
}

describe('the summary of a series', () => {
  it('matches a small case worked out by hand', () => {
    const acc = new SeriesAccumulator(series, outcomes, 2);
    acc.add(run(1, [[10, 50, 60, 0], [45, 50, 60, 10]], [[0, 0], [1, 0]]));
    acc.add(run(2, [[30, 40, 70, 5], [25, 40, 70, 15]], [[0, 0], [0, 0]]));
    acc.add(run(3, [[20, 60, 65, 5], [85, 60, 65, 20]], [[1, 0], [1, 1]]));
    acc.add(run(4, [[40, 50, 55, 10], [30, 50, 55, 35]], [[0, 0], [0, 0]]));
    const stats = acc.finish();
    expect(stats.runs).toBe(4);
    expect(stats.turns.map((t) => t.date)).toEqual(['2019-Q4', '2020-Q1']);

    // Turn 1 escalation: 10, 20, 30, 40 sorted; mean 25; median 25; p5: h = 0.15 -> 10 + 0.15 * 10 = 11.5; p95: h = 2.85 -> 30 + 0.85 * 10 = 38.5.
    expect(stats.turns[0].indices.escalation).toEqual({ mean: 25, median: 25, p5: 11.5, p95: 38.5 });
    // Turn 2 arms race: 10, 15, 20, 35; mean 20; median 17.5; p5 10.75; p95 35 - 0.15 * 15 = 32.75.
    expect(stats.turns[1].indices.armsRace).toEqual({ mean: 20, median: 17.5, p5: 10.75, p95: 32.75 });

    const t1 = stats.turns[0].outcomes;
    const t2 = stats.turns[1].outcomes;
    expect(t1.infDead.count).toBe(1);
    expect(t2.infDead).toMatchObject({ count: 2, p: 0.5 });
    // Wilson, k = 2, n = 4: centre (0.5 + 0.48018) / 1.96037 = 0.5; half = 0.99981 * sqrt(0.0625 + 0.060023) = 0.34997.
    expect(t2.infDead.ci95[0]).toBeCloseTo(0.15003, 4);
    expect(t2.infDead.ci95[1]).toBeCloseTo(0.84997, 4);
    expect(t2.newTreatySigned.count).toBe(1);
    // The ladder: peak escalation so far >= 20 (competition): runs 2, 3, 4 at turn 1; all four by turn 2.
    expect(t1.reachedCompetition.count).toBe(3);
    expect(t2.reachedCompetition.count).toBe(4);
    // >= 40 (crisis): run 4 at turn 1; runs 1, 3, 4 by turn 2 (run 4's peak stays 40 though it falls to 30).
    expect(t1.reachedCrisis.count).toBe(1);
    expect(t2.reachedCrisis.count).toBe(3);
    expect(t2.reachedBrink.count).toBe(1);
    expect(t2.reachedBrink.p).toBe(0.25);
  });
});
