import { produce } from 'immer';
import type { Effect } from './effects/scenarioEffect.js';
import { applyEffect } from './effects/scenarioEffect.js';
import { INDEX_NAMES, scoreIndices, type Indices } from './indices.js';
import { objectivesMet, type Objectives } from './objectives.js';
import type { Rules } from './rules/index.js';
import type { ActorId, World } from './types.js';

/** An objective an event would turn, met or lost. */
export interface ObjectiveTurn {
  readonly actor: ActorId;
  readonly id: string;
  readonly text: string;
  readonly met: boolean;
}

/** What an event would do to the world as it stands. */
export interface Preview {
  /** Each index before and after (only those that move by 0.05 or more). */
  readonly indices: ReadonlyArray<{ readonly name: (typeof INDEX_NAMES)[number]; readonly before: number; readonly after: number }>;
  /** Objectives it would turn, in actor then objective order. */
  readonly objectives: readonly ObjectiveTurn[];
}

/**
 * Pure: the event's effect applied to `world` alone, as if it struck now: how the indices and
 * the teams' objectives would move. In play an inject applies after the turn's actions, so this is
 * its own share of the change, not a forecast of the turn.
 */
export function previewEffect(rules: Rules, world: World, present: readonly ActorId[], effect: Effect, objectives: Objectives = {}): Preview {
  const after = produce(world, (w) => applyEffect(w, effect));
  const a: Indices = scoreIndices(rules, world, present);
  const b: Indices = scoreIndices(rules, after, present);
  const indices = INDEX_NAMES.filter((n) => Math.abs(b[n] - a[n]) >= 0.05).map((name) => ({ name, before: a[name], after: b[name] }));
  const metBefore = objectivesMet(rules, world, present, objectives);
  const metAfter = objectivesMet(rules, after, present, objectives);
  const turned: ObjectiveTurn[] = [];
  for (const actor of present) {
    (objectives[actor] ?? []).forEach((o, i) => {
      const now = metAfter[actor]![i];
      if (now !== metBefore[actor]![i]) turned.push({ actor, id: o.id, text: o.text, met: now });
    });
  }
  return { indices, objectives: turned };
}
