import {
  ACTION_TYPES, checkLegality, listOptions, talksOdds,
  type Action, type ActorId, type Option, type Refusal, type World,
} from '../model/index.js';
import { ACTION_TYPE_NAMES, ACTOR_NAMES, REGION_NAMES, SYSTEM_NAMES } from './labels.js';

/** One line of an order menu: unavailable ones carry the model's reason and cannot be picked. */
export interface Choice {
  readonly key: string;
  readonly label: string;
  readonly unavailable: string | null;
  readonly hint: string;
}

/** Where a team is in building its order: picking from a menu, naming partners for talks, or done. */
export type OrderStep =
  | { readonly kind: 'choose'; readonly title: string; readonly choices: readonly Choice[] }
  | { readonly kind: 'partners'; readonly title: string; readonly treaty: string; readonly candidates: readonly ActorId[]; readonly defaults: readonly ActorId[] }
  | { readonly kind: 'done'; readonly action: Action };

/** The reason a whole group is unavailable: the one reason all its options share, or the first of several. */
function groupReason(options: readonly Option[], empty: string): string | null {
  if (options.length === 0) return empty;
  if (options.some((o) => o.refusal === null)) return null;
  const reasons = [...new Set(options.map((o) => (o.refusal as Refusal).reason))];
  return reasons.length === 1 ? reasons[0] : `${reasons[0]} (and ${reasons.length - 1} other reason${reasons.length > 2 ? 's' : ''})`;
}

const count = (options: readonly Option[]) => {
  const legal = options.filter((o) => o.refusal === null).length;
  return `${legal} of ${options.length} open`;
};

/** Open choices first, each group in the model's order, so that a team's cursor starts on something it can do. */
function openFirst(step: OrderStep): OrderStep {
  if (step.kind !== 'choose') return step;
  return { ...step, choices: [...step.choices.filter((c) => !c.unavailable), ...step.choices.filter((c) => c.unavailable)] };
}

/** Pure: the index of the first open choice of a step (0 when none is open). */
export function firstOpen(step: OrderStep): number {
  return step.kind === 'choose' ? Math.max(0, step.choices.findIndex((c) => !c.unavailable)) : 0;
}

/**
 * Pure: the step of the order menu at `path` (the keys picked so far: the action type, then its
 * parameters). Every choice comes from `listOptions`, so a team sees exactly what the model allows
 * and, for the rest, the model's reason. Action types keep a fixed order; parameters list the open
 * choices first.
 */
export function orderStep(world: World, actor: ActorId, present: readonly ActorId[], path: readonly string[]): OrderStep {
  const step = menuAt(world, actor, present, path);
  return path.length === 0 ? step : openFirst(step);
}

