import { z } from 'zod';
import { clamp } from '../math.js';
import { addTension } from '../effects/tension.js';
import { bansMissilesOf, leverageBalance, seatOf, tableOf, talksOdds } from '../talks.js';
import type { ActorId, NegotiateAction, Treaty, World } from '../types.js';
import { refuse, type ActionModule, type View } from './module.js';
import { sortedIds } from '../ids.js';

/** Partners invited to talks on a regime: its other present parties, or a proposal's required parties. */
export function defaultPartners({ rules, world, present }: View, actor: ActorId, treatyId: string): ActorId[] {
  const treaty = world.treaties[treatyId];
  const pool = treaty.exists
    ? present.filter((p) => p !== actor && seatOf(rules, treaty, p) !== undefined)
    : present.filter((p) => p !== actor && treaty.required.includes(p));
  return pool.length > 0 ? pool : present.filter((p) => p !== actor && treaty.required.includes(p));
}

/**
 * Open or join talks on a regime or a proposal. Every actor that chose talks on the same regime sits
 * at one table; success repairs an existing regime (notices rescinded, suspensions lifted, integrity
 * restored, an expiring one extended) or advances a proposal, which is signed after its rounds.
 */
export const negotiate: ActionModule<NegotiateAction> = {
  type: 'negotiate',
  title: 'open or join talks on a regime',
  params: [
    {
      key: 'treaty', title: () => 'Talks on which regime or proposal?',
      choice: ({ rules, world }, _actor, value, options) => {
        const treaty = world.treaties[value];
        const partners = (options[0]?.action as NegotiateAction | undefined)?.partners.map((p) => rules.actors[p].name).join('+') ?? '';
        return { label: treaty.exists ? treaty.name : `${treaty.name} (proposal)`, hint: partners ? `with ${partners}` : '' };
      },
    },
    {
      key: 'partners', many: true,
      title: ({ world }, picked) => `Talks on ${world.treaties[picked.treaty].name}: invite whom?`,
      choice: ({ rules, world }, actor, value) => ({ label: rules.actors[value].name, hint: `tension ${Math.round(world.tension[actor][value] * 100)}` }),
    },
  ],
  schema: z.strictObject({ type: z.literal('negotiate'), treaty: z.string(), partners: z.array(z.string()) }),
  phase: 50,

  enumerate(view, actor) {
    return sortedIds(view.world.treaties).map((treaty): NegotiateAction => ({ type: 'negotiate', treaty, partners: defaultPartners(view, actor, treaty) }));
  },

  check({ rules, world, present }, actor, action) {
    const name = (a: ActorId) => (Object.hasOwn(rules.actors, a) ? rules.actors[a].name : a);
    const treaty = Object.hasOwn(world.treaties, action.treaty) ? world.treaties[action.treaty] : undefined;
    if (!treaty) return refuse('unknown-treaty', `there is no regime or proposal called ${action.treaty}`);
    if (treaty.defunct) return refuse('treaty-defunct', `${treaty.name} has ended; only a new regime can replace it`);
    if (action.partners.length === 0) return refuse('no-partners', 'talks need at least one partner');
    for (const partner of action.partners) {
      if (partner === actor) return refuse('self-partner', `${name(actor)} cannot negotiate with itself`);
      if (!present.includes(partner)) return refuse('absent-partner', `${name(partner)} is not in this scenario`);
    }
    if (treaty.exists) {
      if (seatOf(rules, treaty, actor) === undefined) return refuse('not-a-party', `${name(actor)} is not a party to ${treaty.name} and speaks for none of its parties`);
    } else {
      // A regional proposal is for those who stand in its region (China has no part in a European moratorium).
      const outsider = [actor, ...action.partners].find((a) => !treaty.required.includes(a) && !treaty.banRegions.some((r) => rules.actors[a].presence.includes(r)));
      if (outsider) return refuse('not-concerned', `${name(outsider)} stands in none of the regions ${treaty.name} would cover`);
    }
    return null;
  },

  terms(view, { actor, mind, doctrine: d }, action, add) {
    const { rules, world } = view;
    const U = rules.utility;
    const stance = mind.stances[action.treaty];
    if (stance) add(`${stance} on ${action.treaty}`, U.stance[stance].negotiate);
    const treaty = world.treaties[action.treaty];
    // Talks are worth what they can repair (an existing regime) or create (a proposal).
    const expiring = treaty.expiresTurn !== null && treaty.expiresTurn - world.turn <= U.expiryHorizon;
    const stake = treaty.exists
      ? 1 - treaty.integrity + (Object.values(treaty.parties).includes('suspended') ? U.suspendedStake : 0) + (expiring ? U.expiringStake : 0)
      : 1;
    add('arms control', d.armsControl * U.armsControlValue * stake);
    const odds = talksOdds(view, action.treaty, [actor], action.partners);
    add(() => `prospects ${Math.round(odds * 100)}%`, U.prospects * odds * stake);
    if (treaty.bans.length > 0) {
      // Only chips on both sides make a trade: with nothing on the table there is nothing to bargain over.
      const balance = leverageBalance(rules, world, [actor, ...action.partners], false);
      if (balance > 0) add('bargaining chips', U.bargaining * balance);
    }
    const share = rules.actors[actor].bannedShare;
    if (share > 0 && bansMissilesOf(rules, treaty, actor)) {
      add(() => `would scrap ${share * 100}% of its missiles`, -share * d.threatPerception);
    }
  },

  resolve(w, turn, orders) {
    const tables = new Map<string, { participants: ActorId[]; invited: Set<ActorId> }>();
    for (const { actor, action } of orders) {
      const table = tables.get(action.treaty) ?? { participants: [], invited: new Set<ActorId>() };
      table.participants.push(actor);
      for (const p of action.partners) table.invited.add(p);
      tables.set(action.treaty, table);
    }
    for (const treaty of [...tables.keys()].sort()) {
      const { participants, invited } = tables.get(treaty)!;
      const partners = turn.present.filter((p) => invited.has(p) && !participants.includes(p));
      roundOfTalks(w, turn, treaty, participants, partners);
    }
  },

  canonical: ({ treaty, partners }) => ({ type: 'negotiate', treaty, partners: [...partners] }),
  describe: ({ treaty, partners }) => `negotiate ${treaty} with ${partners.join('+')}`,
  text: ({ treaty, partners }, names) => `talks on ${names.treaty(treaty)}${partners.length > 0 ? ` with ${partners.map(names.actor).join(', ')}` : ''}`,
};

