import { z } from 'zod';
import { REGION_NAMES, SYSTEM_NAMES } from '../names.js';
import { clamp } from '../math.js';
import { rivalsNear, type Rules } from '../rules/index.js';
import { addTension } from '../effects/tension.js';
import { REGIONS, SYSTEMS, type ActorId, type DeployAction, type RegionId, type Refusal, type SystemId, type World } from '../types.js';
import { hostRefusal } from '../hosts.js';
import { refuse, type ActionModule, type Chooser } from './module.js';
import { sortedIds } from '../ids.js';

const where = (region: RegionId) => (region === 'home' ? 'at home' : `in ${REGION_NAMES[region]}`);

// The regimes in force for a chooser, by the system and region they ban: read once per chooser, not once per deployment.
const bannedByMemo = new WeakMap<Chooser, Map<string, string>>();
function bannedBy(world: World, chooser: Chooser): Map<string, string> {
  let map = bannedByMemo.get(chooser);
  if (map) return map;
  map = new Map();
  for (const id of sortedIds(world.treaties)) {
    const t = world.treaties[id];
    if (!t.exists || t.defunct || t.parties[chooser.actor] !== 'inForce') continue;
    for (const s of t.bans) for (const r of t.banRegions) if (!map.has(`${s}@${r}`)) map.set(`${s}@${r}`, id);
  }
  bannedByMemo.set(chooser, map);
  return map;
}

/** Pure: why the rules alone forbid the deployment, whatever the world (an arsenal, a basing, where strategic forces count), or null. */
function refusalByRules(rules: Rules, actor: ActorId, system: SystemId, region: RegionId): Refusal | null {
  const facts = rules.actors[actor];
  if (!facts.arsenal.includes(system)) return refuse('not-in-arsenal', facts.arsenalNote ?? `${facts.name} does not field ${SYSTEM_NAMES[system]}`);
  if (!facts.basing.includes(region)) return refuse('no-basing', `${facts.name} has no basing ${where(region)}`);
  if (system === 'strategic' && region !== 'home') return refuse('strategic-at-home', 'strategic forces are counted at home');
  return null;
}

// Half of the deployments an actor lists each turn are refused by its rules alone: decide those once
// per Rules value and actor, in a row indexed by system and region (no key to build on the hot path).
const standingMemo = new WeakMap<Rules, Map<ActorId, ReadonlyArray<Refusal | null>>>();
function standingRefusal(rules: Rules, actor: ActorId, system: SystemId, region: RegionId): Refusal | null {
  let byActor = standingMemo.get(rules);
  if (!byActor) {
    byActor = new Map();
    standingMemo.set(rules, byActor);
  }
  let row = byActor.get(actor);
  if (!row) {
    row = SYSTEMS.flatMap((s) => REGIONS.map((r) => refusalByRules(rules, actor, s, r)));
    byActor.set(actor, row);
  }
  const s = SYSTEMS.indexOf(system);
  const r = REGIONS.indexOf(region);
  // An order from outside names anything: what the row does not hold is judged in full.
  return s < 0 || r < 0 ? refusalByRules(rules, actor, system, region) : row[s * REGIONS.length + r];
}

/**
 * Deploy a system to a region: forces grow, rivals in range grow tense, allies pay a cohesion price
 * for basing, and a deployment banned by a regime in force is a breach that may be detected.
 */
