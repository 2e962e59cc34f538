import { clamp, round4, saturate } from './math.js';
import { defenceCover } from './defence.js';
import { rivalsNear, tablesOf, type Rules } from './rules/index.js';
import { REGIONS, type ActorId, type Treaty, type World } from './types.js';
import { sortedIds } from './ids.js';

export interface Indices {
  /** 0..100: how close the world is to open conflict. */
  readonly escalation: number;
  readonly escalationLevel: string;
  /** 0..100: weighted share of the arms-control architecture lost. */
  readonly treatyErosion: number;
  /** 0..100: NATO's ability to agree (basing, dual track). */
  readonly natoCohesion: number;
  /** 0..100: how fast forces are being added (decaying count of recent deployments). */
  readonly armsRace: number;
}

export const INDEX_NAMES = ['escalation', 'treatyErosion', 'natoCohesion', 'armsRace'] as const;

/** The rungs of the escalation ladder (after Kahn, On Escalation, 1965): their names; their lower bounds are in `rules.ladder`. */
export const LADDER = [
  { id: null, level: 'détente' },
  { id: 'competition', level: 'competition' },
  { id: 'crisis', level: 'crisis' },
  { id: 'severeCrisis', level: 'severe crisis' },
  { id: 'brink', level: 'brink' },
] as const;

/** Pure: the ladder's rungs with their lower bounds under `rules` (détente from 0). */
export function ladderOf(rules: Rules): ReadonlyArray<{ readonly from: number; readonly level: string }> {
  return LADDER.map((r) => ({ from: r.id === null ? 0 : rules.ladder[r.id], level: r.level }));
}

/** The named rung of the escalation ladder for an escalation score. */
export function escalationLevel(rules: Rules, escalation: number): string {
  let level: string = LADDER[0].level;
  for (const rung of LADDER) if (rung.id !== null && escalation >= rules.ladder[rung.id]) level = rung.level;
  return level;
}

/**
 * Units of destabilising systems standing near a rival, summed over all owners, each less the share
 * the least-defended rival's defences there blunt (a missile is as destabilising as its softest target).
 */
function destabilisingDeployments(rules: Rules, world: World, present: readonly ActorId[]): number {
  let units = 0;
  for (const owner of present) {
    for (const region of REGIONS) {
      const near = rivalsNear(rules, owner, region).filter((r) => present.includes(r));
      if (near.length === 0) continue;
      let here = 0;
      for (const system of rules.destabilising) here += world.forces[owner][system][region];
      if (here === 0) continue;
      const cover = Math.min(...near.map((r) => defenceCover(rules, world.forces, r, region)));
      units += here * (1 - cover);
    }
  }
  return units;
}

/** How much of a regime still stands, 0..1: its parties' statuses times its integrity. */
export function treatyHealth(rules: Rules, treaty: Treaty): number {
  if (treaty.defunct) return 0;
  const statuses = Object.values(treaty.parties);
  if (statuses.length === 0) return 0;
  const standing = statuses.reduce((sum, s) => sum + rules.statusHealth[s!], 0) / statuses.length;
  return standing * treaty.integrity;
}

/**
 * Pure: escalation = 100 * (w_t * weighted rival tension + w_d * deployments + w_s * sanctions
 * + w_w * withdrawals + w_c * crisis), each term in 0..1; erosion = 100 * sum(w_i * (1 - health_i)) / sum(w_i)
 * over the regimes that exist. See docs/MODEL.md.
 */
export function scoreIndices(rules: Rules, world: World, present: readonly ActorId[]): Indices {
  const e = rules.escalation;
  let tensionSum = 0;
  let weightSum = 0;
  for (const r of tablesOf(rules).rivalries) {
    if (!present.includes(r.a) || !present.includes(r.b)) continue;
    tensionSum += r.weight * world.tension[r.a][r.b];
    weightSum += r.weight;
  }
  const tension = weightSum > 0 ? tensionSum / weightSum : 0;
  const deployments = saturate(destabilisingDeployments(rules, world, present), e.deploymentScale);
  const sanctions = clamp(world.sanctions.length / e.sanctionsScale);
  const withdrawals = clamp(world.withdrawalShock / e.withdrawalScale);
  const crisis = clamp(world.crisis);
  const escalation = round4(100 * clamp(e.tension * tension + e.deployments * deployments + e.sanctions * sanctions + e.withdrawals * withdrawals + e.crisis * crisis));

  let lost = 0;
  let total = 0;
  for (const id of sortedIds(world.treaties)) {
    const treaty = world.treaties[id];
    if (!treaty.exists) continue;
    total += treaty.weight;
    lost += treaty.weight * (1 - treatyHealth(rules, treaty));
  }
  return {
    escalation,
    escalationLevel: escalationLevel(rules, escalation),
    treatyErosion: round4(total > 0 ? (100 * lost) / total : 0),
    natoCohesion: round4(100 * clamp(world.natoCohesion)),
    armsRace: round4(100 * saturate(world.armsRace, rules.armsRaceScale)),
  };
}
