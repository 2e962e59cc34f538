import { COEFFICIENTS } from './coefficients.js';
import type { ActorId, RegionId } from './types.js';

/**
 * Which actors stand, or have allies, in each theatre. A system in a region threatens every actor
 * present there that is a rival of its owner (Egmont 106 §1.1: SS-20s could reach Europe, not the US;
 * §2.1: China's missiles hold the Western Pacific; §2.3: basing in Europe or Asia).
 */
export const PRESENCE: Readonly<Record<RegionId, readonly ActorId[]>> = {
  home: [],
  europe: ['russia', 'nato', 'eu', 'us'],
  asia: ['china', 'us', 'russia'],
};

/** Whether a and b are rivals: a pair listed in COEFFICIENTS.rivalries, either way round. */
export function areRivals(a: ActorId, b: ActorId): boolean {
  return COEFFICIENTS.rivalries.some((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a));
}

const NEAR = new Map<string, readonly ActorId[]>();

/** Rivals of `owner` that a system in `region` stands near. Home-based systems threaten no one nearby. */
export function rivalsNear(owner: ActorId, region: RegionId): readonly ActorId[] {
  const key = `${owner}|${region}`;
  let near = NEAR.get(key);
  if (!near) {
    near = PRESENCE[region].filter((other) => other !== owner && areRivals(owner, other));
    NEAR.set(key, near);
  }
  return near;
}
