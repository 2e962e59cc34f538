import { COEFFICIENTS } from './coefficients.js';
import { PRESENCE } from './geography.js';
import { ACTOR_NAMES as A, REGION_NAMES, SYSTEM_NAMES } from './names.js';
import type { Action, ActorId, Refusal, RegionId, SystemId, World } from './types.js';

/** Where each actor may base forces (Egmont 106 §2.3: the US needs hosts; NATO acts in Europe; China in Asia). */
const BASING: Readonly<Record<ActorId, readonly RegionId[]>> = {
  us: ['home', 'europe', 'asia'],
  russia: ['home', 'europe', 'asia'],
  china: ['home', 'asia'],
  nato: ['europe'],
  eu: ['europe'],
};

/** Which systems each actor fields. The EU fields no missiles, only defence capabilities (§3.1, §3.5). */
const ARSENAL: Readonly<Record<ActorId, readonly SystemId[]>> = {
  us: ['groundLaunchedIntermediate', 'seaAirCruise', 'hypersonic', 'missileDefence', 'strategic'],
  russia: ['groundLaunchedIntermediate', 'seaAirCruise', 'hypersonic', 'missileDefence', 'strategic'],
  china: ['groundLaunchedIntermediate', 'seaAirCruise', 'hypersonic', 'missileDefence', 'strategic'],
  nato: ['groundLaunchedIntermediate', 'seaAirCruise', 'missileDefence'],
  eu: ['missileDefence'],
};

const refuse = (code: string, reason: string): Refusal => ({ code: `order/${code}`, reason });

/**
 * Pure: why `actor` may not take `action` in `world`, or null when the action is legal.
 * `present` lists the actors playing in the scenario.
 */
export function checkLegality(world: World, actor: ActorId, action: Action, present: readonly ActorId[]): Refusal | null {
  switch (action.type) {
    case 'hold':
      return null;
    case 'deploy':
      return checkDeploy(world, actor, action.system, action.region);
    case 'withdraw': {
      const treaty = Object.hasOwn(world.treaties, action.treaty) ? world.treaties[action.treaty] : undefined;
      if (!treaty || !treaty.exists) return refuse('unknown-treaty', `there is no regime called ${action.treaty}`);
      if (treaty.defunct) return refuse('treaty-defunct', `${treaty.name} has already ended`);
      const status = treaty.parties[actor];
      if (status === undefined || status === 'withdrawn') return refuse('not-a-party', `${A[actor]} is not a party to ${treaty.name}`);
      if (status === 'negotiating' || status === 'signed') return refuse('not-in-force', `${A[actor]} is not bound by ${treaty.name} yet`);
      if (treaty.withdrawalDue[actor] !== undefined) return refuse('notice-pending', `${A[actor]} has already given notice of withdrawal from ${treaty.name}`);
      if (action.mode === 'suspend' && status === 'suspended') return refuse('already-suspended', `${A[actor]} has already suspended ${treaty.name}`);
      return null;
    }
    case 'negotiate': {
      const treaty = Object.hasOwn(world.treaties, action.treaty) ? world.treaties[action.treaty] : undefined;
      if (!treaty) return refuse('unknown-treaty', `there is no regime or proposal called ${action.treaty}`);
      if (treaty.defunct) return refuse('treaty-defunct', `${treaty.name} has ended; only a new regime can replace it`);
      if (treaty.exists) {
        const status = treaty.parties[actor];
        if (status === undefined || status === 'withdrawn') return refuse('not-a-party', `${A[actor]} is not a party to ${treaty.name}`);
      } else {
        // A regional proposal is for those who stand in its region (China has no part in a European moratorium).
        const outsider = [actor, ...action.partners].find((a) => !treaty.required.includes(a) && !treaty.banRegions.some((r) => PRESENCE[r].includes(a)));
        if (outsider) return refuse('not-concerned', `${A[outsider]} stands in none of the regions ${treaty.name} would cover`);
      }
      if (action.partners.length === 0) return refuse('no-partners', 'talks need at least one partner');
      for (const partner of action.partners) {
        if (partner === actor) return refuse('self-partner', `${A[actor]} cannot negotiate with itself`);
        if (!present.includes(partner)) return refuse('absent-partner', `${A[partner]} is not in this scenario`);
      }
      return null;
    }
    case 'sanction':
      if (actor === 'nato') return refuse('nato-cannot-sanction', 'NATO is an alliance, not a sanctioning body; its members sanction through the EU or alone');
      if (action.target === actor) return refuse('self-sanction', `${A[actor]} cannot sanction itself`);
      if (!present.includes(action.target)) return refuse('absent-target', `${A[action.target]} is not in this scenario`);
      if (world.sanctions.some((s) => s.by === actor && s.on === action.target)) return refuse('already-sanctioning', `${A[actor]} already sanctions ${A[action.target]}`);
      return null;
  }
}

function checkDeploy(world: World, actor: ActorId, system: SystemId, region: RegionId): Refusal | null {
  if (!ARSENAL[actor].includes(system)) {
    return actor === 'eu'
      ? refuse('eu-no-missiles', 'the EU deploys no missiles; its capabilities are defensive (Egmont 106 §3.5)')
      : refuse('no-such-system', `${A[actor]} does not field ${SYSTEM_NAMES[system]}`);
  }
  if (world.arsenals[actor] && !world.arsenals[actor]!.includes(system)) {
    return refuse('not-in-arsenal', `${A[actor]} has no ${SYSTEM_NAMES[system]} in this scenario`);
  }
  if (!BASING[actor].includes(region)) return refuse('no-basing', `${A[actor]} has no basing ${region === 'home' ? 'at home' : `in ${REGION_NAMES[region]}`}`);
  if (system === 'strategic' && region !== 'home') return refuse('strategic-at-home', 'strategic forces are counted at home');
  const needsAllies = region === 'europe' && (actor === 'us' || actor === 'nato');
  if (needsAllies) {
    const threshold = system === 'missileDefence' ? COEFFICIENTS.deploy.defenceCohesionThreshold : COEFFICIENTS.deploy.basingCohesionThreshold;
    if (world.natoCohesion < threshold) {
      return refuse('no-host', `no ally will host it: NATO cohesion ${Math.round(world.natoCohesion * 100)} is below ${Math.round(threshold * 100)} (Egmont 106 §2.3)`);
    }
  }
  return null;
}
