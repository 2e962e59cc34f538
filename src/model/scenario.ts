import type { Posture } from './mind.js';
import type { Rules } from './rules/index.js';
import type { Doctrine } from './doctrine.js';
import type { Effect } from './effects/scenarioEffect.js';
import type { Objectives } from './objectives.js';
import type { ActorId, World } from './types.js';

/** An event a scenario schedules, or a facilitator can fire. */
export interface ScenarioEvent {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly effect: Effect;
}

/** A validated scenario, ready for the engine: the starting world, the players and their doctrines, the calendar. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly question: string;
  /** First quarter, e.g. "2019-Q1". */
  readonly start: string;
  /** Default number of turns. */
  readonly turns: number;
  readonly actors: Readonly<Partial<Record<ActorId, { readonly doctrine: Doctrine; readonly posture?: Posture }>>>;
  /** The rules of the game: the code's defaults with the scenario's `rules:` overrides. */
  readonly rules: Rules;
  readonly world: World;
  /** Scheduled events by turn index. */
  readonly events: ReadonlyArray<ScenarioEvent & { readonly turn: number }>;
  /** Events a facilitator may fire during play. */
  readonly injects: readonly ScenarioEvent[];
  /** sha256 of the resolved scenario: its document after `extends` and overrides, as canonical JSON (src/scenario/load.ts). */
  readonly sha256: string;
  /** The files of its `extends` chain, base first, each with the sha256 of its bytes (set by the loader). */
  readonly chain?: ReadonlyArray<{ readonly file: string; readonly sha256: string }>;
  /** Each actor's objectives, which give its team score (none when the scenario states none). */
  readonly objectives?: Objectives;
}
