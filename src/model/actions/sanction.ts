import { z } from 'zod';
import { clamp } from '../math.js';
import { areRivals } from '../rules/index.js';
import { addTension } from '../effects/tension.js';
import type { SanctionAction } from '../types.js';
import { refuse, type ActionModule } from './module.js';

/** Impose a sanctions regime on a rival: tension with the target; for the EU, a strain on its unity, and a weight that grows with it (Egmont 106 §3.4). */
export const sanction: ActionModule<SanctionAction> = {
  type: 'sanction',
  title: 'sanction an actor',
  params: [
    {
      key: 'target', title: () => 'Sanction whom?',
      choice: ({ rules, world }, actor, value) => ({ label: rules.actors[value].name, hint: `tension ${Math.round(world.tension[actor][value] * 100)}` }),
    },
  ],
  schema: z.strictObject({ type: z.literal('sanction'), target: z.string() }),
  phase: 20,

  enumerate({ present }, actor) {
    return present.filter((target) => target !== actor).map((target): SanctionAction => ({ type: 'sanction', target }));
  },

  check({ rules, world, present }, actor, { target }) {
    const facts = rules.actors[actor];
    if (!facts.canSanction) return refuse('cannot-sanction', facts.sanctionNote ?? `${facts.name} imposes no sanctions of its own`);
    if (target === actor) return refuse('self-sanction', `${facts.name} cannot sanction itself`);
    if (!present.includes(target)) return refuse('absent-target', `${Object.hasOwn(rules.actors, target) ? rules.actors[target].name : target} is not in this scenario`);
    if (!rules.actors[target].sanctionable) return refuse('not-sanctionable', `${rules.actors[target].name} cannot be sanctioned: it has no economy of its own`);
    // Allies and partners are not sanctioned: a sanction targets a rival (rules.actors.<id>.rivals).
    if (!areRivals(rules, actor, target)) return refuse('not-a-rival', `${facts.name} does not count ${rules.actors[target].name} a rival; sanctions are for rivals`);
    if (world.sanctions.some((s) => s.by === actor && s.on === target)) return refuse('already-sanctioning', `${facts.name} already sanctions ${rules.actors[target].name}`);
    return null;
  },

  terms({ rules }, { actor, doctrine: d, obs }, { target }, add) {
    const U = rules.utility;
    add(`tension with ${target}`, U.sanctionTension * d.threatPerception * obs.tension[target]);
    add('cost', -d.costSensitivity * U.sanctionCost);
    if (obs.rivalsInBreach.includes(target)) add(`${target} in breach`, U.rivalBreach * d.threatPerception);
  },

  resolve(w, { rules, report }, orders) {
    for (const { actor, action: { target } } of orders) {
      w.sanctions.push({ by: actor, on: target, since: w.turn });
      // A union's sanctions count by its unity: at unity 0.5 as much as anyone's (Egmont 106 §3.4).
      const weight = rules.actors[actor].isUnion ? 2 * rules.leadership.sanctionWeight * w.euUnity : 1;
      addTension(w, actor, target, rules.sanction.tension * weight);
      if (rules.actors[actor].isUnion) w.euUnity = clamp(w.euUnity - rules.sanction.euUnityCost);
      report({ type: 'sanction.imposed', actor, target });
    }
  },

  canonical: ({ target }) => ({ type: 'sanction', target }),
  describe: ({ target }) => `sanction ${target}`,
  text: ({ target }, names) => `sanction ${names.actor(target)}`,
};