export const deploy: ActionModule<DeployAction> = {
  type: 'deploy',
  title: 'deploy a system to a region',
  params: [
    { key: 'system', title: () => 'Deploy which system?', choice: (_view, _actor, value) => ({ label: SYSTEM_NAMES[value as SystemId] }) },
    {
      key: 'region',
      title: (_view, picked) => `Deploy ${SYSTEM_NAMES[picked.system as SystemId]} where?`,
      choice: ({ world }, actor, value, options) => {
        const system = (options[0]?.action as DeployAction | undefined)?.system;
        return { label: REGION_NAMES[value as RegionId], hint: system ? `${world.forces[actor][system][value as RegionId]} there now` : '' };
      },
    },
  ],
  schema: z.strictObject({ type: z.literal('deploy'), system: z.enum(SYSTEMS), region: z.enum(REGIONS) }),
  phase: 40,

  enumerate() {
    const actions: DeployAction[] = [];
    for (const system of SYSTEMS) for (const region of REGIONS) actions.push({ type: 'deploy', system, region });
    return actions;
  },

  check({ rules, world }, actor, { system, region }) {
    const standing = standingRefusal(rules, actor, system, region);
    if (standing) return standing;
    const facts = rules.actors[actor];
    const fielded = world.fieldingFrom[actor]?.[system];
    if (fielded !== undefined && world.turn < fielded) return refuse('in-development', `${facts.name} has no ${SYSTEM_NAMES[system]} ready to field yet (in development for ${fielded - world.turn} more ${fielded - world.turn === 1 ? 'quarter' : 'quarters'})`);
    if (world.pledges.some((p) => p.by === actor && p.system === system && p.region === region)) {
      return refuse('pledged', `${facts.name} has pledged not to deploy ${SYSTEM_NAMES[system]} ${where(region)} while its rivals add none; it must end the pledge first`);
    }
    if (facts.basingNeedsCohesion.includes(region)) {
      const threshold = system === 'missileDefence' ? rules.deploy.defenceCohesionThreshold : rules.deploy.basingCohesionThreshold;
      if (world.natoCohesion < threshold) {
        return refuse('no-host', `no ally will host it: NATO cohesion ${Math.round(world.natoCohesion * 100)} is below ${Math.round(threshold * 100)} (Egmont 106 §2.3)`);
      }
    }
    const noHost = hostRefusal(rules, world, actor, system, region);
    if (noHost) return refuse('no-host', noHost);
    return null;
  },

  terms({ rules, world, present }, chooser, { system, region }, add) {
    const { actor, doctrine: d, obs } = chooser;
    const U = rules.utility;
    // A system answers the rivals it stands near; defences and strategic forces answer the overall threat.
    const near = rivalsNear(rules, actor, region).filter((r) => present.includes(r));
    const defensive = system === 'missileDefence' || system === 'strategic';
    const share = rules.destabilising.includes(system) ? 1 : U.nonDestabilisingThreatShare;
    if (defensive) add(() => `threat${obs.threatFrom ? ` from ${obs.threatFrom}` : ''}`, U.threat * d.threatPerception * obs.threat * share);
    else if (near.length === 0) add('no rival in range', -U.irrelevantRegion);
    else {
      const rival = near.reduce((a, b) => (obs.tension[b] > obs.tension[a] ? b : a));
      add(`answers ${rival}`, U.threat * d.threatPerception * obs.tension[rival] * share);
    }
    add('cost', -d.costSensitivity * U.systemCost[system]);
    const breached = bannedBy(world, chooser).get(`${system}@${region}`);
    if (breached) add(`breaches ${breached}`, -d.armsControl * U.breachPenalty);
    const fielded = world.forces[actor][system];
    const units = fielded.home + fielded.europe + fielded.asia;
    if (units > 0) add('already fielded', -U.saturation * units);
    if (system === 'groundLaunchedIntermediate' && rules.actors[actor].basingNeedsCohesion.includes(region)) {
      add('strains allies', -d.allianceWeight * U.allianceCost * rules.deploy.basingCohesionCost);
    }
  },

  resolve(w, turn, orders) {
    const { rules, start, present, report } = turn;
    const c = rules.deploy;
    for (const { actor, action: { system, region } } of orders) {
      const facts = rules.actors[actor];
      w.forces[actor][system][region] += c.unit;
      w.armsRace += c.armsRace;
      // A deployment announced is a deployment made.
      w.announcements = w.announcements.filter((a) => !(a.by === actor && a.system === system && a.region === region));
      for (const rival of rivalsNear(rules, actor, region)) {
        if (present.includes(rival)) addTension(w, actor, rival, c.tension[system]);
      }
      if (system === 'groundLaunchedIntermediate') {
        if (facts.basingNeedsCohesion.includes(region)) {
          w.natoCohesion = clamp(w.natoCohesion - c.basingCohesionCost);
          report({ type: 'basing.strain', actor, system, region, cohesion: c.basingCohesionCost });
        } else if (facts.basingRalliesAllies.includes(region)) {
          w.natoCohesion = clamp(w.natoCohesion + c.rallyCohesion);
        }
      }
      // Which regimes could be breached is read from the world as the turn began (party lists and
      // bans do not change before deployments resolve), so only those regimes are drafted.
      for (const id of sortedIds(start.treaties)) {
        const before = start.treaties[id];
        if (!before.bans.includes(system) || !before.banRegions.includes(region) || before.parties[actor] === undefined) continue;
        const treaty = w.treaties[id];
        if (!treaty.exists || treaty.defunct || treaty.parties[actor] !== 'inForce') continue;
        treaty.integrity = clamp(treaty.integrity - c.breachIntegrityLoss);
        if (w.exposedBreaches.includes(actor)) {
          report({ type: 'breach.continued', actor, treaty: id, system, region });
        } else if (turn.draw(`detect/${id}/${actor}`) < c.detectionChance) {
          w.exposedBreaches.push(actor);
          for (const other of Object.keys(treaty.parties)) if (present.includes(other)) addTension(w, actor, other, c.exposureTension);
          report({ type: 'breach.detected', actor, treaty: id, system, region });
        } else {
          report({ type: 'breach.covert', actor, treaty: id, system, region });
        }
      }
    }
  },

  canonical: ({ system, region }) => ({ type: 'deploy', system, region }),
  describe: ({ system, region }) => `deploy ${system}@${region}`,
  text: ({ system, region }) => `deploy ${SYSTEM_NAMES[system]} ${region === 'home' ? 'at home' : `to ${REGION_NAMES[region]}`}`,
};
