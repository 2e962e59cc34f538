import { setup } from 'xstate';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type GuardArgs, type ObserveEvent } from './shared.js';

/**
 * Russia (Egmont 106 §1.3, §2.1): denies the 9M729 breach until the evidence is public, cites Aegis
 * Ashore as a US breach, keeps New START while it caps the US, resents the bilateral limits that
 * leave China free.
 */
export const russiaMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    // Moscow admits its breach only once it is exposed and INF is collapsing anyway (Egmont 106 §1.3: it denied
    // the 9M729 finding); it denies again once the breach is no longer on the record or INF recovers.
    isBreachExposed: ({ context: { rules }, event }: GuardArgs) =>
      event.observation.ownBreachExposed && event.observation.treaties.inf?.exists === true && event.observation.treaties.inf.integrity < rules.guards.breachAdmitted,
    isBreachForgotten: ({ context: { rules }, event }: GuardArgs) =>
      !event.observation.ownBreachExposed || (event.observation.treaties.inf?.integrity ?? 0) >= rules.guards.breachForgotten,
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
        denying: { on: { 'turn.observe': { target: 'admitting', guard: 'isBreachExposed' } } },
        admitting: { on: { 'turn.observe': { target: 'denying', guard: 'isBreachForgotten' } } },
      },
    },
    inf: stanceRegion('inf', 'wavering', 'isInfNotWorthTalking', 'isInfWorthTalking'),
    newStart: stanceRegion('newStart', 'committed', 'isThreatRising', 'isThreatEasing'),
  },
});
