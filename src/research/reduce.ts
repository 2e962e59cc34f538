import { totalmem } from 'node:os';
import { INDEX_NAMES } from '../model/index.js';
import { citeResearch } from './cite.js';
import { ComparisonDoc, PairedAccumulator } from './comparison.js';
import { ResearchError } from './errors.js';
import { DesignAccumulator, type DesignSummaryDoc } from './design/designSummary.js';
import { SensitivityAccumulator, type SensitivityDoc } from './sensitivity/sensitivityAccumulator.js';
import { renderSensitivityChart } from './sensitivity/sensitivitySvg.js';
import { outcomeList } from './flags.js';
import type { Trajectory } from './job.js';
import type { ResearchManifest } from './manifest.js';
import { renderFanChart } from './svg.js';
import { SeriesAccumulator, SUMMARY_METHODS, type SummaryDoc } from './summary.js';

/** What a run or a merge is asked to compute besides its CSV. */
export interface Wants {
  /** The summary JSON (batch, sweep, design, sensitivity) or the comparison (compare). */
  readonly summary: boolean;
  readonly svg: boolean;
}

export interface Reduced {
  readonly summary?: SummaryDoc | DesignSummaryDoc | SensitivityDoc;
  readonly comparison?: ComparisonDoc;
  readonly svg?: string;
}

/** Folds the runs of a research run, seed by seed in seed order, into its summary, comparison and figure. */
export interface Reduction {
  /** Add one seed's trajectories, one per series in series order. */
  add(trajectories: readonly Trajectory[]): void;
  finish(): Reduced;
  /** Give back temporary resources of an abandoned run (finish does it otherwise). */
  dispose(): void;
}

/** Bytes of one quantile column's first pass (1024 bins of 4 bytes, see selection.ts) and its bookkeeping. */
const COLUMN_BYTES = 1024 * 4 + 64;

/**
 * About how many bytes the reduction of `runs` runs keeps: a quantile column per series, turn and
 * index; for a comparison, each run's value of every measure at every compared turn in both arms,
 * and their differences once more when it finishes (the bootstrap resamples seeds).
 */
export function reductionBytes(manifest: ResearchManifest, runs: number, wants: Wants): number {
  const series = wants.svg || (wants.summary && manifest.kind !== 'compare') ? manifest.series.length * manifest.turns * INDEX_NAMES.length * COLUMN_BYTES : 0;
  const perRun = INDEX_NAMES.length * 8 + outcomeList(manifest.outcomes).length;
  const paired = manifest.kind === 'compare' && wants.summary ? (manifest.compare?.at.length ?? 1) * perRun * 3 * runs : 0;
  return series + paired;
}

/** The most memory a reduction may keep: half of this machine's. */
export const memoryLimit = (): number => totalmem() / 2;

/**
 * The reduction a manifest calls for. It sees the same numbers in the same order whether they come
 * from worker threads or from merged shard files, so its output is the same byte for byte.
 */
export function createReduction(manifest: ResearchManifest, runs: number, wants: Wants): Reduction {
  if (manifest.design) return designReduction(manifest, wants);
  const bytes = reductionBytes(manifest, runs, wants);
  if (bytes > memoryLimit()) {
    const gb = (n: number) => `${(n / 2 ** 30).toFixed(1)} GB`;
    throw new ResearchError(`this run's statistics would keep about ${gb(bytes)} in memory, more than half of this machine's ${gb(totalmem())}; use fewer --runs${manifest.kind === 'compare' ? ' or --at turns' : ', turns or values'}, or split it with --shard and write only the CSV`);
  }
  const perSeries = wants.svg || (wants.summary && manifest.kind !== 'compare')
    ? manifest.series.map((s) => new SeriesAccumulator(s, manifest.outcomes, manifest.turns))
    : [];
  const paired = manifest.kind === 'compare' && wants.summary ? new PairedAccumulator(manifest, runs) : undefined;
  return {
    add(trajectories) {
      perSeries.forEach((acc, s) => acc.add(trajectories[s]));
      paired?.add(trajectories[0], trajectories[1]);
    },
    dispose() {
      perSeries.forEach((acc) => acc.dispose());
    },
    finish() {
      const series = perSeries.map((acc) => acc.finish());
      const summary: SummaryDoc | undefined = wants.summary && manifest.kind !== 'compare'
        ? { manifest, citeAs: citeResearch(manifest), statistics: SUMMARY_METHODS, outcomes: outcomeList(manifest.outcomes), series }
        : undefined;
      return {
        ...(summary ? { summary } : {}),
        ...(paired ? { comparison: paired.finish() } : {}),
        ...(wants.svg ? { svg: renderFanChart(manifest, series) } : {}),
      };
    },
  };
}

/**
 * A design's reduction: its per-point summary, or for a sensitivity analysis (a design with outputs)
 * the indices of every output and their bar charts. Units must come point after point, all of them.
 */
function designReduction(manifest: ResearchManifest, wants: Wants): Reduction {
  const sensitivity = manifest.design!.outputs !== undefined;
  if (wants.svg && !sensitivity) throw new ResearchError('a design has no figure (--svg): plot its CSV or summary; sensitivity draws bar charts');
  const points = wants.summary && !sensitivity ? new DesignAccumulator(manifest) : undefined;
  const indices = sensitivity && (wants.summary || wants.svg) ? new SensitivityAccumulator(manifest) : undefined;
  return {
    add(trajectories) {
      points?.add(trajectories);
      indices?.add(trajectories);
    },
    dispose() {},
    finish() {
      const doc = indices?.finish();
      const summary = points?.finish() ?? doc;
      return { ...(summary && wants.summary ? { summary } : {}), ...(doc && wants.svg ? { svg: renderSensitivityChart(doc) } : {}) };
    },
  };
}
