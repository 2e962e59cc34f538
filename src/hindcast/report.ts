import { INDEX_NAMES, quarterAt } from '../model/index.js';
import type { Trajectory } from '../research/job.js';
import type { CompiledEvent } from './load.js';
import type { HistoryFile } from './schema.js';
import { eventStats, spearman, type EventStats } from './stats.js';

/** What a hindcast report records of how it was made: enough to make it again, byte for byte. */
export interface HindcastManifest {
  readonly engine: { readonly name: 'multipolar'; readonly version: string };
  readonly scenario: { readonly id: string; readonly sha256: string; readonly chain: ReadonlyArray<{ readonly file: string; readonly sha256: string }> };
  readonly history: { readonly id: string; readonly sha256: string };
  readonly seeds: { readonly from: number; readonly count: number };
  readonly turns: number;
  readonly start: string;
}

/** An outside yearly series against the model's index: the model's median over runs of each year's mean. */
export interface SeriesCorrelation {
  readonly name: string;
  readonly index: string;
  readonly direction: 'same' | 'opposite';
  readonly years: readonly number[];
  readonly real: readonly number[];
  readonly model: readonly number[];
  /** Spearman's rank correlation, average ranks for ties (null when undefined). */
  readonly spearman: number | null;
  /** Whether its sign is the one `direction` expects. */
  readonly agrees: boolean | null;
}

/** A hindcast: each event's statistics, and the summary. */
export interface HindcastReport {
  readonly manifest: HindcastManifest;
  readonly events: ReadonlyArray<EventStats & { readonly text: string }>;
  readonly summary: {
    readonly events: number;
    readonly hits: number;
    readonly timing: number;
    /** Timing events whose real quarter lies within the model's 10-90% band, and their share. */
    readonly inBand: number;
    readonly calibration: number | null;
    readonly series: readonly SeriesCorrelation[];
  };
}

/**
 * Folds runs, one at a time and in seed order, into a hindcast report. Memory grows with runs times
 * events (the first turn of each event in each run) and runs times years, never with turns played.
 */
export class HindcastAccumulator {
  private readonly firsts: number[][];
  private readonly yearly: Array<Array<number[]>>;
  private readonly years: Array<readonly number[]>;

  constructor(
    private readonly manifest: HindcastManifest,
    private readonly history: HistoryFile,
    private readonly events: readonly CompiledEvent[],
  ) {
    this.firsts = events.map(() => []);
    this.years = (history.series ?? []).map((s) => s.values.map((v) => v.year));
    this.yearly = this.years.map((ys) => ys.map(() => []));
  }

  /** Add the next run's trajectory (see playHindcast). */
  add(tr: Trajectory): void {
    const { turns, start } = this.manifest;
    const n = this.events.length;
    this.events.forEach((_, e) => {
      let first = Infinity;
      for (let t = 0; t < turns; t++) if (tr.flags[t * n + e] === 1) {
        first = t + 1;
        break;
      }
      this.firsts[e].push(first);
    });
    (this.history.series ?? []).forEach((s, k) => {
      const i = INDEX_NAMES.indexOf(s.index);
      this.years[k].forEach((year, y) => {
        let sum = 0;
        let count = 0;
        for (let t = 0; t < turns; t++) {
          if (!quarterAt(start, t).startsWith(`${year}-`)) continue;
          sum += tr.values[t * INDEX_NAMES.length + i];
          count++;
        }
        this.yearly[k][y].push(count > 0 ? sum / count : NaN);
      });
    });
  }

  /** The report of the runs added. */
  finish(): HindcastReport {
    const { turns, start } = this.manifest;
    const events = this.events.map((e, i) => ({
      ...eventStats(e.id, e.kind, this.firsts[i], e.turn, start, turns),
      text: this.history.events[i].text,
    }));
    const timing = events.filter((e) => e.kind === 'timing');
    const inBand = timing.filter((e) => e.inBand).length;
    const median = (xs: number[]) => {
      const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
      if (sorted.length === 0) return NaN;
      const m = sorted.length / 2;
      return sorted.length % 2 === 1 ? sorted[Math.floor(m)] : (sorted[m - 1] + sorted[m]) / 2;
    };
    const series = (this.history.series ?? []).map((s, k): SeriesCorrelation => {
      const model = this.yearly[k].map((runs) => Math.round(median(runs) * 1e4) / 1e4);
      const rho = spearman(model, s.values.map((v) => v.value));
      const rounded = rho === null ? null : Math.round(rho * 1e4) / 1e4;
      return {
        name: s.name, index: s.index, direction: s.direction, years: this.years[k], real: s.values.map((v) => v.value), model,
        spearman: rounded, agrees: rounded === null ? null : s.direction === 'same' ? rounded > 0 : rounded < 0,
      };
    });
    return {
      manifest: this.manifest,
      events,
      summary: {
        events: events.length, hits: events.filter((e) => e.hit).length, timing: timing.length, inBand,
        calibration: timing.length > 0 ? Math.round((inBand / timing.length) * 1e4) / 1e4 : null, series,
      },
    };
  }
}

const pct = (x: number | null) => (x === null ? '' : `${Math.round(x * 100)}%`);

/** Pure: the report as a text table for people, then the summary. */
export function formatHindcast(r: HindcastReport): string {
  const m = r.manifest;
  const lines = [
    `hindcast of ${m.scenario.id} against ${m.history.id}: ${m.seeds.count} runs (seeds ${m.seeds.from}-${m.seeds.from + m.seeds.count - 1}), ${m.turns} turns from ${m.start}, engine ${m.engine.version}`,
    'timing events: share of runs in which it happens by the end; median quarter and 10-90% band (nearest rank, never counted last); share within 2 quarters;',
    'hit: median within 2 quarters. negative events (it did not happen) and index checks: share of runs in which it holds; hit: at least half.',
    '',
  ];
  const width = Math.max(...r.events.map((e) => e.id.length), 5);
  lines.push(`${'event'.padEnd(width)}  real     happens  median   10-90%              ±2q    hit  in band`);
  for (const e of r.events) {
    const hit = e.hit ? 'yes' : 'no';
    if (e.kind === 'timing') {
      lines.push(`${e.id.padEnd(width)}  ${e.quarter}  ${pct(e.happened).padStart(7)}  ${e.median!.padEnd(7)}  ${`${e.p10} to ${e.p90}`.padEnd(18)}  ${pct(e.within2).padStart(4)}  ${hit.padStart(4)}  ${e.inBand ? 'yes' : 'no'}`);
    } else {
      const what = e.kind === 'negative' ? 'not by then' : 'in range';
      lines.push(`${e.id.padEnd(width)}  ${e.quarter}  ${`${what}: ${pct(e.holds)}`.padEnd(48)}  ${hit.padStart(4)}`);
    }
  }
  const s = r.summary;
  lines.push('', `${s.hits} hits of ${s.events} events; calibration: ${s.inBand} of ${s.timing} timing events have the real quarter in the model's 10-90% band${s.calibration === null ? '' : ` (${pct(s.calibration)})`}`);
  for (const c of s.series) {
    lines.push(`${c.name} against ${c.index} (yearly, ${c.years[0]}-${c.years[c.years.length - 1]}): Spearman ${c.spearman === null ? 'undefined' : c.spearman.toFixed(2)}${c.agrees === null ? '' : `, ${c.agrees ? 'the expected' : 'not the expected'} sign (${c.direction === 'same' ? 'positive' : 'negative'})`}`);
  }
  return lines.join('\n') + '\n';
}
