import type { Draft } from 'immer';
import type { TurnEffects } from '../actions/module.js';
import type { World } from '../types.js';
import { treatyHealth } from '../indices.js';
import type { Rules } from '../rules/index.js';
import type { TreatyRole } from '../types.js';
import { completeWithdrawal, endTreaty } from './treatyExit.js';
import { sortedIds } from '../ids.js';

/** Pure: the mean health (statuses times integrity, 0..1) of the regimes with a role, or 0 when none has it. */
export function roleHealth(rules: Rules, world: World, role: TreatyRole): number {
  let sum = 0;
  let n = 0;
  for (const id of sortedIds(world.treaties)) {
    const t = world.treaties[id];
    if (!t.exists || !t.roles.includes(role)) continue;
    sum += treatyHealth(rules, t);
    n++;
  }
  return n === 0 ? 0 : sum / n;
}

/**
 * Start of a turn's resolution (it must come first): last turn's shocks fade and tension relaxes
 * towards its baseline. The new table is built from the world as the turn began and assigned whole,
 * which spares immer a draft per row.
 */
export function fade(w: Draft<World>, { rules, start }: Pick<TurnEffects, 'rules' | 'start'>): void {
  // Confidence-building regimes (the OSCE dialogue, Open Skies) speed the easing of tension (Egmont 106 §3.3).
  const relax = rules.tensionRelaxation * (1 + rules.regimes.confidenceRelaxation * roleHealth(rules, start, 'confidence'));
  w.withdrawalShock *= rules.shockDecay;
  w.crisis *= rules.crisisDecay;
  w.armsRace *= rules.armsRaceDecay;
  w.natoCohesion += (w.natoCohesionBaseline - w.natoCohesion) * rules.cohesionRelaxation;
  w.euUnity += (w.euUnityBaseline - w.euUnity) * rules.cohesionRelaxation;
  const { tension, tensionBaseline } = start;
  const next = {} as World['tension'];
  for (const a of rules.actorIds) {
    next[a] = { ...tension[a] };
    for (const b of rules.actorIds) next[a][b] = tension[a][b] + (tensionBaseline[a][b] - tension[a][b]) * relax;
  }
  w.tension = next;
}

/** After the actions: notices fall due, regimes lapse or enter into force. In treaty-id order. */
export function keepCalendar(w: Draft<World>, { rules, start, report }: Pick<TurnEffects, 'rules' | 'start' | 'report'>): void {
  // Only regimes with a date pending at the start of the turn can fall due now (a notice or a
  // signature made this turn falls due later), so only those are drafted.
  for (const id of sortedIds(start.treaties)) {
    const b = start.treaties[id];
    if (b.defunct || (b.expiresTurn === null && b.signedTurn === null && Object.keys(b.withdrawalDue).length === 0)) continue;
    const treaty = w.treaties[id];
    if (treaty.defunct) continue;
    for (const actor of rules.actorIds) {
      const due = treaty.withdrawalDue[actor];
      if (due !== undefined && due <= w.turn && !treaty.defunct) completeWithdrawal(w, rules, treaty, actor, report);
    }
    if (treaty.defunct) continue;
    if (treaty.expiresTurn !== null && w.turn >= treaty.expiresTurn) {
      w.withdrawalShock += rules.withdraw.shock;
      endTreaty(treaty, report);
      continue;
    }
    if (treaty.signedTurn !== null && w.turn >= treaty.signedTurn + rules.negotiate.ratificationTurns) {
      treaty.signedTurn = null;
      for (const actor of Object.keys(treaty.parties)) {
        if (treaty.parties[actor] !== 'signed') continue;
        treaty.parties[actor] = 'inForce';
        for (const system of treaty.bans) for (const region of treaty.banRegions) w.forces[actor][system][region] = 0;
      }
      w.exposedBreaches = w.exposedBreaches.filter((a) => treaty.parties[a] !== 'inForce');
      report({ type: 'treaty.inForce', treaty: id });
    }
  }
}

/** Third countries' missile programmes: a seeded chance of a proliferation crisis (Egmont 106 §2.1). */
export function proliferationPressure(w: Draft<World>, { rules, start, draw, report }: Pick<TurnEffects, 'rules' | 'start' | 'draw' | 'report'>): void {
  // Healthy export controls and codes of conduct curb third countries' programmes (Egmont 106 §2.2).
  const damping = 1 - rules.regimes.proliferationDamping * roleHealth(rules, start, 'nonproliferation');
  if (draw('proliferation') < rules.proliferationEventChance * w.proliferation * damping) {
    w.crisis += rules.proliferationCrisis;
    report({ type: 'proliferation.event' });
  }
}
