import { quarterAt } from '../model/index.js';

/** How an event is judged: by its timing, as something that did not happen, or as an index's level at a date. */
export type EventKind = 'timing' | 'negative' | 'check';

/** What the runs say of one real event. Quarters are `YYYY-Qn`, or `never` for a run in which it did not happen. */
export interface EventStats {
  readonly id: string;
  readonly kind: EventKind;
  /** The real quarter. */
  readonly quarter: string;
  /** Share of runs in which the observable happens by the scenario's end. */
  readonly happened: number;
  /** Timing: the median quarter and the 10th and 90th percentiles (nearest rank, `never` counted last). */
  readonly median: string | null;
  readonly p10: string | null;
  readonly p90: string | null;
  /** Timing: share of runs within two quarters of the real one. */
  readonly within2: number | null;
  /** Negative: share of runs in which it has not happened by the real quarter; check: share in which the index lies in range then. */
  readonly holds: number | null;
  /** Timing: the median within two quarters of the real one; negative and check: it holds in at least half the runs. */
  readonly hit: boolean;
  /** Timing: the real quarter lies within the 10-90% band. */
  readonly inBand: boolean | null;
}

/** Pure: the value at quantile `q` of ascending `sorted` by nearest rank (the smallest value with at least q of the values at or below it). */
export function nearestRank(sorted: readonly number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/**
 * Pure: the statistics of one event from the turn (1-based) it first happened in each run
 * (Infinity for never), the real turn, the scenario's start and its length.
 */
export function eventStats(id: string, kind: EventKind, firsts: readonly number[], realTurn: number, start: string, turns: number): EventStats {
  const n = firsts.length;
  const share = (holds: (f: number) => boolean) => firsts.filter(holds).length / n;
  const quarter = quarterAt(start, realTurn - 1);
  const happened = share((f) => f <= turns);
  if (kind !== 'timing') {
    // A negative event holds where the observable has not happened by the real quarter; a check holds where it happened then.
    const holds = kind === 'negative' ? share((f) => f > realTurn) : share((f) => f === realTurn);
    return { id, kind, quarter, happened, median: null, p10: null, p90: null, within2: null, holds, hit: holds >= 0.5, inBand: null };
  }
  const sorted = [...firsts].sort((a, b) => a - b);
  const [p10, median, p90] = [0.1, 0.5, 0.9].map((q) => nearestRank(sorted, q));
  const name = (t: number) => (Number.isFinite(t) ? quarterAt(start, t - 1) : 'never');
  return {
    id, kind, quarter, happened,
    median: name(median), p10: name(p10), p90: name(p90),
    within2: share((f) => Math.abs(f - realTurn) <= 2),
    holds: null,
    hit: Math.abs(median - realTurn) <= 2,
    inBand: p10 <= realTurn && realTurn <= p90,
  };
}

/** Pure: ranks 1..n of `xs`, ties sharing the average of their ranks. */
export function averageRanks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const ranks = new Array<number>(xs.length);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1].x === order[k].x) j++;
    const rank = (k + j) / 2 + 1;
    for (let m = k; m <= j; m++) ranks[order[m].i] = rank;
    k = j + 1;
  }
  return ranks;
}

/** Pure: Spearman's rank correlation of paired values (average ranks for ties); null when either side is constant or fewer than 3 pairs. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 3) return null;
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}
