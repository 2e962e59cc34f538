import { COEFFICIENTS, type Stance } from './coefficients.js';
import { areRivals } from './geography.js';
import { clamp } from './math.js';
import { destabilisingNear } from './observe.js';
import { ACTORS, type ActorId, type World } from './types.js';

const WEST: readonly ActorId[] = ['us', 'nato', 'eu'];

function bloc(actor: ActorId): readonly ActorId[] {
  return WEST.includes(actor) ? WEST : [actor];
}

/**
 * Balance of bargaining chips between the rival blocs at the table, 0..1, averaged over each pair of
 * rival blocs (the US, NATO and the EU count as one bloc): 1 when each side holds as many
 * destabilising systems near the other (the dual-track logic, Egmont 106 §1.1), 0 when one side has
 * everything to trade and the other nothing. When neither side of a pair holds anything the pair's
 * balance is 1 for the odds (no imbalance stands in the way) and 0 for the appeal of talks
 * (`emptyIsBalanced` false: there is nothing to trade). 1 when no rivals sit at the table.
 */
export function leverageBalance(world: World, table: readonly ActorId[], emptyIsBalanced = true): number {
  let seen = 0; // one bit per pair of bloc leaders, so each pair of rival blocs counts once
  let sum = 0;
  let pairs = 0;
  for (const a of table) {
    for (const b of table) {
      if (!areRivals(a, b)) continue;
      const ia = ACTORS.indexOf(bloc(a)[0]);
      const ib = ACTORS.indexOf(bloc(b)[0]);
      const bit = 1 << (Math.min(ia, ib) * ACTORS.length + Math.max(ia, ib));
      if (seen & bit) continue;
      seen |= bit;
      const mine = held(world, bloc(a), b);
      const theirs = held(world, bloc(b), a);
      sum += mine === 0 && theirs === 0 ? (emptyIsBalanced ? 1 : 0) : Math.min(mine, theirs) / Math.max(mine, theirs);
      pairs++;
    }
  }
  return pairs === 0 ? 1 : sum / pairs;
}

/** Destabilising units the actors of `side` hold near `target`. */
function held(world: World, side: readonly ActorId[], target: ActorId): number {
  let units = 0;
  for (const x of side) units += destabilisingNear(world, target, x);
  return units;
}

/** Each actor's stance on each regime, from its machine; unknown to the others when they weigh talks. */
export type Stances = Readonly<Partial<Record<ActorId, Readonly<Record<string, Stance>>>>>;

/** Whether a regime would scrap China's intermediate-range missiles: a ban on them that covers Asia, where they stand (Egmont 106 §2.1). */
export function bansChinasMissiles(treaty: World['treaties'][string]): boolean {
  return treaty.bans.includes('groundLaunchedIntermediate') && treaty.banRegions.includes('asia');
}

/** How willing a required party that is invited but not negotiating is to come along. */
function passiveAcceptance(world: World, party: ActorId, participants: readonly ActorId[], treatyId: string, stances: Stances): number {
  const c = COEFFICIENTS.negotiate;
  const treaty = world.treaties[treatyId];
  // China would scrap most of its arsenal under an INF-like ban (Egmont 106 §2.1).
  const reluctance = party === 'china' && bansChinasMissiles(treaty) ? 1 - COEFFICIENTS.chinaBannedShare : 1;
  const stance = stances[party]?.[treatyId];
  // Trust in those who ask, all of them: the order in which they sit must not matter.
  const tension = participants.reduce((sum, p) => sum + world.tension[party][p], 0) / participants.length;
  return c.passiveAcceptance * (1 - tension) * reluctance * (stance ? c.stanceAcceptance[stance] : 1);
}

/**
 * Pure: the chance that one round of talks on `treatyId` succeeds this turn.
 * `participants` all chose to negotiate it; `invited` are the partners they named; `stances` are
 * the invited parties' stances on the regime when known (the engine knows them, an actor does not).
 * Required parties absent from the table make success unlikely (Egmont 106 §2.1, §3.3).
 */
export function talksOdds(
  world: World, treatyId: string, participants: readonly ActorId[], invited: readonly ActorId[], present: readonly ActorId[],
  stances: Stances = {},
): number {
  const c = COEFFICIENTS.negotiate;
  const treaty = world.treaties[treatyId];
  const table = [...new Set([...participants, ...invited])];
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
    odds *= invited.includes(party) ? passiveAcceptance(world, party, participants, treatyId, stances) : c.missingParty;
  }
  odds *= 1 + c.leverage * leverageBalance(world, table);
  if (treaty.bans.length > 0 && table.some((a) => world.exposedBreaches.includes(a))) odds *= c.exposedBreach;
  return clamp(odds, 0, c.maxOdds);
}
