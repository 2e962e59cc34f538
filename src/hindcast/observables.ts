import type { RunState, TurnRecord } from '../engine/index.js';
import { matches, quartersBetween, type ActionPattern, type IndexName, type PartyStatus, type RegionId, type SystemId, type World } from '../model/index.js';

/** An observable of the model, compiled for a scenario (quarters as 1-based turn numbers). */
export type Observable =
  | { readonly kind: 'treatyEnds'; readonly regime: string }
  | { readonly kind: 'party'; readonly regime: string; readonly actor: string; readonly becomes: PartyStatus }
  | { readonly kind: 'notice'; readonly regime: string; readonly actor: string }
  | { readonly kind: 'signed'; readonly regime: string }
  | { readonly kind: 'extended'; readonly regime: string }
  | { readonly kind: 'firstAction'; readonly actor: string; readonly action: ActionPattern; readonly after: number }
  | { readonly kind: 'pledge'; readonly actor: string; readonly event: 'made' | 'ended'; readonly system?: SystemId; readonly region?: RegionId }
  | { readonly kind: 'round'; readonly regime: string; readonly atLeast: number }
  | { readonly kind: 'index'; readonly name: IndexName; readonly between: readonly [number, number]; readonly at: number };

/**
 * Pure: whether an observable happens in the turn just played (`turn`, 1-based), given the world
 * after it, the turn's record and the world at the start of the run. Each is a change, so that the
 * first turn it happens in is the event's date in that run.
 */
export function happens(o: Observable, turn: number, world: World, record: TurnRecord, start: World): boolean {
  const treaty = (id: string) => (Object.hasOwn(world.treaties, id) ? world.treaties[id] : undefined);
  switch (o.kind) {
    case 'treatyEnds':
      return treaty(o.regime)?.defunct === true;
    case 'party': {
      const t = treaty(o.regime);
      return t !== undefined && Object.hasOwn(t.parties, o.actor) && t.parties[o.actor] === o.becomes;
    }
    case 'notice':
      return record.events.some((e) => e.type === 'treaty.notice' && e.actor === o.actor && e.treaty === o.regime);
    case 'signed':
      return treaty(o.regime)?.exists === true && start.treaties[o.regime]?.exists !== true;
    case 'extended': {
      const t = treaty(o.regime);
      const was = start.treaties[o.regime]?.expiresTurn ?? null;
      return t !== undefined && !t.defunct && was !== null && t.expiresTurn !== null && t.expiresTurn > was;
    }
    case 'firstAction': {
      const a = record.actions[o.actor];
      return turn >= o.after && a !== undefined && matches(o.action, a);
    }
    case 'pledge':
      return record.events.some((e) => e.type === (o.event === 'made' ? 'pledge.made' : 'pledge.ended') && e.actor === o.actor
        && (o.system === undefined || e.system === o.system) && (o.region === undefined || e.region === o.region));
    case 'round': {
      const t = treaty(o.regime);
      return t !== undefined && (t.exists || t.progress >= o.atLeast);
    }
    case 'index': {
      const v = record.indices[o.name];
      return turn === o.at && v >= o.between[0] && v <= o.between[1];
    }
  }
}

/** The 1-based turn of a quarter in a scenario starting at `start`. */
export const turnOf = (start: string, quarter: string) => quartersBetween(start, quarter) + 1;

/** Pure: the observables' flags after a turn: 1 once each has happened in the run so far. */
export function observe(observables: readonly Observable[], state: RunState, previous: Uint8Array | undefined): Uint8Array {
  const turn = state.turns.length;
  const record = state.turns[turn - 1];
  return Uint8Array.from(observables, (o, i) => (previous?.[i] === 1 || happens(o, turn, state.world, record, state.scenario.world) ? 1 : 0));
}
