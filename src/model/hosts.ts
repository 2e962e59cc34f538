import { REGION_NAMES } from './names.js';
import type { Rules } from './rules/index.js';
import type { ActorId, Host, RegionId, SystemId, World } from './types.js';
import { sortedIds } from './ids.js';

/** The state of a region most willing to host forces, or undefined when none stands there. */
export function bestHost(world: World, region: RegionId): Host | undefined {
  let best: Host | undefined;
  for (const id of sortedIds(world.hosts)) {
    const h = world.hosts[id];
    if (h.region === region && (!best || h.consent > best.consent)) best = h;
  }
  return best;
}

/**
 * Pure: why no state would host the actor's system in the region (Egmont 106 §2.3: hosting
 * ground-based missiles is politically sensitive for any ally, in Europe as in Asia), or null when
 * one would or none is needed. Sea- and air-launched systems need no host's land; missile defence
 * in a region where basing needs the alliance's cohesion is the alliance's (NATO's BMD, decided
 * by consensus), so cohesion decides it there.
 */
export function hostRefusal(rules: Rules, world: World, actor: ActorId, system: SystemId, region: RegionId): string | null {
  const facts = rules.actors[actor];
  if (!facts.basingNeedsHost.includes(region) || system === 'seaAirCruise') return null;
  if (system === 'missileDefence' && facts.basingNeedsCohesion.includes(region)) return null;
  const host = bestHost(world, region);
  if (host && host.consent >= rules.deploy.hostConsentThreshold) return null;
  const best = host ? `the most willing, ${host.name}, stands at ${Math.round(host.consent * 100)}` : 'there is none';
  return `no state in ${REGION_NAMES[region]} will host it: ${best}, below ${Math.round(rules.deploy.hostConsentThreshold * 100)} (Egmont 106 §2.3)`;
}
