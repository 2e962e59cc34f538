import { z } from 'zod';
import { clamp } from '../math.js';
import { completeWithdrawal } from '../effects/treatyExit.js';
import { addTension } from '../effects/tension.js';
import { areRivals, type Rules } from '../rules/index.js';
import type { ActorId, Treaty, WithdrawAction, World } from '../types.js';
import { refuse, type ActionModule } from './module.js';
import { sortedIds } from '../ids.js';

/** Pure: the rival parties that suspended or left `treaty` within `utility.reciprocityTurns`, or have given notice to leave it. */
export function rivalsLeaving(rules: Rules, world: World, treaty: Treaty, actor: ActorId): ActorId[] {
  const recent = (r: ActorId) => {
    const at = treaty.lapsedAt[r];
    return at !== undefined && world.turn - at <= rules.utility.reciprocityTurns;
  };
  return Object.keys(treaty.parties).filter((r) => r !== actor && areRivals(rules, actor, r) && (treaty.withdrawalDue[r] !== undefined || recent(r))).sort();
}

/**
 * Suspend or leave a regime, as its text and its parties' practice allow. A withdrawal from a regime
 * with a notice period takes effect `noticeTurns` later (INF Art. XV and Open Skies Art. XV: six
 * months; New START Art. XIV and NPT Art. X: three months); obligations hold until then. Only a
 * regime that allows it can be suspended (never the NPT).
 */
export const withdraw: ActionModule<WithdrawAction> = {
  type: 'withdraw',
  title: 'suspend or leave a regime',
  params: [
    { key: 'treaty', title: () => 'Suspend or leave which regime?', choice: ({ world }, _actor, value) => ({ label: world.treaties[value].name, hint: '' }) },
    {
      key: 'mode',
      title: ({ world }, picked) => `${world.treaties[picked.treaty].name}: suspend or withdraw?`,
      choice: ({ world }, _actor, value, options) => {
        const notice = world.treaties[(options[0]?.action as WithdrawAction).treaty].noticeTurns;
        return { label: value === 'suspend' ? 'suspend compliance' : 'withdraw', hint: value === 'withdraw' && notice > 0 ? `takes effect after ${notice} turns' notice` : '' };
      },
    },
  ],
  schema: z.strictObject({ type: z.literal('withdraw'), treaty: z.string(), mode: z.enum(['suspend', 'withdraw']) }),
  phase: 10,

  enumerate({ world }, actor) {
    const actions: WithdrawAction[] = [];
    for (const treaty of sortedIds(world.treaties)) {
      if (world.treaties[treaty].parties[actor] === undefined) continue;
      actions.push({ type: 'withdraw', treaty, mode: 'suspend' }, { type: 'withdraw', treaty, mode: 'withdraw' });
    }
    return actions;
  },

  check({ rules, world }, actor, action) {
    const name = rules.actors[actor].name;
    const treaty = Object.hasOwn(world.treaties, action.treaty) ? world.treaties[action.treaty] : undefined;
    if (!treaty || !treaty.exists) return refuse('unknown-treaty', `there is no regime called ${action.treaty}`);
    if (treaty.defunct) return refuse('treaty-defunct', `${treaty.name} has already ended`);
    const status = Object.hasOwn(treaty.parties, actor) ? treaty.parties[actor] : undefined;
    if (status === undefined || status === 'withdrawn') return refuse('not-a-party', `${name} is not a party to ${treaty.name}`);
    if (status === 'negotiating' || status === 'signed') return refuse('not-in-force', `${name} is not bound by ${treaty.name} yet`);
    if (treaty.withdrawalDue[actor] !== undefined) return refuse('notice-pending', `${name} has already given notice of withdrawal from ${treaty.name}`);
    if (action.mode === 'suspend' && !treaty.suspendable) return refuse('not-suspendable', `${treaty.name} allows no suspension: a party can only leave it${treaty.noticeTurns > 0 ? `, on ${treaty.noticeTurns} turns' notice` : ''}`);
    if (action.mode === 'suspend' && status === 'suspended') return refuse('already-suspended', `${name} has already suspended ${treaty.name}`);
    return null;
  },

  terms({ rules, world }, { actor, mind, doctrine: d, obs }, action, add) {
    const U = rules.utility;
    const treaty = world.treaties[action.treaty];
    const stance = mind.stances[action.treaty];
    if (stance) add(`${stance} on ${action.treaty}`, U.stance[stance].withdraw);
    // Rivals in breach of the regime: of its bans (a deployment found out), or of its other obligations.
    const ofBans = treaty.bans.length > 0 ? obs.rivalsInBreach.filter((r) => treaty.parties[r] !== undefined) : [];
    const breachers = [...new Set([...ofBans, ...treaty.breachedBy.filter((r) => areRivals(rules, actor, r))])].sort();
    if (breachers.length > 0) add(() => `${breachers.join('+')} in breach`, U.rivalBreach * d.threatPerception);
    // A rival that has just suspended or left the regime, or is leaving it, may be answered in kind
    // (VCLT Art. 60): the blame is the rival's, so no reputation is lost, and a regime the rival no
    // longer keeps is worth nothing kept alone.
    const leaving = rivalsLeaving(rules, world, treaty, actor);
    if (leaving.length > 0) add(() => `answers ${leaving.join('+')} in kind`, U.reciprocity);
    else {
      add('value of the regime', -d.armsControl * U.armsControlValue * treaty.integrity);
      add('reputation', -U.reputation * treaty.weight);
    }
    if (action.mode === 'withdraw') add('outright', -U.outrightWithdrawal);
    if (rules.actors[actor].exitStrainsAllies) add('allies object', -d.allianceWeight * U.allianceCost * rules.withdraw.allyCohesionCost);
    if (treaty.statusFor.includes(actor)) add('forfeits its standing', -rules.withdraw.statusLoss);
  },

  resolve(w, { rules, present, report }, orders) {
    const c = rules.withdraw;
    for (const { actor, action: { treaty: id, mode } } of orders) {
      const treaty = w.treaties[id];
      for (const other of Object.keys(treaty.parties)) if (present.includes(other)) addTension(w, actor, other, c.tension);
      if (rules.actors[actor].exitStrainsAllies) w.natoCohesion = clamp(w.natoCohesion - c.allyCohesionCost);
      // A suspension stops compliance at once; a notice announces an exit whose obligations hold until it falls due.
      if (mode === 'suspend') {
        treaty.parties[actor] = 'suspended';
        treaty.lapsedAt[actor] = w.turn;
      }
      if (mode === 'suspend' || treaty.noticeTurns > 0) {
        treaty.integrity = clamp(treaty.integrity - c.suspendIntegrityLoss);
        w.withdrawalShock += c.suspendShock;
      }
      if (mode === 'suspend') {
        report({ type: 'treaty.suspended', actor, treaty: id });
      } else if (treaty.noticeTurns > 0) {
        treaty.withdrawalDue[actor] = w.turn + treaty.noticeTurns;
        report({ type: 'treaty.notice', actor, treaty: id, turns: treaty.noticeTurns });
      } else {
        completeWithdrawal(w, rules, treaty, actor, report);
      }
    }
  },

  canonical: ({ treaty, mode }) => ({ type: 'withdraw', treaty, mode }),
  describe: ({ treaty, mode }) => `${mode} ${treaty}`,
  text: ({ treaty, mode }, names) => (mode === 'suspend' ? `suspend ${names.treaty(treaty)}` : `withdraw from ${names.treaty(treaty)}`),
};
