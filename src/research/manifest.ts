import { ENGINE_VERSION } from '../engine/index.js';
import type { DesignManifest } from './design/designManifest.js';
import type { WorldOutcome } from './outcomes.js';
import type { SeedRange } from './pool.js';

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
  readonly kind: 'batch' | 'compare' | 'sweep' | 'design';
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
  /** A design's (or a sensitivity analysis's) parameters, points and settings; its series are the arms each point plays. */
  readonly design?: DesignManifest;
}

/** The engine stamp of every manifest. */
export const ENGINE = { name: 'multipolar', version: ENGINE_VERSION } as const;

/**
 * The units of work a run is cut into, for threads and shards: for a batch, a comparison or a sweep,
 * its seeds (each seed plays every series); for a design, every (point, seed) pair, point after point
 * (unit u plays point floor(u / runs) on the (u mod runs)-th seed).
 */
export function unitsOf(manifest: ResearchManifest): SeedRange {
  return manifest.design ? { from: 0, count: manifest.design.points * manifest.seeds.count } : manifest.seeds;
}

/** Pure: a stable text of a manifest (keys in a fixed order, as built), for equality and for files. */
export function manifestText(manifest: ResearchManifest): string {
  return JSON.stringify(manifest);
}
