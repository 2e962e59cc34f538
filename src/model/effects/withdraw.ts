import type { Draft } from 'immer';
import { ACTOR_NAMES as NAME } from '../names.js';
import { COEFFICIENTS } from '../coefficients.js';
import { clamp } from '../math.js';
import type { ActorId, Treaty, World } from '../types.js';
import type { Report } from './draw.js';
import { addTension } from './tension.js';

/** Ends a regime for everyone (an essential party left, or it lapsed). */
export function endTreaty(treaty: Draft<Treaty>, why: string, report: Report): void {
  treaty.defunct = true;
  treaty.integrity = 0;
  for (const party of Object.keys(treaty.parties) as ActorId[]) treaty.parties[party] = 'withdrawn';
  treaty.withdrawalDue = {};
  report({ type: 'treaty.ended', text: `${treaty.name} is dead: ${why}.` });
}

/** A party's withdrawal takes effect; the regime ends if that party was essential to it. */
export function completeWithdrawal(w: Draft<World>, treaty: Draft<Treaty>, actor: ActorId, report: Report): void {
  treaty.parties[actor] = 'withdrawn';
  delete treaty.withdrawalDue[actor];
  w.withdrawalShock += COEFFICIENTS.withdraw.shock;
  report({ type: 'treaty.withdrawn', actor, text: `${NAME[actor]}'s withdrawal from ${treaty.name} takes effect.` });
  if (treaty.essential.includes(actor)) endTreaty(treaty, `${NAME[actor]} has left`, report);
}

/**
 * A suspension or a withdrawal. A withdrawal from a regime with a notice period suspends compliance
 * at once and takes effect `noticeTurns` later (INF Art. XV: six months, Egmont 106 Introduction).
 */
export function applyWithdraw(w: Draft<World>, actor: ActorId, treatyId: string, mode: 'suspend' | 'withdraw', present: readonly ActorId[], report: Report): void {
  const c = COEFFICIENTS.withdraw;
  const treaty = w.treaties[treatyId];
  for (const other of Object.keys(treaty.parties) as ActorId[]) if (present.includes(other)) addTension(w, actor, other, c.tension);
  if (actor === 'us') w.natoCohesion = clamp(w.natoCohesion - c.allyCohesionCost);
  if (mode === 'suspend' || treaty.noticeTurns > 0) {
    treaty.parties[actor] = 'suspended';
    treaty.integrity = clamp(treaty.integrity - c.suspendIntegrityLoss);
    w.withdrawalShock += c.suspendShock;
  }
  if (mode === 'suspend') {
    report({ type: 'treaty.suspended', actor, text: `${NAME[actor]} suspends its compliance with ${treaty.name}.` });
  } else if (treaty.noticeTurns > 0) {
    treaty.withdrawalDue[actor] = w.turn + treaty.noticeTurns;
    report({ type: 'treaty.notice', actor, text: `${NAME[actor]} gives notice of withdrawal from ${treaty.name}; it takes effect in ${treaty.noticeTurns} turns.` });
  } else {
    completeWithdrawal(w, treaty, actor, report);
  }
}
