import { original, type Draft } from 'immer';
import { ACTOR_NAMES as NAME, SYSTEM_NAMES, REGION_NAMES } from '../names.js';
import { COEFFICIENTS } from '../coefficients.js';
import { rivalsNear } from '../geography.js';
import { clamp } from '../math.js';
import type { ActorId, RegionId, SystemId, World } from '../types.js';
import type { Draw, Report } from './draw.js';
import { addTension } from './tension.js';

/**
 * A deployment: forces grow, rivals in range grow tense, allies pay a cohesion price for basing,
 * and a deployment banned by a regime in force is a breach that may be detected.
 */
export function applyDeploy(w: Draft<World>, actor: ActorId, system: SystemId, region: RegionId, present: readonly ActorId[], draw: Draw, report: Report): void {
  const c = COEFFICIENTS.deploy;
  w.forces[actor][system][region] += c.unit;
  w.armsRace += c.armsRace;
  for (const rival of rivalsNear(actor, region)) {
    if (present.includes(rival)) addTension(w, actor, rival, c.tension[system]);
  }
  if (region === 'europe' && system === 'groundLaunchedIntermediate') {
    if (actor === 'us' || actor === 'nato') {
      w.natoCohesion = clamp(w.natoCohesion - c.basingCohesionCost);
      report({ type: 'basing.strain', actor, text: `Basing ground-launched missiles in Europe divides the allies (NATO cohesion -${c.basingCohesionCost * 100}).` });
    } else if (actor === 'russia') {
      w.natoCohesion = clamp(w.natoCohesion + c.rallyCohesion);
    }
  }
  // Which regimes could be breached is read from the world before this turn (party lists and bans
  // do not change before deployments resolve), so only those regimes are drafted.
  const before = original(w)!.treaties;
  for (const id of Object.keys(before).sort()) {
    if (!before[id].bans.includes(system) || !before[id].banRegions.includes(region) || before[id].parties[actor] === undefined) continue;
    const treaty = w.treaties[id];
    if (!treaty.exists || treaty.defunct || treaty.parties[actor] !== 'inForce') continue;
    treaty.integrity = clamp(treaty.integrity - c.breachIntegrityLoss);
    if (w.exposedBreaches.includes(actor)) {
      report({ type: 'breach.continued', actor, text: `${NAME[actor]} adds to a known breach of ${treaty.name}.` });
    } else if (draw(`detect/${id}`) < c.detectionChance) {
      w.exposedBreaches.push(actor);
      for (const other of Object.keys(treaty.parties) as ActorId[]) if (present.includes(other)) addTension(w, actor, other, c.exposureTension);
      report({ type: 'breach.detected', actor, text: `${NAME[actor]}'s deployment of ${SYSTEM_NAMES[system]} is exposed as a breach of ${treaty.name}.` });
    } else {
      report({ type: 'breach.covert', actor, text: `${NAME[actor]} deploys ${SYSTEM_NAMES[system]} ${region === 'home' ? 'at home' : `in ${REGION_NAMES[region]}`}; the breach of ${treaty.name} goes undetected for now.` });
    }
  }
}
