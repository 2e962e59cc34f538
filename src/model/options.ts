import { checkLegality } from './legality.js';
import { REGIONS, SYSTEMS, type Action, type ActorId, type Refusal, type World } from './types.js';

export interface Option {
  readonly action: Action;
  readonly refusal: Refusal | null;
}

/** Partners invited to talks on a regime: its other present parties, or a proposal's required parties. */
export function defaultPartners(world: World, actor: ActorId, treatyId: string, present: readonly ActorId[]): ActorId[] {
  const treaty = world.treaties[treatyId];
  const pool = treaty.exists
    ? present.filter((p) => p !== actor && (treaty.parties[p] === 'inForce' || treaty.parties[p] === 'suspended' || treaty.parties[p] === 'signed'))
    : present.filter((p) => p !== actor && treaty.required.includes(p));
  return pool.length > 0 ? pool : present.filter((p) => p !== actor && treaty.required.includes(p));
}

/**
 * Pure: every action `actor` could name this turn, each with its refusal (null when legal), in a
 * fixed order: deploy, withdraw, negotiate, sanction, hold.
 */
export function listOptions(world: World, actor: ActorId, present: readonly ActorId[]): Option[] {
  const actions: Action[] = [];
  for (const system of SYSTEMS) for (const region of REGIONS) actions.push({ type: 'deploy', system, region });
  const treatyIds = Object.keys(world.treaties).sort();
  for (const treaty of treatyIds) {
    if (world.treaties[treaty].parties[actor] === undefined) continue;
    actions.push({ type: 'withdraw', treaty, mode: 'suspend' }, { type: 'withdraw', treaty, mode: 'withdraw' });
  }
  for (const treaty of treatyIds) actions.push({ type: 'negotiate', treaty, partners: defaultPartners(world, actor, treaty, present) });
  for (const target of present) if (target !== actor) actions.push({ type: 'sanction', target });
  actions.push({ type: 'hold' });
  return actions.map((action) => ({ action, refusal: checkLegality(world, actor, action, present) }));
}

/** Pure: the legal actions only. */
export function legalActions(world: World, actor: ActorId, present: readonly ActorId[]): Action[] {
  return listOptions(world, actor, present).filter((o) => o.refusal === null).map((o) => o.action);
}

/** A short, stable label for an action, used in reasons, CSV cells and the UI. */
export function describeAction(action: Action): string {
  switch (action.type) {
    case 'deploy':
      return `deploy ${action.system}@${action.region}`;
    case 'withdraw':
      return `${action.mode} ${action.treaty}`;
    case 'negotiate':
      return `negotiate ${action.treaty} with ${action.partners.join('+')}`;
    case 'sanction':
      return `sanction ${action.target}`;
    case 'hold':
      return 'hold';
  }
}

/**
 * Pure: an action with its fields in the one order the model builds them in. Records spread
 * an order into their action, so the digest would otherwise depend on the key order of a parsed file.
 */
export function canonicalAction(action: Action): Action {
  switch (action.type) {
    case 'deploy':
      return { type: 'deploy', system: action.system, region: action.region };
    case 'withdraw':
      return { type: 'withdraw', treaty: action.treaty, mode: action.mode };
    case 'negotiate':
      return { type: 'negotiate', treaty: action.treaty, partners: [...action.partners] };
    case 'sanction':
      return { type: 'sanction', target: action.target };
    case 'hold':
      return { type: 'hold' };
  }
}
