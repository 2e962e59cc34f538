import { setup } from 'xstate';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type GuardArgs, type ObserveEvent } from './shared.js';

/**
 * Russia (Egmont 106 §1.3, §2.1): denies the 9M729 breach while INF stands, cites Aegis
 * Ashore as a US breach, keeps New START while it caps the US, resents the bilateral limits that
 * leave China free.
 */
export const russiaMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    // Moscow denies the breach while INF stands (Egmont 106 §1.3: it called the charges unfounded) and
    // fields the missile openly once the treaty is dead; a breach no longer on the record is forgotten.
    isBreachMoot: ({ event }: GuardArgs) => event.observation.ownBreachExposed && event.observation.treaties.inf?.defunct === true,
    isBreachForgotten: ({ event }: GuardArgs) => !event.observation.ownBreachExposed,
    // Cold on INF when the regime is dead, or when tension runs high and Moscow holds all the chips;
    // warm again when tension eases or the chips are balanced (the dual track, Egmont 106 §1.1).
    isInfNotWorthTalking: ({ context: { rules }, event }: GuardArgs) =>
      event.observation.treaties.inf?.defunct === true || (event.observation.tension.us > rules.guards.russiaInfCold && event.observation.leverage < rules.guards.balanceForTalks),
    isInfWorthTalking: ({ context: { rules }, event }: GuardArgs) =>
      event.observation.treaties.inf?.defunct !== true && (event.observation.tension.us < rules.guards.russiaInfWarm || event.observation.leverage >= rules.guards.balanceForTalks),
  },
}).createMachine({
  id: 'russia',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine, rules: input.rules }),
  states: {
    posture: postureRegion('competitive'),
    breach: {
      initial: 'denying',
      states: {
        denying: { on: { 'turn.observe': { target: 'fieldingOpenly', guard: 'isBreachMoot' } } },
        fieldingOpenly: { on: { 'turn.observe': { target: 'denying', guard: 'isBreachForgotten' } } },
      },
    },
    inf: stanceRegion('inf', 'wavering', 'isInfNotWorthTalking', 'isInfWorthTalking'),
    newStart: stanceRegion('newStart', 'committed', 'isThreatRising', 'isThreatEasing'),
  },
});
