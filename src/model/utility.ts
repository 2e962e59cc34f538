import { COEFFICIENTS } from './coefficients.js';
import type { Doctrine } from './doctrine.js';
import { areRivals, rivalsNear } from './geography.js';
import type { Mind } from './mind.js';
import type { Observation } from './observe.js';
import { bansChinasMissiles, leverageBalance, talksOdds } from './talks.js';
import type { Action, ActorId, SystemId, World } from './types.js';

/** One named contribution to an action's utility, so that a pick can say why. */
export interface Term {
  readonly name: string;
  readonly value: number;
}

export interface Scored {
  readonly action: Action;
  readonly utility: number;
  readonly terms: readonly Term[];
}

const U = COEFFICIENTS.utility;

/** Pure: the utility of each legal action for an actor with this mind and doctrine, term by term. */
export function scoreActions(world: World, actor: ActorId, mind: Mind, doctrine: Doctrine, obs: Observation, legal: readonly Action[], present: readonly ActorId[]): Scored[] {
  // Regimes in force for this actor, by the system and region they ban (read once, not once per deployment).
  const bannedBy = new Map<string, string>();
  for (const id of Object.keys(world.treaties).sort()) {
    const t = world.treaties[id];
    if (!t.exists || t.defunct || t.parties[actor] !== 'inForce') continue;
    for (const s of t.bans) for (const r of t.banRegions) if (!bannedBy.has(`${s}@${r}`)) bannedBy.set(`${s}@${r}`, id);
  }
  return legal.map((action) => {
    const terms: Term[] = [{ name: `${mind.posture} posture`, value: U.posture[mind.posture][action.type] }];
    const bias = doctrine.bias[action.type];
    if (bias) terms.push({ name: 'doctrine', value: bias });
    termsFor(world, actor, mind, doctrine, obs, action, present, bannedBy, terms);
    const utility = terms.reduce((sum, t) => sum + t.value, 0);
    return { action, utility, terms };
  });
}

