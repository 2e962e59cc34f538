import { original, type Draft } from 'immer';
import { ACTOR_NAMES as NAME } from '../names.js';
import { COEFFICIENTS } from '../coefficients.js';
import { clamp } from '../math.js';
import { talksOdds, type Stances } from '../talks.js';
import type { ActorId, World } from '../types.js';
import type { Draw, Report } from './draw.js';
import { addTension } from './tension.js';

/**
 * One round of talks on a regime or proposal, with every actor that chose to negotiate it this turn.
 * Success repairs an existing regime (notices rescinded, suspensions lifted, integrity restored, an
 * expiring one extended) or advances a proposal, which is signed after its rounds are done.
 */
export function applyNegotiation(
  w: Draft<World>, treatyId: string, participants: readonly ActorId[], invited: readonly ActorId[], present: readonly ActorId[],
  stances: Stances, draw: Draw, report: Report,
): void {
  const c = COEFFICIENTS.negotiate;
  if (participants.includes('us') || participants.includes('nato')) w.natoCohesion = clamp(w.natoCohesion + c.cohesionGain);
  // Odds are judged on the world as the turn began, like every decision: what others do this same
  // turn cannot be known at the table.
  const odds = talksOdds(original(w)!, treatyId, participants, invited, present, stances);
  const treaty = w.treaties[treatyId];
  const table = [...new Set([...participants, ...invited])];
  const who = participants.map((a) => NAME[a]).join(', ');
  if (draw(`talks/${treatyId}`) >= odds) {
    report({ type: 'talks.failed', text: `Talks on ${treaty.name} (${who}) make no headway (odds ${Math.round(odds * 100)}%).` });
    return;
  }
  for (let i = 0; i < table.length; i++) for (let j = i + 1; j < table.length; j++) addTension(w, table[i], table[j], -c.trustGain);
  // A round that succeeds lifts the sanctions between those who chose to negotiate it (not the
  // parties who were only invited: a deal on the NPT does not end US sanctions on Russia).
  const between = (s: { by: ActorId; on: ActorId }) => participants.includes(s.by) && participants.includes(s.on);
  const lifted = w.sanctions.filter(between);
  if (lifted.length > 0) {
    w.sanctions = w.sanctions.filter((s) => !between(s));
    report({ type: 'sanction.lifted', text: `Sanctions lifted: ${lifted.map((s) => `${NAME[s.by]} on ${NAME[s.on]}`).join(', ')}.` });
  }
  if (treaty.exists) {
    treaty.integrity = clamp(treaty.integrity + c.integrityGain);
    for (const party of table) {
      const status = treaty.parties[party];
      if (status === 'suspended') treaty.parties[party] = 'inForce';
      if (treaty.withdrawalDue[party] !== undefined) delete treaty.withdrawalDue[party];
    }
    if (treaty.expiresTurn !== null && treaty.expiresTurn - w.turn < c.extensionTurns) treaty.expiresTurn = w.turn + c.extensionTurns;
    report({ type: 'talks.succeeded', text: `Talks on ${treaty.name} (${who}) succeed: compliance restored, integrity ${Math.round(treaty.integrity * 100)}.` });
    return;
  }
  treaty.progress += 1;
  if (treaty.progress < treaty.roundsToSign) {
    report({ type: 'talks.progress', text: `Talks on ${treaty.name} (${who}) advance: round ${treaty.progress} of ${treaty.roundsToSign}.` });
    return;
  }
  treaty.exists = true;
  treaty.signedTurn = w.turn;
  treaty.integrity = 1;
  for (const party of table) treaty.parties[party] = 'signed';
  report({ type: 'treaty.signed', text: `${treaty.name} is signed by ${table.map((a) => NAME[a]).join(', ')}.` });
}
