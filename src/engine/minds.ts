import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { ACTOR_MACHINES } from '../../actors/index.js';
import type { ActorId, Doctrine, Observation, Posture } from '../model/index.js';

/** The flat state value of an actor machine: region name to state name. */
export type MachineValue = Readonly<Record<string, string>>;

type Guard = (args: { context: { doctrine: Doctrine }; event: { type: 'turn.observe'; observation: Observation } }) => boolean;

const machineOf = (actor: ActorId) => ACTOR_MACHINES[actor] as unknown as AnyStateMachine;

/**
 * Next values already computed by xstate, keyed by (actor, current value, outcome of every guard).
 * Our machines have no actions and a constant context, so the guards' outcomes are all that an
 * event contributes to a transition: the memo returns exactly what xstate would, and xstate computes
 * each distinct transition once per process instead of five times a turn.
 */
const transitions = new Map<string, MachineValue>();
const guardsOf = new Map<ActorId, Array<[string, Guard]>>();

function guardList(actor: ActorId): Array<[string, Guard]> {
  let list = guardsOf.get(actor);
  if (!list) {
    list = Object.entries(machineOf(actor).implementations.guards as Record<string, Guard>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    guardsOf.set(actor, list);
  }
  return list;
}

/** Pure: the machine's start value for a doctrine, with the scenario's starting posture when it names one. */
export function startMachine(actor: ActorId, doctrine: Doctrine, posture?: Posture): MachineValue {
  let value = initialValues.get(actor);
  if (!value) {
    // The initial state does not depend on the doctrine (context only feeds the guards).
    value = initialTransition(machineOf(actor), { doctrine })[0].value as MachineValue;
    initialValues.set(actor, value);
  }
  return posture ? { ...value, posture } : value;
}
const initialValues = new Map<ActorId, MachineValue>();

/** Pure: the machine's value after it observes the world at the start of a turn. */
export function observeWith(actor: ActorId, value: MachineValue, doctrine: Doctrine, observation: Observation): MachineValue {
  const event = { type: 'turn.observe' as const, observation };
  let key = `${actor}|${JSON.stringify(value)}|`;
  for (const [, guard] of guardList(actor)) key += guard({ context: { doctrine }, event }) ? '1' : '0';
  let next = transitions.get(key);
  if (!next) {
    const machine = machineOf(actor);
    const snapshot = machine.resolveState({ value: value as never, context: { doctrine } });
    next = transition(machine, snapshot as never, event)[0].value as MachineValue;
    transitions.set(key, next);
  }
  return next;
}
