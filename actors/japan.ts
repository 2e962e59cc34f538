import { setup } from 'xstate';
import { postureGuards, postureRegion, type ActorContext, type ActorInput, type GuardArgs, type ObserveEvent } from './shared.js';

/**
 * Japan, a US ally in Asia. No shipped scenario plays it: it is the proof that an actor is data (its
 * facts under a scenario's `rules.actors.japan`) plus this one machine. It hedges by default, and its
 * alliance region reads whether China's missiles press on it (Egmont 106 §2.1: China's missiles hold
 * the Western Pacific).
 */
export const japanMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isPressedByChina: ({ event }: GuardArgs) => event.observation.threatFrom === 'china',
    isPressureOff: ({ event }: GuardArgs) => event.observation.threatFrom !== 'china',
  },
}).createMachine({
  id: 'japan',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine, rules: input.rules }),
  states: {
    posture: postureRegion('hedging'),
    alliance: {
      initial: 'reliant',
      states: {
        reliant: { on: { 'turn.observe': { target: 'pressed', guard: 'isPressedByChina' } } },
        pressed: { on: { 'turn.observe': { target: 'reliant', guard: 'isPressureOff' } } },
      },
    },
  },
});
