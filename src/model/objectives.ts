import { treatyHealth } from './indices.js';
import { scoreIndices } from './indices.js';
import type { Rules } from './rules/index.js';
import { REGIONS, type ActorId, type RegionId, type SystemId, type World } from './types.js';

/**
 * A team's objectives: conditions on the world, each met or not at the end of a turn. The
 * vocabulary is small on purpose, so that a class can read every objective as a sentence and a
 * scenario can only state what the model measures:
 * - `regime`: a regime stands (it exists and has not ended), or does not (`stands: false`);
 * - `health`: a regime's health, 0..100 (its parties' standing times its integrity, as in the erosion index);
 * - `index`: one of the indices (escalation, treaty erosion, NATO cohesion, arms race) or EU unity, 0..100;
 * - `tension`: the tension between two actors, 0..100;
 * - `forces`: the units of a system that some actors hold, in a region or everywhere.
 * Numbers have a bound, at most or at least (both inclusive).
 */
export type ObjectiveCondition =
  | { readonly kind: 'regime'; readonly regime: string; readonly stands: boolean }
  | { readonly kind: 'health'; readonly regime: string; readonly bound: Bound }
  | { readonly kind: 'index'; readonly index: MeasuredIndex; readonly bound: Bound }
  | { readonly kind: 'tension'; readonly between: readonly [ActorId, ActorId]; readonly bound: Bound }
  | { readonly kind: 'forces'; readonly of: readonly ActorId[]; readonly system: SystemId; readonly region: RegionId | null; readonly bound: Bound };

/** A bound on a measure: `atMost` or `atLeast` the value, both inclusive. */
export interface Bound {
  readonly side: 'atMost' | 'atLeast';
  readonly value: number;
}

/** What an `index` objective can read: the four indices, and EU unity (Egmont 106 §3.3: the EU needs a united front). */
export const MEASURED_INDICES = ['escalation', 'treatyErosion', 'natoCohesion', 'armsRace', 'euUnity'] as const;
export type MeasuredIndex = (typeof MEASURED_INDICES)[number];

/** One objective of an actor: what it wants, in words and as a condition, and why (its source). */
export interface Objective {
  readonly id: string;
  /** The objective in words, as the team reads it. */
  readonly text: string;
  readonly condition: ObjectiveCondition;
  /** Where the interest comes from (a section of the paper); the bound's own provenance is in the file. */
  readonly source: string;
}

/** Each actor's objectives, in the order the scenario lists them. */
export type Objectives = Readonly<Partial<Record<ActorId, readonly Objective[]>>>;

/** Which of each actor's objectives are met, in the order of its objectives. */
export type ObjectivesMet = Readonly<Partial<Record<ActorId, readonly boolean[]>>>;

/**
 * Pure: the value a condition reads in `world`: true or false for a regime, else a number on the
 * condition's scale (0..100, or units). Reads the world only; no draw, no record.
 */
export function measure(rules: Rules, world: World, present: readonly ActorId[], condition: ObjectiveCondition): number | boolean {
  switch (condition.kind) {
    case 'regime': {
      const t = world.treaties[condition.regime];
      return t.exists && !t.defunct;
    }
    case 'health':
      return 100 * treatyHealth(rules, world.treaties[condition.regime]);
    case 'index':
      return condition.index === 'euUnity' ? 100 * world.euUnity : scoreIndices(rules, world, present)[condition.index];
    case 'tension':
      return 100 * world.tension[condition.between[0]][condition.between[1]];
    case 'forces': {
      const regions: readonly RegionId[] = condition.region ? [condition.region] : REGIONS;
      let units = 0;
      for (const actor of condition.of) for (const region of regions) units += world.forces[actor][condition.system][region];
      return units;
    }
  }
}

/** Pure: whether a measured value meets a condition. */
export function meets(condition: ObjectiveCondition, value: number | boolean): boolean {
  if (condition.kind === 'regime') return value === condition.stands;
  // Indices are rounded to four places, so compare at that precision too.
  const x = Math.round(Number(value) * 1e4) / 1e4;
  return condition.bound.side === 'atMost' ? x <= condition.bound.value : x >= condition.bound.value;
}

/** Pure: whether an objective is met in `world`. */
export function isMet(rules: Rules, world: World, present: readonly ActorId[], objective: Objective): boolean {
  return meets(objective.condition, measure(rules, world, present, objective.condition));
}

/** Pure: which objectives each present actor meets in `world`. */
export function objectivesMet(rules: Rules, world: World, present: readonly ActorId[], objectives: Objectives): ObjectivesMet {
  const out: Partial<Record<ActorId, boolean[]>> = {};
  for (const actor of present) {
    const own = objectives[actor];
    if (own) out[actor] = own.map((o) => isMet(rules, world, present, o));
  }
  return out;
}
