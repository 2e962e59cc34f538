import { z } from 'zod';
import { REGION_NAMES, SYSTEM_NAMES } from '../names.js';
import { clamp } from '../math.js';
import { areRivals, rivalsNear } from '../rules/index.js';
import { addTension } from '../effects/tension.js';
import { hostRefusal } from '../hosts.js';
import { DECLARE_KINDS, REGIONS, SYSTEMS, type ActorId, type DeclareAction, type DeclareKind, type RegionId, type SystemId, type World } from '../types.js';
import { refuse, type ActionModule, type View } from './module.js';

const KIND_WORDS: Readonly<Record<DeclareKind, string>> = {
  moratorium: 'pledge a moratorium', announce: 'announce a deployment', test: 'flight-test a system', end: 'end a moratorium pledge',
};
const to = (region: RegionId) => (region === 'home' ? 'at home' : `in ${REGION_NAMES[region]}`);

/** Units of `system` the present rivals of `actor` stand with in `region`. */
export function rivalUnits(view: Pick<View, 'rules' | 'present'>, world: World, actor: ActorId, system: SystemId, region: RegionId): number {
  let units = 0;
  for (const other of view.present) if (other !== actor && areRivals(view.rules, actor, other)) units += world.forces[other][system][region];
  return units;
}

const ownPledge = (world: World, actor: ActorId, system: SystemId, region: RegionId) => world.pledges.find((p) => p.by === actor && p.system === system && p.region === region);

/**
 * A public, unilateral declaration that moves no forces (Egmont 106 §2.3; the record of 2019-2024):
 * a moratorium pledge not to deploy a destabilising system in a region while no rival adds to its
 * own there (Russia's offer of 2019), an announcement of a deployment to come (the US-German
 * statement of July 2024), a flight test (US tests of August and December 2019), or the end of
 * one's own pledge. A pledge binds the pledger's own options while it holds.
 */
