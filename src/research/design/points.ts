import { ResearchError } from '../errors.js';
import { morrisDesign } from '../sensitivity/morris.js';
import { saltelliDesign } from '../sensitivity/saltelli.js';
import type { SweepValue } from '../sweep.js';
import type { DesignManifest } from './designManifest.js';
import { latinHypercube } from './lhs.js';
import { scaleUnit, type RangedParameter } from './parameter.js';

/** A design's points: each point's parameter values, and for a sampled design its place in the unit cube. */
export interface DesignPoints {
  readonly values: ReadonlyArray<readonly SweepValue[]>;
  /** lhs, morris, sobol: each point in [0, 1]^k, before scaling to the ranges. */
  readonly unit?: readonly Float64Array[];
}

/**
 * Pure: the points of a design, from its manifest alone: a full factorial of the levels (the last
 * parameter varying fastest), a Latin hypercube, Morris's trajectories, Saltelli's design, or the
 * points of a --from file as given. The same manifest gives the same points in any process.
 */
export function designPoints(design: DesignManifest): DesignPoints {
  const params = design.parameters as RangedParameter[];
  const k = params.length;
  const scaled = (unit: Float64Array[]): DesignPoints => ({ unit, values: unit.map((u) => params.map((p, i) => scaleUnit(u[i], p))) });
  switch (design.method) {
    case 'grid':
      return { values: factorial(design.levels!) };
    case 'from':
      return { values: design.values! };
    case 'lhs':
      return scaled(latinHypercube(design.samples!, k, design.sampleSeed!));
    case 'morris':
      return scaled(morrisDesign(design.samples!, k, design.gridLevels!, design.sampleSeed!));
    case 'sobol':
      return scaled(saltelliDesign(design.samples!, k, design.sampleSeed!));
  }
}

/** Every combination of the levels, the last list varying fastest. */
function factorial(levels: ReadonlyArray<readonly number[]>): number[][] {
  return levels.reduce<number[][]>((points, values) => points.flatMap((p) => values.map((v) => [...p, v])), [[]]);
}

/** The number of points of a design before making them, to refuse a design too large to play. */
export function pointCount(design: Omit<DesignManifest, 'points'>): number {
  const k = design.parameters.length;
  switch (design.method) {
    case 'grid':
      return design.levels!.reduce((n, l) => n * l.length, 1);
    case 'from':
      return design.values!.length;
    case 'lhs':
      return design.samples!;
    case 'morris':
      return design.samples! * (k + 1);
    case 'sobol':
      return design.samples! * (k + 2);
  }
}

/** Refuse a design of more points than a run should hold (a mistyped --grid or -N). */
export function checkPointCount(points: number, runs: number): void {
  if (points > 1_000_000) throw new ResearchError(`the design has ${points} points; at most 1,000,000`);
  if (points * runs > 100_000_000) throw new ResearchError(`the design has ${points} points of ${runs} runs each (${points * runs} runs); at most 100,000,000`);
}