function termsFor(
  world: World, actor: ActorId, mind: Mind, d: Doctrine, obs: Observation, action: Action,
  present: readonly ActorId[], bannedBy: ReadonlyMap<string, string>, terms: Term[],
): void {
  switch (action.type) {
    case 'deploy': {
      // A system answers the rivals it stands near; defences and strategic forces answer the overall threat.
      const near = rivalsNear(actor, action.region).filter((r) => present.includes(r));
      const defensive = action.system === 'missileDefence' || action.system === 'strategic';
      const share = COEFFICIENTS.destabilising.includes(action.system) ? 1 : U.nonDestabilisingThreatShare;
      if (defensive) terms.push({ name: `threat${obs.threatFrom ? ` from ${obs.threatFrom}` : ''}`, value: U.threat * d.threatPerception * obs.threat * share });
      else if (near.length === 0) terms.push({ name: 'no rival in range', value: -U.irrelevantRegion });
      else {
        const rival = near.reduce((a, b) => (obs.tension[b] > obs.tension[a] ? b : a));
        terms.push({ name: `answers ${rival}`, value: U.threat * d.threatPerception * obs.tension[rival] * share });
      }
      terms.push({ name: 'cost', value: -d.costSensitivity * U.systemCost[action.system] });
      const breached = bannedBy.get(`${action.system}@${action.region}`);
      if (breached) terms.push({ name: `breaches ${breached}`, value: -d.armsControl * U.breachPenalty });
      const fielded = world.forces[actor][action.system];
      const units = fielded.home + fielded.europe + fielded.asia;
      if (units > 0) terms.push({ name: 'already fielded', value: -U.saturation * units });
      if (action.region === 'europe' && (actor === 'us' || actor === 'nato') && action.system === 'groundLaunchedIntermediate') {
        terms.push({ name: 'strains allies', value: -d.allianceWeight * U.allianceCost * COEFFICIENTS.deploy.basingCohesionCost });
      }
      return;
    }
    case 'withdraw': {
      const treaty = world.treaties[action.treaty];
      const stance = mind.stances[action.treaty];
      if (stance) terms.push({ name: `${stance} on ${action.treaty}`, value: U.stance[stance].withdraw });
      const breachers = treaty.bans.length > 0 ? obs.rivalsInBreach.filter((r) => treaty.parties[r] !== undefined) : [];
      if (breachers.length > 0) terms.push({ name: `${breachers.join('+')} in breach`, value: U.rivalBreach * d.threatPerception });
      terms.push({ name: 'value of the regime', value: -d.armsControl * U.armsControlValue * treaty.integrity });
      terms.push({ name: 'reputation', value: -U.reputation * treaty.weight });
      if (action.mode === 'withdraw') terms.push({ name: 'outright', value: -U.outrightWithdrawal });
      if (actor === 'us') terms.push({ name: 'allies object', value: -d.allianceWeight * U.allianceCost * COEFFICIENTS.withdraw.allyCohesionCost });
      return;
    }
    case 'negotiate': {
      const stance = mind.stances[action.treaty];
      if (stance) terms.push({ name: `${stance} on ${action.treaty}`, value: U.stance[stance].negotiate });
      const treaty = world.treaties[action.treaty];
      // Talks are worth what they can repair (an existing regime) or create (a proposal).
      const expiring = treaty.expiresTurn !== null && treaty.expiresTurn - world.turn <= U.expiryHorizon;
      const stake = treaty.exists
        ? 1 - treaty.integrity + (Object.values(treaty.parties).includes('suspended') ? U.suspendedStake : 0) + (expiring ? U.expiringStake : 0)
        : 1;
      terms.push({ name: 'arms control', value: d.armsControl * U.armsControlValue * stake });
      const odds = talksOdds(world, action.treaty, [actor], action.partners, present);
      terms.push({ name: `prospects ${Math.round(odds * 100)}%`, value: U.prospects * odds * stake });
      if (treaty.bans.length > 0) {
        // Only chips on both sides make a trade: with nothing on the table there is nothing to bargain over.
        const balance = leverageBalance(world, [actor, ...action.partners], false);
        if (balance > 0) terms.push({ name: 'bargaining chips', value: U.bargaining * balance });
      }
      if (actor === 'china' && bansChinasMissiles(treaty)) {
        terms.push({ name: `would scrap ${COEFFICIENTS.chinaBannedShare * 100}% of its missiles`, value: -COEFFICIENTS.chinaBannedShare * d.threatPerception });
      }
      return;
    }
    case 'sanction': {
      if (!areRivals(actor, action.target)) terms.push({ name: `${action.target} is no rival`, value: -U.sanctionNonRival });
      terms.push({ name: `tension with ${action.target}`, value: U.sanctionTension * d.threatPerception * obs.tension[action.target] });
      terms.push({ name: 'cost', value: -d.costSensitivity * U.sanctionCost });
      if (obs.rivalsInBreach.includes(action.target)) terms.push({ name: `${action.target} in breach`, value: U.rivalBreach * d.threatPerception });
      return;
    }
    case 'hold':
      terms.push({ name: 'restraint', value: d.costSensitivity * U.restraint });
      return;
  }
}

/** Pure: the index a softmax over `utilities` picks with the uniform draw `u` in [0, 1). */
function softmaxIndex(utilities: readonly number[], u: number, temperature: number): number {
  let max = -Infinity;
  for (const x of utilities) if (x > max) max = x;
  let total = 0;
  const weights = utilities.map((x) => {
    const w = Math.exp((x - max) / temperature);
    total += w;
    return w;
  });
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i];
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/**
 * Pure: a softmax pick among scored actions using one uniform draw `u` in [0, 1).
 * Ties and order are stable because `scored` comes in the fixed order of listOptions.
 */
export function softmaxPick(scored: readonly Scored[], u: number, temperature: number = U.temperature): Scored {
  return scored[softmaxIndex(scored.map((s) => s.utility), u, temperature)];
}

/**
 * Pure: a two-stage pick. First the action type, by a softmax over each type's best utility
 * (`uType`), then the action within that type (`uAction`). Without the first stage, a type with
 * many variants (25 deployments) would crowd out a type with one (hold) however good it is.
 */
export function pickAction(scored: readonly Scored[], uType: number, uAction: number, temperature: number = U.temperature): Scored {
  const types = [...new Set(scored.map((s) => s.action.type))];
  const best = types.map((t) => Math.max(...scored.filter((s) => s.action.type === t).map((s) => s.utility)));
  const type = types[softmaxIndex(best, uType, temperature)];
  return softmaxPick(scored.filter((s) => s.action.type === type), uAction, temperature);
}

/** A short reason naming the two terms that weighed most on the pick. */
export function explain(s: Scored): string {
  const top = [...s.terms].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, 2);
  return top.map((t) => `${t.name} ${t.value >= 0 ? '+' : ''}${t.value.toFixed(2)}`).join(', ');
}
