import {
  REGIONS, SYSTEMS, buildRules, quartersBetween,
  type ActorId, type SystemId, type Doctrine, type Effect, type Forces, type PairTable, type Posture, type Rules, type RulesPatch, type Scenario, type Treaty, type World,
} from '../model/index.js';
import { hasMachine } from '../engine/minds.js';
import { compilePolicies, type Reference } from './compilePolicies.js';
import type { PolicyFile } from './policySchema.js';
import type { ScenarioFile } from './schema.js';
import { buildObjectives } from './objectives.js';

/** A problem found after the schema passed: a path into the document and what is wrong there. */
export interface BuildIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

const value = (f: { value: number }) => f.value;

/**
 * Pure: turn a schema-valid scenario document into the engine's Scenario, checking what a schema
 * cannot (references between parts). Returns the issues instead when there are any.
 */
export function buildScenario(doc: ScenarioFile, sha256: string): { scenario: Scenario } | { issues: BuildIssue[] } {
  const built = buildRules(doc.rules as RulesPatch | undefined);
  if ('issues' in built) return { issues: built.issues.map((i) => ({ path: ['rules', ...i.path], message: i.message })) };
  const { rules } = built;
  const issues: BuildIssue[] = [];
  for (const a of Object.keys(doc.actors)) {
    if (!rules.actorIds.includes(a)) issues.push({ path: ['actors', a], message: `${a} is not an actor of the rules (${rules.actorIds.join(', ')}); add its facts under rules.actors.${a}` });
    else if (!hasMachine(a)) issues.push({ path: ['actors', a], message: `${a} has no machine: add actors/${a}.ts and register it in actors/index.ts` });
  }
  const present = rules.actorIds.filter((a) => Object.hasOwn(doc.actors, a));
  if (present.length < 2) issues.push({ path: ['actors'], message: 'a scenario needs at least two actors' });
  const known = (a: ActorId, path: Array<string | number>) => {
    if (!present.includes(a)) issues.push({ path, message: `${a} is not one of this scenario's actors (${present.join(', ')})` });
  };
  const ofRules = (a: ActorId, path: Array<string | number>) => {
    if (!rules.actorIds.includes(a)) issues.push({ path, message: `${a} is not an actor of the rules (${rules.actorIds.join(', ')})` });
  };
  const nonPlayers = doc.world.nonPlayers.map((n) => n.id);
  doc.world.nonPlayers.forEach((n, i) => {
    if (rules.actorIds.includes(n.id)) issues.push({ path: ['world', 'nonPlayers', i, 'id'], message: `${n.id} is an actor of the rules, not a non-player party` });
  });
  // A regime's party is an actor of the rules or a non-player party the scenario names.
  const party = (a: ActorId, path: Array<string | number>) => {
    if (!rules.actorIds.includes(a) && !nonPlayers.includes(a)) {
      issues.push({ path, message: `${a} is neither an actor of the rules (${rules.actorIds.join(', ')}) nor a non-player party of world.nonPlayers (${nonPlayers.join(', ') || 'none'})` });
    }
  };

  const tension = table(rules, doc.world.tension.default.value);
  doc.world.tension.pairs.forEach((p, i) => {
    const [a, b] = p.between;
    if (a === b) issues.push({ path: ['world', 'tension', 'pairs', i, 'between'], message: 'tension is between two different actors' });
    const unknown = [a, b].filter((x) => !rules.actorIds.includes(x));
    unknown.forEach((x) => ofRules(x, ['world', 'tension', 'pairs', i, 'between', p.between.indexOf(x)]));
    if (unknown.length > 0) return;
    tension[a][b] = p.value;
    tension[b][a] = p.value;
  });

  const forces = emptyForces(rules);
  doc.world.forces.forEach((f, i) => {
    known(f.actor, ['world', 'forces', i, 'actor']);
    if (rules.actorIds.includes(f.actor)) forces[f.actor][f.system][f.region] += f.units;
  });

  const treaties: Record<string, Treaty> = {};
  doc.world.treaties.forEach((t, i) => {
    const path = ['world', 'treaties', i];
    if (Object.hasOwn(treaties, t.id)) issues.push({ path: [...path, 'id'], message: `treaty id ${t.id} is used twice` });
    for (const a of Object.keys(t.parties)) party(a, [...path, 'parties', a]);
    t.essential.forEach((a, j) => party(a, [...path, 'essential', j]));
    t.required.forEach((a, j) => ofRules(a, [...path, 'required', j]));
    t.statusFor.forEach((a, j) => ofRules(a, [...path, 'statusFor', j]));
    t.breachedBy.forEach((a, j) => party(a, [...path, 'breachedBy', j]));
    const withdrawalDue: Partial<Record<ActorId, number>> = {};
    for (const [a, q] of Object.entries(t.withdrawalDue ?? {})) withdrawalDue[a as ActorId] = quartersBetween(doc.start, q!);
    treaties[t.id] = {
      id: t.id, name: t.name, binding: t.binding, weight: value(t.weight), integrity: value(t.integrity),
      // A regime that has ended binds no one, whatever the file lists (as when it ends during a game).
      parties: t.defunct ? Object.fromEntries(Object.keys(t.parties).map((a) => [a, 'withdrawn'])) : t.parties, bans: t.bans, banRegions: t.banRegions, noticeTurns: t.noticeTurns, withdrawalDue, lapsedAt: {}, essential: t.essential, required: t.required,
      suspendable: t.suspendable, statusFor: t.statusFor, roles: t.roles, breachedBy: t.breachedBy,
      expiresTurn: t.expires ? quartersBetween(doc.start, t.expires) : null,
      extendableTo: t.extendableTo ? quartersBetween(doc.start, t.extendableTo) : null,
      progress: 0, roundsToSign: t.roundsToSign, signedTurn: null, exists: t.exists, defunct: t.defunct,
    };
  });

  // A policy that names a regime or an actor the scenario lacks would never hold; say so instead.
  const refer = ({ kind, id, path }: Reference) => {
    if (kind === 'regime' && !Object.hasOwn(treaties, id)) issues.push({ path: [...path], message: `no regime with id ${id} in this scenario` });
    if (kind === 'actor') party(id, [...path]);
  };
  const policiesOf = (list: readonly PolicyFile[] | undefined, path: Array<string | number>) => compilePolicies(list ?? [], doc.start, refer, path);
  const hosts = Object.fromEntries(doc.world.hosts.map((h) => [h.id, { name: h.name, region: h.region, consent: h.consent }]));
  const fieldingFrom: Record<ActorId, Partial<Record<SystemId, number>>> = {};
  doc.world.fielding.forEach((f, i) => {
    known(f.actor, ['world', 'fielding', i, 'actor']);
    (fieldingFrom[f.actor] ??= {})[f.system] = quartersBetween(doc.start, f.from);
  });

  // An effect on a treaty or an actor the scenario lacks would silently do nothing; say so instead.
  const checkEffect = (effect: ScenarioFile['injects'][number]['effect'], path: Array<string | number>) => {
    effect.treaties?.forEach((t, j) => {
      if (!Object.hasOwn(treaties, t.id)) issues.push({ path: [...path, 'effect', 'treaties', j, 'id'], message: `no treaty with id ${t.id} in this scenario` });
    });
    effect.forces?.forEach((f, j) => known(f.actor, [...path, 'effect', 'forces', j, 'actor']));
    effect.tension?.forEach((t, j) => t.between.forEach((a, k) => known(a, [...path, 'effect', 'tension', j, 'between', k])));
    effect.exposeBreach?.forEach((a, j) => known(a, [...path, 'effect', 'exposeBreach', j]));
    effect.treaties?.forEach((t, j) => Object.keys(t.status ?? {}).forEach((a) => party(a, [...path, 'effect', 'treaties', j, 'status', a])));
    effect.doctrines?.forEach((d, j) => known(d.actor, [...path, 'effect', 'doctrines', j, 'actor']));
    effect.hosts?.forEach((h, j) => {
      if (!Object.hasOwn(hosts, h.id)) issues.push({ path: [...path, 'effect', 'hosts', j, 'id'], message: `no host with id ${h.id} in world.hosts` });
    });
  };
  // A scheduled event is what lies outside the players' choices: it may not move a player's forces or
  // its standing in a regime (exits, deployments and suspensions come from decisions; an inject may).
  const checkExogenous = (effect: ScenarioFile['events'][number]['effect'], path: Array<string | number>) => {
    effect.forces?.forEach((f, j) => {
      if (present.includes(f.actor)) issues.push({ path: [...path, 'effect', 'forces', j, 'actor'], message: `a scheduled event may not move ${f.actor}'s forces: a player's deployments come from its decisions (a facilitator's inject may)` });
    });
    effect.treaties?.forEach((t, j) => Object.keys(t.status ?? {}).forEach((a) => {
      if (rules.actorIds.includes(a)) issues.push({ path: [...path, 'effect', 'treaties', j, 'status', a], message: `a scheduled event may not set ${a}'s status: a player's exits and suspensions come from its decisions (non-player parties may be moved)` });
    }));
  };
  const compileEffect = (effect: ScenarioFile['events'][number]['effect'], path: Array<string | number>): Effect => ({
    ...(effect as Effect),
    ...(effect.doctrines ? {
      doctrines: effect.doctrines.map((d, j) => {
        const { policies, ...figures } = d.set;
        return { actor: d.actor, set: { ...figures, ...(policies ? { policies: policiesOf(policies, [...path, 'effect', 'doctrines', j, 'set', 'policies']) } : {}) } as Partial<Doctrine> };
      }),
    } : {}),
  });
  doc.events.forEach((e, i) => {
    const turn = quartersBetween(doc.start, e.at);
    if (turn < 0) issues.push({ path: ['events', i, 'at'], message: `${e.at} is before the scenario starts (${doc.start})` });
    if (turn >= 400) issues.push({ path: ['events', i, 'at'], message: `${e.at} is more than 400 turns after the start (${doc.start})` });
    checkEffect(e.effect, ['events', i]);
    checkExogenous(e.effect, ['events', i]);
  });
  doc.injects.forEach((e, i) => checkEffect(e.effect, ['injects', i]));
  const events = doc.events.map((e, i) => ({ id: e.id, title: e.title, text: e.text, effect: compileEffect(e.effect, ['events', i]), turn: quartersBetween(doc.start, e.at) }));
  const injects = doc.injects.map((e, i) => ({ id: e.id, title: e.title, text: e.text, effect: compileEffect(e.effect, ['injects', i]) }));
  const actors: Scenario['actors'] = Object.fromEntries(present.map((a) => {
    const { doctrine: d, posture } = doc.actors[a]!;
    const doctrine: Doctrine = {
      threatPerception: d.threatPerception.value, allianceWeight: d.allianceWeight.value, costSensitivity: d.costSensitivity.value,
      armsControl: d.armsControl.value, bias: Object.fromEntries(Object.entries(d.bias ?? {}).map(([k, f]) => [k, f!.value])),
      policies: policiesOf(d.policies, ['actors', a, 'doctrine', 'policies']),
    };
    return [a, posture ? { doctrine, posture: posture as Posture } : { doctrine }];
  }));
  doc.world.sanctions.forEach((s, i) => {
    known(s.by, ['world', 'sanctions', i, 'by']);
    known(s.on, ['world', 'sanctions', i, 'on']);
  });
  doc.world.exposedBreaches.forEach((a, i) => ofRules(a, ['world', 'exposedBreaches', i]));
  const objectives = buildObjectives(doc.objectives, present, treaties);
  if ('issues' in objectives) issues.push(...objectives.issues);
  if (issues.length > 0 || 'issues' in objectives) return { issues };

  const world: World = {
    turn: 0, treaties, forces, tension, tensionBaseline: structuredClone(tension),
    natoCohesion: doc.world.natoCohesion.value, euUnity: doc.world.euUnity.value,
    natoCohesionBaseline: doc.world.natoCohesion.value, euUnityBaseline: doc.world.euUnity.value, proliferation: doc.world.proliferation.value,
    sanctions: doc.world.sanctions.map((s) => ({ by: s.by, on: s.on, since: 0 })),
    withdrawalShock: 0, crisis: 0, armsRace: 0, exposedBreaches: doc.world.exposedBreaches,
    doctrines: Object.fromEntries(present.map((a) => [a, actors[a]!.doctrine])),
    pledges: [], announcements: [], commitments: {}, hosts, lastActions: {}, fieldingFrom,
    credibility: Object.fromEntries(present.map((a) => [a, 1])),
  };
  return {
    scenario: {
      id: doc.id, title: doc.title, question: doc.question, start: doc.start, turns: doc.turns, actors, rules, world,
      events, injects,
      sha256,
      objectives: objectives.objectives,
    },
  };
}

/** A pair table over every actor of the rules (present or not), so that no lookup falls through. */
function table(rules: Rules, fill: number): PairTable {
  const t = {} as PairTable;
  for (const a of rules.actorIds) {
    t[a] = {} as PairTable[ActorId];
    for (const b of rules.actorIds) t[a][b] = a === b ? 0 : fill;
  }
  return t;
}

/** Forces of every actor of the rules, every system and region, at zero. */
function emptyForces(rules: Rules): Forces {
  const f = {} as Forces;
  for (const a of rules.actorIds) {
    f[a] = {} as Forces[ActorId];
    for (const s of SYSTEMS) {
      f[a][s] = {} as Forces[ActorId][typeof s];
      for (const r of REGIONS) f[a][s][r] = 0;
    }
  }
  return f;
}
