import { ENGINE_VERSION } from '../engine/index.js';
import type { WorldOutcome } from './outcomes.js';

/** One series of a research run: the scenario (an arm of a comparison, or one swept value). */
export interface SeriesManifest {
  /** "base" or "variant" for a comparison, the value for a sweep, the scenario id for a batch. */
  readonly label: string;
  /** `sha256` is the resolved scenario's; `chain` its files, base first, each with the sha256 of its bytes. */
  readonly scenario: { readonly id: string; readonly sha256: string; readonly chain: ReadonlyArray<{ readonly file: string; readonly sha256: string }> };
  /** The scenario's first quarter (dates of the turns). */
  readonly start: string;
  /** The swept parameter's value, for a sweep. */
  readonly value?: string | number | boolean;
}

/**
 * Everything that determines a research run's outputs, byte for byte: the engine, every series'
 * scenario hash, the seeds, the length, the columns, the outcomes and the statistics' settings.
 * Never the number of workers or shards, which change nothing.
 */
export interface ResearchManifest {
  readonly kind: 'batch' | 'compare' | 'sweep';
  readonly engine: { readonly name: 'multipolar'; readonly version: string };
  readonly series: readonly SeriesManifest[];
  readonly seeds: { readonly from: number; readonly count: number };
  readonly turns: number;
  /** The CSV's columns. */
  readonly columns: readonly string[];
  /** Outcomes read off the world; each is a 0/1 column at the end of the CSV. */
  readonly outcomes: readonly WorldOutcome[];
  /** A comparison's turns (1-based), bootstrap replicates and bootstrap seed. */
  readonly compare?: { readonly at: readonly number[]; readonly bootstrap: number; readonly bootstrapSeed: number };
  /** A sweep's parameter path. */
  readonly sweep?: { readonly param: string };
}

/** The engine stamp of every manifest. */
export const ENGINE = { name: 'multipolar', version: ENGINE_VERSION } as const;

/** Number of lead cells (the series column) before a row's seed: one for a comparison or a sweep. */
export function leadWidth(manifest: ResearchManifest): number {
  return manifest.kind === 'batch' ? 0 : 1;
}

/** Pure: a stable text of a manifest (keys in a fixed order, as built), for equality and for files. */
export function manifestText(manifest: ResearchManifest): string {
  return JSON.stringify(manifest);
}
