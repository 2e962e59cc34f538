import type { Draft } from 'immer';
import type { Rules } from '../rules/index.js';
import type { ActorId, Treaty, World } from '../types.js';
import type { Report } from './draw.js';

/** Ends a regime for everyone: an essential party left, or it lapsed. */
export function endTreaty(treaty: Draft<Treaty>, report: Report, leaver?: ActorId): void {
  treaty.defunct = true;
  treaty.integrity = 0;
  for (const party of Object.keys(treaty.parties)) treaty.parties[party] = 'withdrawn';
  treaty.withdrawalDue = {};
  report(leaver === undefined ? { type: 'treaty.ended', treaty: treaty.id, cause: 'lapsed' } : { type: 'treaty.ended', treaty: treaty.id, cause: 'left', actor: leaver });
}

/** A party's withdrawal takes effect; the regime ends if that party was essential to it. */
export function completeWithdrawal(w: Draft<World>, rules: Rules, treaty: Draft<Treaty>, actor: ActorId, report: Report): void {
  treaty.parties[actor] = 'withdrawn';
  treaty.lapsedAt[actor] = w.turn;
  delete treaty.withdrawalDue[actor];
  w.withdrawalShock += rules.withdraw.shock;
  report({ type: 'treaty.withdrawn', actor, treaty: treaty.id });
  // A regime ends when its core is gone (an essential party of a bilateral treaty), or when no party is left: not at the first exit.
  const left = Object.values(treaty.parties).every((s) => s === 'withdrawn');
  if (treaty.essential.includes(actor) || left) endTreaty(treaty, report, actor);
}
