import { ACTIONS, moduleOf, type Action, type ActionType, type ActorId, type PartyStatus, type Rules, type SystemId, type World } from '../model/index.js';

export { SYSTEM_NAMES, REGION_NAMES } from '../model/index.js';

/** An actor's name as people read it ("US", "Russia"), from the rules. */
export function nameOf(rules: Rules, actor: ActorId): string {
  return rules.actors[actor].name;
}

/** One letter per system, for tables narrow enough for 80 columns. */
export const SYSTEM_LETTERS: Readonly<Record<SystemId, string>> = {
  groundLaunchedIntermediate: 'G', seaAirCruise: 'C', hypersonic: 'H', missileDefence: 'D', strategic: 'S',
};

/** The order menu's first step: each type of action in words, from the action registry. */
export const ACTION_TYPE_NAMES: Readonly<Record<ActionType, string>> = Object.fromEntries(Object.values(ACTIONS).map((m) => [m.type, m.title])) as Record<ActionType, string>;

/** Short status words for the treaty board, each readable without colour. */
export const STATUS_WORDS: Readonly<Record<PartyStatus, string>> = {
  inForce: 'in', suspended: 'susp', withdrawn: 'out', negotiating: 'talks', signed: 'signed',
};

/** An action in words for people, e.g. "deploy missile defence to Europe", "talks on New START with Russia". */
export function actionText(action: Action, treaties: World['treaties'], rules: Rules): string {
  return moduleOf(action).text(action, { actor: (id) => nameOf(rules, id), treaty: (id) => treaties[id]?.name ?? id });
}
