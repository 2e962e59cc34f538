import type { SweepValue } from '../sweep.js';
import type { OutputSpec } from '../sensitivity/output.js';
import type { Parameter } from './parameter.js';

/** How a design's points are made. */
export type DesignMethod = 'grid' | 'lhs' | 'from' | 'morris' | 'sobol';

/**
 * What determines a design's points and analysis, in its manifest. The points themselves are
 * regenerated from it (designPoints), except a --from file's, which it holds.
 */
export interface DesignManifest {
  readonly method: DesignMethod;
  /** The parameters, in column order (a --from file's have no range). */
  readonly parameters: readonly Parameter[];
  /** Number of points. */
  readonly points: number;
  /** grid: the levels of each parameter. */
  readonly levels?: ReadonlyArray<readonly number[]>;
  /** lhs: points; sobol: base samples N; morris: trajectories r. */
  readonly samples?: number;
  /** morris: levels of its grid. */
  readonly gridLevels?: number;
  /** lhs, sobol, morris: seed of the sampling. */
  readonly sampleSeed?: number;
  /** from: the points as the file gives them. */
  readonly values?: ReadonlyArray<readonly SweepValue[]>;
  /** Turns (1-based) the design's summary reports. */
  readonly at: readonly number[];
  /** sensitivity: the outputs analysed, and the bootstrap of their intervals. */
  readonly outputs?: readonly OutputSpec[];
  readonly bootstrap?: number;
  readonly bootstrapSeed?: number;
}
