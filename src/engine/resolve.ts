import { Immer, enableArrayMethods, type Draft } from 'immer';
import { fade, keepCalendar, proliferationPressure } from '../model/effects/calendar.js';
import { keepDeclarations, trackCommitments } from '../model/effects/declarations.js';
import {
  RESOLUTION_ORDER, applyEffect, canonicalAction,
  type Action, type ActorId, type Order, type Rules, type ScenarioEvent, type Stances, type TurnEffects, type World, type WorldEvent,
} from '../model/index.js';
import type { TurnStreams } from './streams.js';

// Worlds are never mutated outside a recipe (a test checks it), so the deep freeze is skipped:
// it cost more than the rest of the resolution on the engine's hot path.
const immer = new Immer({ autoFreeze: false });
// Array reads on a draft (filter, some, includes: the effects do many) then visit the plain items
// instead of making a proxy per item. Callbacks here only read, so nothing they touch goes untracked.
enableArrayMethods();

/**
 * Pure: apply every actor's action to the world, type by type in the registry's resolution order
 * (withdrawals, sanctions, declarations, deployments, talks grouped by regime), each type's actions
 * in canonical actor order; then the calendar (notices, expiries, entry into force), pledges and
 * announcements, the scheduled events and injects, commitments, and third-country pressure.
 * The order never depends on a file's or an object's order. Every effect reads the world as the
 * turn began from `start`, never from the draft.
 */
export function resolveTurn(
  rules: Rules, world: World, actions: Readonly<Partial<Record<ActorId, Action>>>, present: readonly ActorId[],
  scheduled: readonly ScenarioEvent[], injects: readonly ScenarioEvent[], streams: TurnStreams, stances: Stances,
): { world: World; events: WorldEvent[] } {
  const events: WorldEvent[] = [];
  const turn: TurnEffects = { rules, start: world, present, stances, draw: (p) => streams.draw(p), report: (e) => events.push(e) };
  const next = immer.produce(world, (w) => {
    fade(w, turn);
    for (const m of RESOLUTION_ORDER) {
      const orders: Order[] = [];
      for (const actor of present) {
        const action = actions[actor];
        if (action?.type === m.type) orders.push({ actor, action });
      }
      if (orders.length > 0) m.resolve(w, turn, orders);
    }
    keepCalendar(w, turn);
    keepDeclarations(w, turn);
    for (const e of scheduled) {
      turn.report({ type: 'scenario', id: e.id });
      applyEffect(w, e.effect, turn.report);
    }
    for (const e of injects) {
      turn.report({ type: 'inject', id: e.id });
      applyEffect(w, e.effect, turn.report);
    }
    trackCommitments(w, turn);
    proliferationPressure(w, turn);
    // What each actor did, as the others will have seen it next turn.
    const last: Record<ActorId, Action> = {};
    for (const actor of present) {
      const action = actions[actor];
      if (action) last[actor] = canonicalAction(action);
    }
    w.lastActions = last as Draft<World>['lastActions'];
    w.turn += 1;
  });
  return { world: next, events };
}
