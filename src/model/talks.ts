import type { Stance } from './mind.js';
import { clamp } from './math.js';
import { destabilisingNear } from './observe.js';
import { areRivals, blocOf, rivalsNear, type Rules } from './rules/index.js';
import type { ActorId, PartyStatus, Treaty, World } from './types.js';
import type { View } from './actions/module.js';

/**
 * Balance of bargaining chips between the rival blocs at the table, 0..1, averaged over each pair of
 * rival blocs (an actor's bloc is in its facts: the US, NATO and the EU are one): 1 when each side
 * holds as many destabilising systems near the other (the dual-track logic, Egmont 106 §1.1), 0 when
 * one side has everything to trade and the other nothing. When neither side of a pair holds
 * anything the pair's balance is 1 for the odds (no imbalance stands in the way) and 0 for the
 * appeal of talks (`emptyIsBalanced` false: there is nothing to trade). 1 when no rivals sit at the table.
 */
export function leverageBalance(rules: Rules, world: World, table: readonly ActorId[], emptyIsBalanced = true): number {
  // Every actor weighs talks on every regime against the same world: each bloc's chips are counted once.
  let memo = balances.get(world);
  if (!memo || memo.rules !== rules) {
    memo = { rules, held: new Map() };
    balances.set(world, memo);
  }
  return computeBalance(rules, world, table, emptyIsBalanced, memo.held);
}
const balances = new WeakMap<World, { readonly rules: Rules; readonly held: Map<string, number> }>();

function computeBalance(rules: Rules, world: World, table: readonly ActorId[], emptyIsBalanced: boolean, heldMemo: Map<string, number>): number {
  const seen: Array<readonly ActorId[]> = []; // each pair of rival blocs counts once, whoever represents it first: [blocA, blocB, ...]
  let sum = 0;
  let pairs = 0;
  for (const a of table) {
    for (const b of table) {
      if (!areRivals(rules, a, b)) continue;
      const blocA = blocOf(rules, a);
      const blocB = blocOf(rules, b);
      if (seenPair(seen, blocA, blocB)) continue;
      seen.push(blocA, blocB);
      const mine = heldOnce(rules, world, heldMemo, blocA, b);
      const theirs = heldOnce(rules, world, heldMemo, blocB, a);
      sum += mine === 0 && theirs === 0 ? (emptyIsBalanced ? 1 : 0) : Math.min(mine, theirs) / Math.max(mine, theirs);
      pairs++;
    }
  }
  return pairs === 0 ? 1 : sum / pairs;
}

/** Whether the pair of blocs, in either order, is in `seen` (pairs laid out flat). A bloc is named by its first member. */
function seenPair(seen: ReadonlyArray<readonly ActorId[]>, x: readonly ActorId[], y: readonly ActorId[]): boolean {
  for (let i = 0; i < seen.length; i += 2) {
    const p = seen[i][0];
    const q = seen[i + 1][0];
    if ((p === x[0] && q === y[0]) || (p === y[0] && q === x[0])) return true;
  }
  return false;
}

/** `held`, memoised per world: a bloc's chips near a target are the same at every table it sits at. */
function heldOnce(rules: Rules, world: World, memo: Map<string, number>, side: readonly ActorId[], target: ActorId): number {
  const key = `${side[0]}>${target}`;
  let units = memo.get(key);
  if (units === undefined) {
    units = held(rules, world, side, target);
    memo.set(key, units);
  }
  return units;
}

/** Destabilising units the actors of `side` hold near `target`, with deployments they have announced there at a discount (Egmont 106 §1.1: the 1979 decision made announced deployments the foundation for talks). */
function held(rules: Rules, world: World, side: readonly ActorId[], target: ActorId): number {
  let units = 0;
  for (const x of side) units += destabilisingNear(rules, world, target, x);
  for (const a of world.announcements) {
    if (side.includes(a.by) && rules.destabilising.includes(a.system) && rivalsNear(rules, a.by, a.region).includes(target)) units += rules.declare.announcedChip;
  }
  return units;
}

/** Each actor's stance on each regime, from its machine; unknown to the others when they weigh talks. */
export type Stances = Readonly<Partial<Record<ActorId, Readonly<Record<string, Stance>>>>>;

/**
 * Whether a regime would scrap an actor's intermediate-range missiles: a ban on them that covers a
 * region where it stands (China's stand in Asia, Egmont 106 §2.1).
 */
export function bansMissilesOf(rules: Rules, treaty: Treaty, actor: ActorId): boolean {
  return treaty.bans.includes('groundLaunchedIntermediate') && treaty.banRegions.some((r) => rules.actors[actor].presence.includes(r));
}

