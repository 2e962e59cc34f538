import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../src/research/job.js';
import { actionKind, MechanismAccumulator } from '../../src/research/mechanism.js';
import { digitsFor } from '../../src/research/table.js';

/** A run of two turns; `actions` is one row per turn of the five actors' labels. */
function run(seed: number, escalation: number[], actions: string[][]): Trajectory {
  return { series: 0, seed, values: Float64Array.from(escalation.flatMap((e) => [e, 50, 60, 0])), flags: new Uint8Array(0), actions: actions.flat() };
}

const hold5 = ['hold', 'hold', 'hold', 'hold', ''];

describe('the mechanism of a comparison', () => {
  it('counts action mixes, differing actions and differing seeds, worked out by hand', () => {
    const acc = new MechanismAccumulator(2, ['us', 'russia', 'china', 'nato', 'eu']);
    // Seed 1: identical in both arms.
    acc.add(run(1, [10, 20], [hold5, hold5]), run(1, [10, 20], [hold5, hold5]));
    // Seed 2: NATO deploys at turn 2 in the variant instead of holding; escalation follows.
    const deploy = ['hold', 'hold', 'hold', 'deploy seaAirCruise@europe', ''];
    acc.add(run(2, [10, 20], [hold5, hold5]), run(2, [10, 25], [hold5, deploy]));
    // Seed 3: only an index differs at turn 1 (actions equal).
    acc.add(run(3, [10, 20], [hold5, hold5]), run(3, [11, 20], [hold5, hold5]));
    expect(acc.seedsDifferingBy(1)).toBe(1);
    expect(acc.seedsDifferingBy(2)).toBe(2);
    const m = acc.finish();
    expect(m.seedsDiffering).toBe(2);
    expect(m.seedsWithOtherActions).toBe(1);
    expect(m.mix.map((a) => a.actor)).toEqual(['us', 'russia', 'china', 'nato']);
    expect(m.mix[3]).toEqual({ actor: 'nato', base: { deploy: 0, hold: 1 }, variant: { deploy: 0.166667, hold: 0.833333 } });
    expect(m.actions).toEqual([
      { actor: 'nato', action: 'hold', base: 2, variant: 1.666667, seedsDiffering: 1 },
      { actor: 'nato', action: 'deploy seaAirCruise@europe', base: 0, variant: 0.333333, seedsDiffering: 1 },
    ]);
  });

  it('reads the kind of an action off its label', () => {
    expect(['deploy hypersonic@asia', 'suspend inf', 'negotiate inf with us+russia', 'hold'].map(actionKind)).toEqual(['deploy', 'suspend', 'negotiate', 'hold']);
  });
});

describe('digits of a printed interval', () => {
  it('adds decimals until no value that is not 0 prints as 0, up to 6', () => {
    expect(digitsFor([0.18, 0.1, 0.25], 2)).toBe(2);
    expect(digitsFor([0.0012, 0.0003, 0.0041], 2)).toBe(4);
    expect(digitsFor([0, 0, 0], 3)).toBe(3);
    expect(digitsFor([1e-9], 2)).toBe(6);
  });
});
