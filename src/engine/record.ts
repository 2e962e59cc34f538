import { createHash } from 'node:crypto';
import type { Action, ActorId, Indices, RecordedEvent, Refusal } from '../model/index.js';
import type { MachineValue } from './minds.js';

/** What an actor did in a turn, and why. */
export type ActionRecord = Action & {
  readonly reason: string;
  readonly by: 'computer' | 'human';
  /** Set when a human order was illegal and the actor held instead. */
  readonly refused?: Refusal;
};

export interface TurnRecord {
  /** 1-based number of the turn. */
  readonly turn: number;
  /** Its quarter, e.g. "2019-Q1". */
  readonly date: string;
  /** Each actor's machine state after it observed the world. */
  readonly states: Readonly<Partial<Record<ActorId, MachineValue>>>;
  readonly actions: Readonly<Partial<Record<ActorId, ActionRecord>>>;
  /** What happened, each event's payload with its sentence (`text`). */
  readonly events: readonly RecordedEvent[];
  /** Indices at the end of the turn. */
  readonly indices: Indices;
}

export interface Manifest {
  readonly engine: { readonly name: 'multipolar'; readonly version: string };
  /** `sha256` is the resolved scenario's; `chain` lists its files, base first, each with its own sha256. */
  readonly scenario: { readonly id: string; readonly sha256: string; readonly chain: ReadonlyArray<{ readonly file: string; readonly sha256: string }> };
  readonly seed: number;
  readonly turns: number;
  /** One line to cite the run by (src/engine/cite.ts); outside `turns`, so the digest does not cover it. */
  readonly citeAs: string;
}

export interface RunRecord {
  readonly manifest: Manifest;
  readonly turns: readonly TurnRecord[];
  /** sha256 hex of the JSON of `turns`. */
  readonly digest: string;
}

/** Pure: the digest of a trajectory. */
export function digestOf(turns: readonly TurnRecord[]): string {
  return createHash('sha256').update(JSON.stringify(turns)).digest('hex');
}
