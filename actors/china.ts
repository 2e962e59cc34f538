import { setup } from 'xstate';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type GuardArgs, type ObserveEvent } from './shared.js';

/**
 * China (Egmont 106 §2.1): outside INF, with about 95% of its missiles in the range an INF-like ban
 * would scrap; the paper expects it to refuse multilateral talks unless the pressure on it eases.
 */
export const chinaMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isPressedByUs: ({ context: { rules }, event }: GuardArgs) => event.observation.tension.us > rules.guards.chinaPressed || event.observation.sanctionedBy.length > 0,
    isPressureEasing: ({ context: { rules }, event }: GuardArgs) => event.observation.tension.us < rules.guards.chinaPressureEased && event.observation.sanctionedBy.length === 0,
  },
}).createMachine({
  id: 'china',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine, rules: input.rules }),
  states: {
    posture: postureRegion('hedging'),
    infMultilateral: stanceRegion('infMultilateral', 'rejecting', 'isPressedByUs', 'isPressureEasing'),
  },
});