function menuAt(world: World, actor: ActorId, present: readonly ActorId[], path: readonly string[]): OrderStep {
  const options = listOptions(world, actor, present);
  const [type, first, second] = path;
  if (type === undefined) {
    return {
      kind: 'choose',
      title: `${ACTOR_NAMES[actor]}: choose the type of action`,
      choices: ACTION_TYPES.map((t) => {
        const group = options.filter((o) => o.action.type === t);
        return { key: t, label: ACTION_TYPE_NAMES[t], unavailable: groupReason(group, `${ACTOR_NAMES[actor]} is party to no regime`), hint: t === 'hold' ? '' : count(group) };
      }),
    };
  }
  const ofType = options.filter((o) => o.action.type === type);
  switch (type) {
    case 'hold':
      return { kind: 'done', action: { type: 'hold' } };
    case 'deploy': {
      const deploys = ofType as Array<Option & { action: Extract<Action, { type: 'deploy' }> }>;
      if (first === undefined) {
        const systems = [...new Set(deploys.map((o) => o.action.system))];
        return {
          kind: 'choose', title: 'Deploy which system?',
          choices: systems.map((s) => {
            const group = deploys.filter((o) => o.action.system === s);
            return { key: s, label: SYSTEM_NAMES[s], unavailable: groupReason(group, ''), hint: count(group) };
          }),
        };
      }
      const regions = deploys.filter((o) => o.action.system === first);
      if (second === undefined) {
        return {
          kind: 'choose', title: `Deploy ${SYSTEM_NAMES[first as keyof typeof SYSTEM_NAMES]} where?`,
          choices: regions.map((o) => ({
            key: o.action.region, label: REGION_NAMES[o.action.region], unavailable: o.refusal?.reason ?? null,
            hint: `${world.forces[actor][o.action.system][o.action.region]} there now`,
          })),
        };
      }
      return done(regions.find((o) => o.action.region === second));
    }
    case 'withdraw': {
      const withdrawals = ofType as Array<Option & { action: Extract<Action, { type: 'withdraw' }> }>;
      if (first === undefined) {
        const treaties = [...new Set(withdrawals.map((o) => o.action.treaty))];
        return {
          kind: 'choose', title: 'Suspend or leave which regime?',
          choices: treaties.map((t) => ({ key: t, label: world.treaties[t].name, unavailable: groupReason(withdrawals.filter((o) => o.action.treaty === t), ''), hint: '' })),
        };
      }
      const modes = withdrawals.filter((o) => o.action.treaty === first);
      if (second === undefined) {
        const notice = world.treaties[first].noticeTurns;
        return {
          kind: 'choose', title: `${world.treaties[first].name}: suspend or withdraw?`,
          choices: modes.map((o) => ({
            key: o.action.mode,
            label: o.action.mode === 'suspend' ? 'suspend compliance' : 'withdraw',
            unavailable: o.refusal?.reason ?? null,
            hint: o.action.mode === 'withdraw' && notice > 0 ? `takes effect after ${notice} turns' notice` : '',
          })),
        };
      }
      return done(modes.find((o) => o.action.mode === second));
    }
    case 'negotiate': {
      const talks = ofType as Array<Option & { action: Extract<Action, { type: 'negotiate' }> }>;
      if (first === undefined) {
        return {
          kind: 'choose', title: 'Talks on which regime or proposal?',
          choices: talks.map((o) => {
            const treaty = world.treaties[o.action.treaty];
            const partners = o.action.partners.map((p) => ACTOR_NAMES[p]).join('+');
            return { key: o.action.treaty, label: treaty.exists ? treaty.name : `${treaty.name} (proposal)`, unavailable: o.refusal?.reason ?? null, hint: partners ? `with ${partners}` : '' };
          }),
        };
      }
      const option = talks.find((o) => o.action.treaty === first);
      if (!option || option.refusal) return done(option);
      return {
        kind: 'partners', title: `Talks on ${world.treaties[first].name}: invite whom?`, treaty: first,
        candidates: present.filter((p) => p !== actor), defaults: option.action.partners,
      };
    }
    case 'sanction': {
      if (first === undefined) {
        return {
          kind: 'choose', title: 'Sanction whom?',
          choices: ofType.map((o) => {
            const target = (o.action as Extract<Action, { type: 'sanction' }>).target;
            return { key: target, label: ACTOR_NAMES[target], unavailable: o.refusal?.reason ?? null, hint: `tension ${Math.round(world.tension[actor][target] * 100)}` };
          }),
        };
      }
      return done(ofType.find((o) => (o.action as Extract<Action, { type: 'sanction' }>).target === first));
    }
    default:
      throw new Error(`not an action type: ${type}`);
  }
}

function done(option: Option | undefined): OrderStep {
  if (!option) throw new Error('the order path names no option');
  if (option.refusal) throw new Error(`the order path names a refused option: ${option.refusal.reason}`);
  return { kind: 'done', action: option.action };
}

/** Pure: a negotiation order with the partners a team named, or the model's refusal of it. */
export function negotiationOrder(world: World, actor: ActorId, present: readonly ActorId[], treaty: string, partners: readonly ActorId[]): { action: Action } | { refusal: Refusal } {
  const action: Action = { type: 'negotiate', treaty, partners: present.filter((p) => partners.includes(p)) };
  const refusal = checkLegality(world, actor, action, present);
  return refusal ? { refusal } : { action };
}

/** Pure: the chance talks succeed this turn if this team is the only one at the table (others may join). */
export function soloOdds(world: World, actor: ActorId, present: readonly ActorId[], treaty: string, partners: readonly ActorId[]): number {
  return talksOdds(world, treaty, [actor], partners, present);
}
