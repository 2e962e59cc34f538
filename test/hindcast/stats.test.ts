import { describe, expect, it } from 'vitest';
import { HindcastAccumulator, type HindcastManifest } from '../../src/hindcast/report.js';
import { averageRanks, eventStats, nearestRank, spearman } from '../../src/hindcast/stats.js';
import type { CompiledEvent } from '../../src/hindcast/load.js';
import type { HistoryFile } from '../../src/hindcast/schema.js';
import { INDEX_NAMES } from '../../src/model/index.js';

// Every expected figure below is worked by hand in the comment beside it.
describe('per-event statistics', () => {
  it('timing: share, nearest-rank median and band with never last, ±2 quarters, hit and band', () => {
    // firsts sorted [1,2,3,4,never]; p10 rank ceil(0.5)=1 -> 1; median rank ceil(2.5)=3 -> 3; p90 rank ceil(4.5)=5 -> never.
    expect(eventStats('e', 'timing', [4, 2, Infinity, 1, 3], 3, '2019-Q1', 8)).toEqual({
      id: 'e', kind: 'timing', quarter: '2019-Q3', happened: 0.8,
      median: '2019-Q3', p10: '2019-Q1', p90: 'never', within2: 0.8, holds: null, hit: true, inBand: true,
    });
  });

  it('timing: a median six quarters late is a miss, and a band that starts after the real quarter leaves it out', () => {
    // sorted [8,8,8,never]; median rank ceil(2)=2 -> 8 (2020-Q4); p10 rank 1 -> 8; real turn 2.
    expect(eventStats('late', 'timing', [8, 8, Infinity, 8], 2, '2019-Q1', 8)).toMatchObject({
      quarter: '2019-Q2', happened: 0.75, median: '2020-Q4', p10: '2020-Q4', p90: 'never', within2: 0, hit: false, inBand: false,
    });
  });

  it('an event that never happens has never as its median and is a miss', () => {
    expect(eventStats('none', 'timing', [Infinity, Infinity], 1, '1979-Q4', 33)).toMatchObject({ happened: 0, median: 'never', p10: 'never', hit: false, inBand: false });
  });

  it('negative: holds where the observable has not happened by the real quarter; a hit from half the runs', () => {
    // real turn 4: firsts 2 (before), 5 (after), never, never -> holds in 3 of 4.
    expect(eventStats('neg', 'negative', [2, 5, Infinity, Infinity], 4, '2019-Q1', 8)).toEqual({
      id: 'neg', kind: 'negative', quarter: '2019-Q4', happened: 0.5, median: null, p10: null, p90: null, within2: null, holds: 0.75, hit: true, inBand: null,
    });
    expect(eventStats('neg', 'negative', [1, 2, 3, Infinity], 4, '2019-Q1', 8)).toMatchObject({ holds: 0.25, hit: false });
  });

  it('check: holds where the index lay in range at its date', () => {
    // an index check can only first happen at its own turn (3): two of four runs.
    expect(eventStats('idx', 'check', [3, Infinity, 3, Infinity], 3, '2019-Q1', 8)).toMatchObject({ holds: 0.5, hit: true });
  });

  it('nearest rank is the smallest value with at least q of the values at or below it', () => {
    expect([0.1, 0.5, 0.9, 1].map((q) => nearestRank([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], q))).toEqual([10, 50, 90, 100]);
  });
});

describe("Spearman's rank correlation", () => {
  it('is 1 and -1 for monotone pairs', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(spearman([1, 2, 3, 4], [40, 30, 20, 10])).toBe(-1);
  });

  it('gives ties the average of their ranks', () => {
    expect(averageRanks([3, 1, 2, 2])).toEqual([4, 1, 2.5, 2.5]);
    // ranks [1,2,3,4] and [1,2.5,2.5,4]: sxy 4.5, sxx 5, syy 4.5 -> 4.5 / sqrt(22.5).
    expect(spearman([1, 2, 3, 4], [1, 2, 2, 3])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
    // The Doomsday Clock of 2019-2022 (120, 100, 100, 100) against a model rising but for one year:
    // ranks [4,2,2,2] and [1,3,2,4]: sxy -3, sxx 5, syy 3 -> -3 / sqrt(15).
    expect(spearman([30, 40, 35, 50], [120, 100, 100, 100])).toBeCloseTo(-3 / Math.sqrt(15), 12);
  });

  it('is undefined for a constant side or fewer than three pairs', () => {
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(spearman([1, 2], [1, 2])).toBeNull();
  });
});

describe('the accumulator', () => {
  const turns = 8;
  const manifest: HindcastManifest = {
    engine: { name: 'multipolar', version: 'test' }, scenario: { id: 's', sha256: '', chain: [] }, history: { id: 'h', sha256: '' },
    seeds: { from: 1, count: 2 }, turns, start: '2019-Q1',
  };
  const history: HistoryFile = {
    id: 'h', title: 't', sources: ['s'],
    events: [
      { id: 'a', quarter: '2019-Q2', text: 'A', source: 's', observable: { signed: 'x' } },
      { id: 'b', quarter: '2020-Q4', text: 'B', source: 's', negative: true, observable: { signed: 'y' } },
    ],
    series: [{ name: 'clock', index: 'escalation', source: 's', direction: 'opposite', values: [{ year: 2019, value: 120 }, { year: 2020, value: 100 }, { year: 2021, value: 90 }] }],
  };
  const events: CompiledEvent[] = [
    { id: 'a', kind: 'timing', turn: 2, observable: { kind: 'signed', regime: 'x' } },
    { id: 'b', kind: 'negative', turn: 8, observable: { kind: 'signed', regime: 'y' } },
  ];
  /** A run whose escalation is `level` in 2019 and `level + 10` in 2020, and whose events first happen at the given turns (0 for never). */
  const run = (seed: number, level: number, a: number, b: number) => {
    const values = new Float64Array(turns * INDEX_NAMES.length);
    const flags = new Uint8Array(turns * 2);
    for (let t = 0; t < turns; t++) {
      values[t * INDEX_NAMES.length] = t < 4 ? level : level + 10;
      if (a > 0 && t + 1 >= a) flags[t * 2] = 1;
      if (b > 0 && t + 1 >= b) flags[t * 2 + 1] = 1;
    }
    return { series: 0, seed, values, flags, actions: [] };
  };

  it('reads each run\'s first turn of each event and the yearly means of the index', () => {
    const acc = new HindcastAccumulator(manifest, history, events);
    acc.add(run(1, 20, 2, 0));
    acc.add(run(2, 40, 3, 5));
    const r = acc.finish();
    // a: firsts [2,3], median rank 1 -> 2 = the real turn; b: firsts [never, 5], holds (not by 8) in 1 of 2.
    expect(r.events.map((e) => [e.id, e.median, e.hit, e.holds])).toEqual([['a', '2019-Q2', true, null], ['b', null, true, 0.5]]);
    expect(r.summary).toMatchObject({ events: 2, hits: 2, timing: 1, inBand: 1, calibration: 1 });
    // Medians over runs of each year's mean: 2019 (20, 40) -> 30, 2020 (30, 50) -> 40; 2021 lies outside the runs.
    expect(r.summary.series[0]).toMatchObject({ years: [2019, 2020, 2021], real: [120, 100, 90] });
    expect(r.summary.series[0].model.slice(0, 2)).toEqual([30, 40]);
    expect(Number.isNaN(r.summary.series[0].model[2])).toBe(true);
  });
});
