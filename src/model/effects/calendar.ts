import { original, type Draft } from 'immer';
import { COEFFICIENTS } from '../coefficients.js';
import { ACTORS, type ActorId, type World } from '../types.js';
import type { Draw, Report } from './draw.js';
import { completeWithdrawal, endTreaty } from './withdraw.js';

/**
 * Start of a turn's resolution (it must come first): last turn's shocks fade and tension relaxes
 * towards its baseline. The new table is built from the world before the turn and assigned whole,
 * which spares immer a draft per row.
 */
export function fade(w: Draft<World>): void {
  w.withdrawalShock *= COEFFICIENTS.shockDecay;
  w.crisis *= COEFFICIENTS.crisisDecay;
  w.armsRace *= COEFFICIENTS.armsRaceDecay;
  w.natoCohesion += (w.natoCohesionBaseline - w.natoCohesion) * COEFFICIENTS.cohesionRelaxation;
  w.euUnity += (w.euUnityBaseline - w.euUnity) * COEFFICIENTS.cohesionRelaxation;
  const { tension, tensionBaseline } = original(w)!;
  const next = {} as World['tension'];
  for (const a of ACTORS) {
    next[a] = { ...tension[a] };
    for (const b of ACTORS) next[a][b] = tension[a][b] + (tensionBaseline[a][b] - tension[a][b]) * COEFFICIENTS.tensionRelaxation;
  }
  w.tension = next;
}

/** After the actions: notices fall due, regimes lapse or enter into force. In treaty-id order. */
export function keepCalendar(w: Draft<World>, report: Report): void {
  // Only regimes with a date pending at the start of the turn can fall due now (a notice or a
  // signature made this turn falls due later), so only those are drafted.
  const before = original(w)!.treaties;
  for (const id of Object.keys(before).sort()) {
    const b = before[id];
    if (b.defunct || (b.expiresTurn === null && b.signedTurn === null && Object.keys(b.withdrawalDue).length === 0)) continue;
    const treaty = w.treaties[id];
    if (treaty.defunct) continue;
    for (const actor of ACTORS) {
      const due = treaty.withdrawalDue[actor];
      if (due !== undefined && due <= w.turn && !treaty.defunct) completeWithdrawal(w, treaty, actor, report);
    }
    if (treaty.defunct) continue;
    if (treaty.expiresTurn !== null && w.turn >= treaty.expiresTurn) {
      w.withdrawalShock += COEFFICIENTS.withdraw.shock;
      endTreaty(treaty, 'it lapsed without an extension', report);
      continue;
    }
    if (treaty.signedTurn !== null && w.turn >= treaty.signedTurn + COEFFICIENTS.negotiate.ratificationTurns) {
      treaty.signedTurn = null;
      for (const actor of Object.keys(treaty.parties) as ActorId[]) {
        if (treaty.parties[actor] !== 'signed') continue;
        treaty.parties[actor] = 'inForce';
        for (const system of treaty.bans) for (const region of treaty.banRegions) w.forces[actor][system][region] = 0;
      }
      w.exposedBreaches = w.exposedBreaches.filter((a) => treaty.parties[a] !== 'inForce');
      report({ type: 'treaty.inForce', text: `${treaty.name} enters into force; the parties eliminate the systems it bans.` });
    }
  }
}

/** Third countries' missile programmes: a seeded chance of a proliferation crisis (Egmont 106 §2.1). */
export function proliferationPressure(w: Draft<World>, draw: Draw, report: Report): void {
  if (draw('proliferation') < COEFFICIENTS.proliferationEventChance * w.proliferation) {
    w.crisis += COEFFICIENTS.proliferationCrisis;
    report({ type: 'proliferation.event', text: 'A third-country missile test raises alarm (Iran, North Korea or a non-state user).' });
  }
}
