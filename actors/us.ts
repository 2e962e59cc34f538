import { setup } from 'xstate';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type GuardArgs, type ObserveEvent } from './shared.js';

/**
 * The United States (Egmont 106 §1.3, §2.3): suspends INF over the 9M729 breach, doubts New START,
 * wants China in any successor regime, needs hosts to base missiles.
 */
export const usMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isRussiaInBreach: ({ event }: GuardArgs) => event.observation.rivalsInBreach.includes('russia'),
    isInfHonoured: ({ event }: GuardArgs) => !event.observation.rivalsInBreach.includes('russia'),
  },
}).createMachine({
  id: 'us',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine, rules: input.rules }),
  states: {
    posture: postureRegion('hedging'),
    inf: stanceRegion('inf', 'wavering', 'isRussiaInBreach', 'isInfHonoured'),
    newStart: stanceRegion('newStart', 'wavering', 'isThreatRising', 'isThreatEasing'),
    infMultilateral: stanceRegion('infMultilateral', 'committed', 'isThreatRising', 'isThreatEasing'),
  },
});
