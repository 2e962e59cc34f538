import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { ACTOR_MACHINES } from '../../actors/index.js';
import type { ActorId, Doctrine, Observation, Posture } from '../model/index.js';

/** The flat state value of an actor machine: region name to state name. */
export type MachineValue = Readonly<Record<string, string>>;

// The registry's machines differ only in their regions; the engine drives them all through one type.
const machineOf = (actor: ActorId) => ACTOR_MACHINES[actor] as unknown as (typeof ACTOR_MACHINES)['us'];

/** Pure: the machine's start state for a doctrine, with the scenario's starting posture when it names one. */
export function startMachine(actor: ActorId, doctrine: Doctrine, posture?: Posture): AnyMachineSnapshot {
  const machine = machineOf(actor);
  const [snapshot] = initialTransition(machine, { doctrine });
  if (!posture) return snapshot;
  return restoreMachine(actor, doctrine, { ...(snapshot.value as MachineValue), posture });
}

/** Pure: rebuild a machine state from its value (for saves and for scenario starting postures). */
export function restoreMachine(actor: ActorId, doctrine: Doctrine, value: MachineValue): AnyMachineSnapshot {
  return machineOf(actor).resolveState({ value: value as never, context: { doctrine } });
}

/** Pure: the machine's state after it observes the world at the start of a turn. */
export function observeWith(actor: ActorId, snapshot: AnyMachineSnapshot, observation: Observation): AnyMachineSnapshot {
  const [next] = transition(machineOf(actor), snapshot as never, { type: 'turn.observe', observation });
  return next;
}

export function machineValue(snapshot: AnyMachineSnapshot): MachineValue {
  return snapshot.value as MachineValue;
}
