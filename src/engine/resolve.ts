import { Immer } from 'immer';
import { applyDeploy } from '../model/effects/deploy.js';
import { fade, keepCalendar, proliferationPressure } from '../model/effects/calendar.js';
import { applyNegotiation } from '../model/effects/negotiate.js';
import type { Stances } from '../model/talks.js';
import { applySanction } from '../model/effects/sanction.js';
import { applyWithdraw } from '../model/effects/withdraw.js';
import { applyEffect, type Action, type ActorId, type ScenarioEvent, type World, type WorldEvent } from '../model/index.js';
import type { TurnStreams } from './streams.js';

// Worlds are never mutated outside a recipe (a test checks it), so the deep freeze is skipped:
// it cost more than the rest of the resolution on the engine's hot path.
const immer = new Immer({ autoFreeze: false });

/**
 * Pure: apply every actor's action to the world in the canonical order (withdrawals, sanctions,
 * deployments, then talks grouped by regime), then the calendar, the scheduled events and injects,
 * and third-country pressure. The order never depends on a file's or an object's order.
 */
export function resolveTurn(
  world: World, actions: Readonly<Partial<Record<ActorId, Action>>>, present: readonly ActorId[],
  scheduled: readonly ScenarioEvent[], injects: readonly ScenarioEvent[], streams: TurnStreams, stances: Stances,
): { world: World; events: WorldEvent[] } {
  const events: WorldEvent[] = [];
  const report = (e: WorldEvent) => events.push(e);
  const next = immer.produce(world, (w) => {
    fade(w);
    for (const actor of present) {
      const a = actions[actor];
      if (a?.type === 'withdraw') applyWithdraw(w, actor, a.treaty, a.mode, present, report);
    }
    for (const actor of present) {
      const a = actions[actor];
      if (a?.type === 'sanction') applySanction(w, actor, a.target, report);
    }
    for (const actor of present) {
      const a = actions[actor];
      if (a?.type === 'deploy') applyDeploy(w, actor, a.system, a.region, present, (p) => streams.draw(`${p}/${actor}`), report);
    }
    const talks = new Map<string, { participants: ActorId[]; invited: Set<ActorId> }>();
    for (const actor of present) {
      const a = actions[actor];
      if (a?.type !== 'negotiate') continue;
      const table = talks.get(a.treaty) ?? { participants: [], invited: new Set<ActorId>() };
      table.participants.push(actor);
      for (const p of a.partners) table.invited.add(p);
      talks.set(a.treaty, table);
    }
    for (const treaty of [...talks.keys()].sort()) {
      const { participants, invited } = talks.get(treaty)!;
      const partners = present.filter((p) => invited.has(p) && !participants.includes(p));
      applyNegotiation(w, treaty, participants, partners, present, stances, (p) => streams.draw(p), report);
    }
    keepCalendar(w, report);
    for (const e of [...scheduled, ...injects]) {
      applyEffect(w, e.effect);
      report({ type: injects.includes(e) ? 'inject' : 'scenario', text: `${e.title}: ${e.text}` });
    }
    proliferationPressure(w, (p) => streams.draw(p), report);
    w.turn += 1;
  });
  return { world: next, events };
}