export const declare: ActionModule<DeclareAction> = {
  type: 'declare',
  title: 'declare: pledge, announce, test, or end a pledge',
  params: [
    { key: 'kind', title: () => 'Declare what?', choice: (_view, _actor, value) => ({ label: KIND_WORDS[value as DeclareKind] }) },
    { key: 'system', title: () => 'Which system?', choice: (_view, _actor, value) => ({ label: SYSTEM_NAMES[value as SystemId] }) },
    { key: 'region', title: () => 'Where?', choice: (_view, _actor, value) => ({ label: value === 'home' ? 'at home' : REGION_NAMES[value as RegionId], hint: '' }) },
  ],
  schema: z.strictObject({ type: z.literal('declare'), kind: z.enum(DECLARE_KINDS), system: z.enum(SYSTEMS), region: z.enum(REGIONS) }),
  phase: 30,

  enumerate({ rules, world }, actor) {
    const facts = rules.actors[actor];
    const actions: DeclareAction[] = [];
    for (const system of rules.destabilising) {
      if (!facts.arsenal.includes(system)) continue;
      for (const region of REGIONS) {
        if (region === 'home' || !facts.basing.includes(region)) continue;
        if (ownPledge(world, actor, system, region)) actions.push({ type: 'declare', kind: 'end', system, region });
        else actions.push({ type: 'declare', kind: 'moratorium', system, region }, { type: 'declare', kind: 'announce', system, region });
      }
      actions.push({ type: 'declare', kind: 'test', system, region: 'home' });
    }
    return actions;
  },

  check({ rules, world }, actor, { kind, system, region }) {
    const facts = rules.actors[actor];
    if (!rules.destabilising.includes(system)) return refuse('not-destabilising', `declarations concern destabilising systems (${rules.destabilising.map((s) => SYSTEM_NAMES[s]).join(', ')})`);
    if (!facts.arsenal.includes(system)) return refuse('not-in-arsenal', facts.arsenalNote ?? `${facts.name} does not field ${SYSTEM_NAMES[system]}`);
    if (kind === 'test') return region === 'home' ? null : refuse('test-at-home', 'a flight test is declared at home');
    if (region === 'home' || !facts.basing.includes(region)) return refuse('no-basing', `${facts.name} has no basing ${to(region)}`);
    const pledged = ownPledge(world, actor, system, region);
    if (kind === 'end') return pledged ? null : refuse('no-pledge', `${facts.name} has no moratorium on ${SYSTEM_NAMES[system]} ${to(region)} to end`);
    if (pledged) return refuse('pledged', `${facts.name} has pledged a moratorium on ${SYSTEM_NAMES[system]} ${to(region)}; it must end the pledge first`);
    if (kind === 'announce' && world.announcements.some((a) => a.by === actor && a.system === system && a.region === region)) {
      return refuse('already-announced', `${facts.name} has already announced ${SYSTEM_NAMES[system]} ${to(region)}`);
    }
    // A deployment to come needs a host as much as one made (the July 2024 announcement was Germany's as much as Washington's).
    const noHost = kind === 'announce' ? hostRefusal(rules, world, actor, system, region) : null;
    if (noHost) return refuse('no-host', noHost);
    return null;
  },

  terms(view, { actor, doctrine: d, obs }, { kind, system, region }, add) {
    const { rules } = view;
    const U = rules.utility;
    const near = rivalsNear(rules, actor, region).filter((r) => view.present.includes(r));
    const rival = near.length > 0 ? near.reduce((a, b) => (obs.tension[b] > obs.tension[a] ? b : a)) : null;
    // What a deployment there would answer: the threat the declaration signals against, or forgoes.
    const answer = rival ? U.threat * d.threatPerception * obs.tension[rival] : 0;
    const allies = rules.actors[actor].basingNeedsCohesion.includes(region);
    switch (kind) {
      case 'moratorium':
        add('restraint shown', d.armsControl * U.pledgeValue);
        if (rival) add(`forgoes answering ${rival}`, -answer);
        if (allies) add('reassures allies', d.allianceWeight * U.allianceCost * rules.declare.moratoriumCohesion);
        return;
      case 'announce':
        if (rival) add(`signals to ${rival}`, answer * U.announceShare);
        else add('no rival in range', -U.irrelevantRegion);
        if (allies) add('divides allies', -d.allianceWeight * U.allianceCost * rules.declare.announceCohesion);
        return;
      case 'test':
        add(() => `threat${obs.threatFrom ? ` from ${obs.threatFrom}` : ''}`, U.threat * d.threatPerception * obs.threat * U.testShare);
        add('cost', -d.costSensitivity * U.testCost);
        return;
      case 'end':
        if (rival) add(`answers ${rival}`, answer);
        add('restraint given up', -d.armsControl * U.pledgeValue);
        return;
    }
  },

  resolve(w, turn, orders) {
    const { rules, present, report } = turn;
    const c = rules.declare;
    const view = { rules, present };
    for (const { actor, action: { kind, system, region } } of orders) {
      const allies = rules.actors[actor].basingNeedsCohesion.includes(region);
      const near = rivalsNear(rules, actor, region).filter((r) => present.includes(r));
      switch (kind) {
        case 'moratorium':
          w.pledges.push({ by: actor, system, region, since: w.turn, rivalsAt: rivalUnits(view, turn.start, actor, system, region) });
          for (const r of near) addTension(w, actor, r, -c.moratoriumTrust);
          if (allies) w.natoCohesion = clamp(w.natoCohesion + c.moratoriumCohesion);
          report({ type: 'pledge.made', actor, system, region });
          break;
        case 'announce':
          w.announcements.push({ by: actor, system, region, since: w.turn });
          for (const r of near) addTension(w, actor, r, c.announceTension);
          if (allies) w.natoCohesion = clamp(w.natoCohesion - c.announceCohesion);
          report({ type: 'deployment.announced', actor, system, region });
          break;
        case 'test':
          w.armsRace += c.testArmsRace;
          for (const r of present) if (r !== actor && areRivals(rules, actor, r)) addTension(w, actor, r, c.testTension);
          report({ type: 'missile.tested', actor, system });
          break;
        case 'end':
          w.pledges = w.pledges.filter((p) => !(p.by === actor && p.system === system && p.region === region));
          for (const r of near) addTension(w, actor, r, c.endTension);
          report({ type: 'pledge.ended', actor, system, region, cause: 'ended' });
          break;
      }
    }
  },

  kindOf: ({ kind }) => `declare ${kind}`,
  canonical: ({ kind, system, region }) => ({ type: 'declare', kind, system, region }),
  describe: ({ kind, system, region }) => `declare ${kind} ${system}@${region}`,
  text: ({ kind, system, region }) => {
    switch (kind) {
      case 'moratorium':
        return `pledge no ${SYSTEM_NAMES[system]} ${to(region)} while rivals add none`;
      case 'announce':
        return `announce ${SYSTEM_NAMES[system]} ${to(region)}`;
      case 'test':
        return `flight-test ${SYSTEM_NAMES[system]}`;
      case 'end':
        return `end the moratorium on ${SYSTEM_NAMES[system]} ${to(region)}`;
    }
  },
};
