import { describe, expect, it } from 'vitest';
import { PairedAccumulator } from '../../src/research/comparison.js';
import type { Trajectory } from '../../src/research/job.js';
import type { ResearchManifest } from '../../src/research/manifest.js';

const manifest: ResearchManifest = {
  kind: 'compare', engine: { name: 'multipolar', version: 'test' },
  series: [{ label: 'base', scenario: { id: 'a', sha256: 'x', chain: [] }, start: '2019-Q1' }, { label: 'variant', scenario: { id: 'b', sha256: 'y', chain: [] }, start: '2019-Q1' }],
  seeds: { from: 1, count: 4 }, turns: 1, columns: [], outcomes: [], compare: { at: [1], bootstrap: 200, bootstrapSeed: 1 },
};
const run = (escalation: number, cohesion: number): Trajectory => ({ series: 0, seed: 1, values: Float64Array.from([escalation, 50, cohesion, 0]), flags: new Uint8Array(0), actions: ['hold', 'hold', 'hold', 'hold', 'hold'] });

describe('a paired comparison', () => {
  it('notes a large d_z on a negligible difference, and counts the seeds that differ per measure', () => {
    const acc = new PairedAccumulator(manifest, 4);
    // Escalation rises by 0.1 to 0.2 points in every seed: d_z = 0.125 / 0.05 = 2.5, under a point.
    [[10, 10.1], [20, 20.1], [30, 30.2], [40, 40.1]].forEach(([b, v]) => acc.add(run(b, 60), run(v, 60)));
    const doc = acc.finish();
    const { escalation, natoCohesion } = doc.turns[0].indices;
    expect(escalation.effectSize).toBeCloseTo(2.5, 6);
    expect(escalation.seedsDiffering).toBe(4);
    expect(escalation.note).toMatch(/^effect size 2\.5 but a difference of 0\.125 index points: negligible on the 0-100 scale$/);
    expect(natoCohesion).toMatchObject({ difference: 0, ci95: [0, 0], seedsDiffering: 0 });
    expect(natoCohesion.note).toBeUndefined();
    expect(doc.turns[0].seedsDiffering).toBe(4);
    expect(doc.mechanism).toMatchObject({ seedsDiffering: 4, seedsWithOtherActions: 0, actions: [] });
  });
});