/**
 * Pure: whether the round extends an expiring regime by its parties' mere consent: every essential
 * party seeks it this turn, so no terms are bargained (New START Art. XIV(2): extension by agreement
 * of the parties, done by an exchange of notes on 3 February 2021).
 */
export function byConsent(treaty: Treaty, turn: number, extensionTurns: number, participants: readonly ActorId[]): boolean {
  return treaty.exists && !treaty.defunct && treaty.expiresTurn !== null && treaty.expiresTurn - turn < extensionTurns
    && (treaty.extendableTo === null || treaty.extendableTo > treaty.expiresTurn)
    && treaty.essential.length > 0 && treaty.essential.every((p) => participants.includes(p));
}

/** One round of talks on a regime or proposal, with every actor that chose to negotiate it this turn. */
function roundOfTalks(w: import('immer').Draft<World>, turn: Parameters<ActionModule['resolve']>[1], treatyId: string, participants: readonly ActorId[], invited: readonly ActorId[]): void {
  const { rules, start, present, stances, report } = turn;
  const c = rules.negotiate;
  if (participants.some((p) => rules.actors[p].talksReassureAllies)) w.natoCohesion = clamp(w.natoCohesion + c.cohesionGain);
  // Odds are judged on the world as the turn began, like every decision: what others do this same
  // turn cannot be known at the table.
  const odds = talksOdds({ rules, world: start, present }, treatyId, participants, invited, stances);
  const treaty = w.treaties[treatyId];
  // Those the talks concern sit at the table; a bystander neither signs nor gains trust.
  const table = tableOf(rules, start.treaties[treatyId], participants, invited);
  if (!byConsent(start.treaties[treatyId], start.turn, c.extensionTurns, participants) && turn.draw(`talks/${treatyId}`) >= odds) {
    report({ type: 'talks.failed', treaty: treatyId, participants: [...participants], odds });
    return;
  }
  for (let i = 0; i < table.length; i++) for (let j = i + 1; j < table.length; j++) addTension(w, table[i], table[j], -c.trustGain);
  // A round that succeeds lifts the sanctions between those who chose to negotiate it (not the
  // parties who were only invited: a deal on the NPT does not end US sanctions on Russia).
  const between = (s: { by: ActorId; on: ActorId }) => participants.includes(s.by) && participants.includes(s.on);
  const lifted = w.sanctions.filter(between);
  if (lifted.length > 0) {
    w.sanctions = w.sanctions.filter((s) => !between(s));
    report({ type: 'sanction.lifted', pairs: lifted.map((s) => ({ by: s.by, on: s.on })) });
  }
  if (treaty.exists) {
    treaty.integrity = clamp(treaty.integrity + c.integrityGain);
    for (const party of table) {
      const status = treaty.parties[party];
      if (status === 'suspended') {
        treaty.parties[party] = 'inForce';
        delete treaty.lapsedAt[party];
      }
      if (treaty.withdrawalDue[party] !== undefined) delete treaty.withdrawalDue[party];
    }
    // An expiring regime is extended by up to `extensionTurns` from its expiry, never past what its
    // text allows (New START Art. XIV: one extension of no more than five years, to 5 February 2026).
    if (treaty.expiresTurn !== null && treaty.expiresTurn - w.turn < c.extensionTurns) {
      const extended = Math.min(treaty.expiresTurn + c.extensionTurns, treaty.extendableTo ?? Infinity);
      if (extended > treaty.expiresTurn) treaty.expiresTurn = extended;
    }
    lead(w, turn, participants);
    report({ type: 'talks.succeeded', treaty: treatyId, participants: [...participants], integrity: treaty.integrity });
    return;
  }
  treaty.progress += 1;
  if (treaty.progress < treaty.roundsToSign) {
    report({ type: 'talks.progress', treaty: treatyId, participants: [...participants], round: treaty.progress, rounds: treaty.roundsToSign });
    return;
  }
  lead(w, turn, participants);
  treaty.exists = true;
  treaty.signedTurn = w.turn;
  treaty.integrity = 1;
  for (const party of table) treaty.parties[party] = 'signed';
  report({ type: 'treaty.signed', treaty: treatyId, parties: table });
}

/** A union that leads talks to success makes its unity more lasting: the baseline it relaxes to rises (Egmont 106 §3.4). */
function lead(w: import('immer').Draft<World>, { rules }: Parameters<ActionModule['resolve']>[1], participants: readonly ActorId[]): void {
  if (!participants.some((p) => rules.actors[p].isUnion)) return;
  w.euUnityBaseline = clamp(w.euUnityBaseline + rules.leadership.unityGain);
  w.euUnity = clamp(w.euUnity + rules.leadership.unityGain);
}
