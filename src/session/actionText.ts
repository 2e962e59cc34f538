import { moduleOf, type Action, type ActorId, type Rules, type World } from '../model/index.js';

/** Pure: an actor's name as people read it ("US", "Russia"), from the rules. */
export function nameOf(rules: Rules, actor: ActorId): string {
  return rules.actors[actor].name;
}

/** Pure: an action in words for people, e.g. "deploy missile defence to Europe", "talks on New START with Russia". */
export function actionText(action: Action, treaties: World['treaties'], rules: Rules): string {
  return moduleOf(action).text(action, { actor: (id) => nameOf(rules, id), treaty: (id) => treaties[id]?.name ?? id });
}
