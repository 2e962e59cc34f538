import { designPoints } from './design/points.js';
import type { ResearchManifest } from './manifest.js';

/** Where each unit's rows sit in a research CSV: its seed, its point, and the cells its rows start with. */
export interface UnitLayout {
  /** Number of lead cells before a row's seed. */
  readonly lead: number;
  seedOf(unit: number): number;
  /** A design's point of a unit, else undefined. */
  pointOf(unit: number): number | undefined;
  /** The lead cells of a unit's rows in a series (an arm, a swept value, a design's point and values). */
  leadOf(unit: number, series: number): readonly string[];
}

/**
 * Pure: the layout of a manifest's rows. A batch's rows start with the seed; a comparison's with the
 * arm; a sweep's with the value; a design's with the point's number, each parameter's value and,
 * when it plays a variant too, the arm.
 */
export function unitLayout(manifest: ResearchManifest): UnitLayout {
  const { design, series, kind } = manifest;
  if (!design) {
    const labels = series.map((s) => [s.value !== undefined ? String(s.value) : s.label]);
    return { lead: kind === 'batch' ? 0 : 1, seedOf: (u) => u, pointOf: () => undefined, leadOf: (_u, k) => (kind === 'batch' ? [] : labels[k]) };
  }
  const runs = manifest.seeds.count;
  const values = designPoints(design).values.map((v) => v.map(String));
  const arms = series.length > 1;
  return {
    lead: 1 + design.parameters.length + (arms ? 1 : 0),
    seedOf: (u) => manifest.seeds.from + (u % runs),
    pointOf: (u) => Math.floor(u / runs),
    leadOf: (u, k) => {
      const p = Math.floor(u / runs);
      return arms ? [String(p), ...values[p], series[k].label] : [String(p), ...values[p]];
    },
  };
}