/**
 * Pure: an actor's seat in an existing regime: its own status as a party, or that of a non-player
 * party it speaks for in talks (the EU for its member states); undefined when it has none.
 * A party that has left holds no seat.
 */
export function seatOf(rules: Rules, treaty: Treaty, actor: ActorId): PartyStatus | undefined {
  const own = Object.hasOwn(treaty.parties, actor) ? treaty.parties[actor] : undefined;
  if (own !== undefined && own !== 'withdrawn') return own;
  for (const party of rules.actors[actor].speaksFor) {
    const status = Object.hasOwn(treaty.parties, party) ? treaty.parties[party] : undefined;
    if (status !== undefined && status !== 'withdrawn') return status;
  }
  return undefined;
}

/**
 * Pure: whether talks on a regime concern an actor, so that it counts at the table: a seat in an
 * existing regime, a required party, or for a proposal one whose forces the ban would bind (it fields
 * a banned system and may base it where the ban applies). A bystander invited adds nothing.
 */
export function concerned(rules: Rules, treaty: Treaty, actor: ActorId): boolean {
  if (treaty.required.includes(actor)) return true;
  if (treaty.exists) return seatOf(rules, treaty, actor) !== undefined;
  const facts = rules.actors[actor];
  return treaty.bans.some((s) => facts.arsenal.includes(s)) && treaty.banRegions.some((r) => facts.basing.includes(r));
}

/** How willing a required party that is invited but not negotiating is to come along, given who asks. */
function passiveAcceptance({ rules, world }: View, party: ActorId, participants: readonly ActorId[], treatyId: string, stances: Stances): number {
  const c = rules.negotiate;
  const treaty = world.treaties[treatyId];
  // An actor that would scrap most of its arsenal under the ban is reluctant (China: Egmont 106 §2.1).
  const share = rules.actors[party].bannedShare;
  const reluctance = share > 0 && bansMissilesOf(rules, treaty, party) ? 1 - share : 1;
  const stance = stances[party]?.[treatyId];
  // Trust in those who ask, all of them: the order in which they sit must not matter.
  const tension = participants.reduce((sum, p) => sum + world.tension[party][p], 0) / participants.length;
  return c.passiveAcceptance * (1 - tension) * reluctance * (stance ? c.stanceAcceptance[stance] : 1);
}

/** Pure: who sits at talks on a regime: the negotiators and those they invite, each once, in that order, if the talks concern them. */
export function tableOf(rules: Rules, treaty: Treaty, participants: readonly ActorId[], invited: readonly ActorId[]): ActorId[] {
  const table: ActorId[] = [];
  for (const a of participants) if (!table.includes(a) && concerned(rules, treaty, a)) table.push(a);
  for (const a of invited) if (!table.includes(a) && !participants.includes(a) && concerned(rules, treaty, a)) table.push(a);
  return table;
}

/**
 * Pure: the chance that one round of talks on `treatyId` succeeds this turn.
 * `participants` all chose to negotiate it; `invited` are the partners they named; `stances` are
 * the invited parties' stances on the regime when known (the engine knows them, an actor does not).
 * Required parties absent from the table make success unlikely (Egmont 106 §2.1, §3.3).
 */
export function talksOdds(view: View, treatyId: string, participants: readonly ActorId[], invited: readonly ActorId[], stances: Stances = {}): number {
  const { rules, world, present } = view;
  const c = rules.negotiate;
  const treaty = world.treaties[treatyId];
  const table = tableOf(rules, treaty, participants, invited);
  // Those who ask are the negotiators the talks concern; a table of bystanders alone (a mediator) asks for itself.
  const asking = participants.filter((a) => table.includes(a));
  const askers = asking.length > 0 ? asking : participants;
  let pairs = 0;
  let tension = 0;
  for (let i = 0; i < table.length; i++) {
    for (let j = i + 1; j < table.length; j++) {
      pairs++;
      tension += world.tension[table[i]][table[j]];
    }
  }
  let odds = c.base * (1 - c.distrust * (pairs > 0 ? tension / pairs : 0));
  for (const party of treaty.required) {
    if (!present.includes(party) || participants.includes(party)) continue;
    odds *= invited.includes(party) ? passiveAcceptance(view, party, askers, treatyId, stances) : c.missingParty;
  }
  odds *= 1 + c.leverage * leverageBalance(rules, world, table);
  if (treaty.bans.length > 0 && table.some((a) => world.exposedBreaches.includes(a))) odds *= c.exposedBreach;
  // A word broken before weighs on every promise made at this table.
  for (const a of table) if (participants.includes(a)) odds *= world.credibility[a] ?? 1;
  return clamp(odds, 0, c.maxOdds);
}
