import type { Draft } from 'immer';
import type { TurnEffects } from '../actions/module.js';
import type { World } from '../types.js';
import { completeWithdrawal, endTreaty } from './treatyExit.js';

/**
 * Start of a turn's resolution (it must come first): last turn's shocks fade and tension relaxes
 * towards its baseline. The new table is built from the world as the turn began and assigned whole,
 * which spares immer a draft per row.
 */
export function fade(w: Draft<World>, { rules, start }: Pick<TurnEffects, 'rules' | 'start'>): void {
  w.withdrawalShock *= rules.shockDecay;
  w.crisis *= rules.crisisDecay;
  w.armsRace *= rules.armsRaceDecay;
  w.natoCohesion += (w.natoCohesionBaseline - w.natoCohesion) * rules.cohesionRelaxation;
  w.euUnity += (w.euUnityBaseline - w.euUnity) * rules.cohesionRelaxation;
  const { tension, tensionBaseline } = start;
  const next = {} as World['tension'];
  for (const a of rules.actorIds) {
    next[a] = { ...tension[a] };
    for (const b of rules.actorIds) next[a][b] = tension[a][b] + (tensionBaseline[a][b] - tension[a][b]) * rules.tensionRelaxation;
  }
  w.tension = next;
}

/** After the actions: notices fall due, regimes lapse or enter into force. In treaty-id order. */
export function keepCalendar(w: Draft<World>, { rules, start, report }: Pick<TurnEffects, 'rules' | 'start' | 'report'>): void {
  // Only regimes with a date pending at the start of the turn can fall due now (a notice or a
  // signature made this turn falls due later), so only those are drafted.
  for (const id of Object.keys(start.treaties).sort()) {
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
export function proliferationPressure(w: Draft<World>, { rules, draw, report }: Pick<TurnEffects, 'rules' | 'draw' | 'report'>): void {
  if (draw('proliferation') < rules.proliferationEventChance * w.proliferation) {
    w.crisis += rules.proliferationCrisis;
    report({ type: 'proliferation.event' });
  }
}
