import { COEFFICIENTS, type Stance } from './coefficients.js';
import { areRivals } from './geography.js';
import { clamp } from './math.js';
import { destabilisingNear } from './observe.js';
import type { ActorId, World } from './types.js';

const WEST: readonly ActorId[] = ['us', 'nato', 'eu'];

function bloc(actor: ActorId): readonly ActorId[] {
  return WEST.includes(actor) ? WEST : [actor];
}

/**
 * Balance of bargaining chips between the first pair of rivals at the table, 0..1:
 * 1 when each side holds as many destabilising systems near the other (the dual-track logic, Egmont 106 §1.1),
 * 0 when one side has everything to trade and the other nothing. When neither holds anything the
 * balance is 1 for the odds (no imbalance stands in the way) and 0 for the appeal of talks
 * (`emptyIsBalanced` false: there is nothing to trade).
 */
export function leverageBalance(world: World, table: readonly ActorId[], emptyIsBalanced = true): number {
  for (const a of table) {
    for (const b of table) {
      if (!areRivals(a, b)) continue;
      const held = (side: readonly ActorId[], target: ActorId) => side.reduce((n, x) => n + destabilisingNear(world, target, x), 0);
      const mine = held(bloc(a), b);
      const theirs = held(bloc(b), a);
      if (mine === 0 && theirs === 0) return emptyIsBalanced ? 1 : 0;
      return Math.min(mine, theirs) / Math.max(mine, theirs);
    }
  }
  return 1;
}

/** Each actor's stance on each regime, from its machine; unknown to the others when they weigh talks. */
export type Stances = Readonly<Partial<Record<ActorId, Readonly<Record<string, Stance>>>>>;

/** Whether a regime would scrap China's intermediate-range missiles: a ban on them that covers Asia, where they stand (Egmont 106 §2.1). */
export function bansChinasMissiles(treaty: World['treaties'][string]): boolean {
  return treaty.bans.includes('groundLaunchedIntermediate') && treaty.banRegions.includes('asia');
}

/** How willing a required party that is invited but not negotiating is to come along. */
function passiveAcceptance(world: World, party: ActorId, lead: ActorId, treatyId: string, stances: Stances): number {
  const c = COEFFICIENTS.negotiate;
  const treaty = world.treaties[treatyId];
  // China would scrap most of its arsenal under an INF-like ban (Egmont 106 §2.1).
  const reluctance = party === 'china' && bansChinasMissiles(treaty) ? 1 - COEFFICIENTS.chinaBannedShare : 1;
  const stance = stances[party]?.[treatyId];
  return c.passiveAcceptance * (1 - world.tension[party][lead]) * reluctance * (stance ? c.stanceAcceptance[stance] : 1);
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
  const lead = participants[0];
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
    odds *= invited.includes(party) ? passiveAcceptance(world, party, lead, treatyId, stances) : c.missingParty;
  }
  odds *= 1 + c.leverage * leverageBalance(world, table);
  if (treaty.bans.length > 0 && table.some((a) => world.exposedBreaches.includes(a))) odds *= c.exposedBreach;
  return clamp(odds, 0, c.maxOdds);
}
