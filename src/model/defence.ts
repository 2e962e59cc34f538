import { saturate } from './math.js';
import { blocOf, type Rules } from './rules/index.js';
import type { ActorId, RegionId, World } from './types.js';

/**
 * Pure: the share of a destabilising threat in `region` that the missile defences of `target`'s bloc
 * there blunt: `defence.maxCover * S(units / defence.coverScale)` (Egmont 106 §3.5: NATO IAMD; small,
 * since defence is costly and not reliable, §2.2).
 */
export function defenceCover(rules: Rules, forces: World['forces'], target: ActorId, region: RegionId): number {
  let units = 0;
  for (const member of blocOf(rules, target)) units += forces[member].missileDefence[region];
  return units === 0 ? 0 : rules.defence.maxCover * saturate(units, rules.defence.coverScale);
}
