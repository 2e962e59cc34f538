import { setup } from 'xstate';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type GuardArgs, type ObserveEvent } from './shared.js';

/**
 * NATO (Egmont 106 §1.1, §2.3, §3.2, §3.5): decides by consensus, so its cohesion gates basing;
 * it backs arms control when allies are divided and deterrence when they are united.
 */
export const natoMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isCohesionFalling: ({ context: { rules }, event }: GuardArgs) => event.observation.natoCohesion < rules.deploy.basingCohesionThreshold,
    isCohesionBroken: ({ context: { rules }, event }: GuardArgs) => event.observation.natoCohesion < rules.deploy.defenceCohesionThreshold,
    isCohesionRecovering: ({ context: { rules }, event }: GuardArgs) => event.observation.natoCohesion >= rules.deploy.basingCohesionThreshold,
    isCohesionMending: ({ context: { rules }, event }: GuardArgs) => event.observation.natoCohesion >= rules.deploy.defenceCohesionThreshold,
  },
}).createMachine({
  id: 'nato',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine, rules: input.rules }),
  states: {
    posture: postureRegion('hedging'),
    alliance: {
      initial: 'united',
      states: {
        united: { on: { 'turn.observe': { target: 'strained', guard: 'isCohesionFalling' } } },
        strained: { on: { 'turn.observe': [{ target: 'divided', guard: 'isCohesionBroken' }, { target: 'united', guard: 'isCohesionRecovering' }] } },
        divided: { on: { 'turn.observe': { target: 'strained', guard: 'isCohesionMending' } } },
      },
    },
    // A divided alliance asks for talks on a successor regime; a united one is open to deterrence.
    infMultilateral: stanceRegion('infMultilateral', 'wavering', 'isCohesionRecovering', 'isCohesionFalling'),
  },
});
