import type { Objectives, ObjectivesMet } from './objectives.js';
import type { ActorId } from './types.js';

/** An actor's score over the turns played, and what makes it up. */
export interface TeamScore {
  readonly actor: ActorId;
  /** 0..100, one decimal: the share of its objectives met, averaged over the turns played; null before the first turn. */
  readonly score: number | null;
  /** Objectives met at the end of the last turn (at the start, before any). */
  readonly metNow: number;
  readonly objectives: number;
  /** For each objective, the number of turns at whose end it was met. */
  readonly turnsMet: readonly number[];
  readonly turns: number;
}

/**
 * Pure: each present actor's team score. `after` holds, for every turn played, which objectives
 * were met at its end; `start` the same before the first turn. The score is
 * `100 * (1/T) * sum over turns t of (objectives met at the end of t / objectives)`, so every
 * objective weighs the same, a turn counts as much as any other, and games of any length compare.
 * Actors without objectives are left out.
 */
export function teamScores(objectives: Objectives, present: readonly ActorId[], start: ObjectivesMet, after: readonly ObjectivesMet[]): TeamScore[] {
  const out: TeamScore[] = [];
  for (const actor of present) {
    const n = objectives[actor]?.length ?? 0;
    if (n === 0) continue;
    const turnsMet = Array.from({ length: n }, (_, i) => after.filter((m) => m[actor]?.[i]).length);
    const total = turnsMet.reduce((a, b) => a + b, 0);
    const now = (after.at(-1) ?? start)[actor] ?? [];
    out.push({
      actor,
      score: after.length === 0 ? null : Math.round((1000 * total) / (n * after.length)) / 10,
      metNow: now.filter(Boolean).length,
      objectives: n,
      turnsMet,
      turns: after.length,
    });
  }
  return out;
}

/** A team's place in the ranking: 1 for the best score; equal scores share a place. */
export interface Ranked extends TeamScore {
  readonly rank: number;
}

/** Pure: the scores best first (equal scores in canonical actor order), each with its place. */
export function rankTeams(scores: readonly TeamScore[]): Ranked[] {
  const sorted = [...scores].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  return sorted.map((s) => ({ ...s, rank: 1 + sorted.filter((o) => (o.score ?? -1) > (s.score ?? -1)).length }));
}
