import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { ACTOR_MACHINES } from '../../actors/index.js';
import type { ActorId, Doctrine, Observation, Posture, Rules } from '../model/index.js';

/** The flat state value of an actor machine: region name to state name. */
export type MachineValue = Readonly<Record<string, string>>;

type Guard = (args: { context: { doctrine: Doctrine; rules: Rules }; event: { type: 'turn.observe'; observation: Observation } }) => boolean;

/** Pure: whether an actor has a machine in the registry (`actors/index.ts`). */
export function hasMachine(actor: ActorId): boolean {
  return Object.hasOwn(ACTOR_MACHINES, actor);
}

/** The machine of an actor; an actor without one is a broken scenario, never a silent default. */
export function machineOf(actor: ActorId): AnyStateMachine {
  if (!hasMachine(actor)) throw new Error(`no actor machine for ${actor}: add actors/${actor}.ts and register it in actors/index.ts`);
  return ACTOR_MACHINES[actor];
}

interface StateNodeLike {
  readonly key: string;
  readonly meta?: Record<string, unknown>;
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
  readonly invoke: readonly unknown[];
  readonly after: readonly unknown[];
  readonly transitions: ReadonlyMap<string, ReadonlyArray<{ readonly actions: readonly unknown[] }>>;
  readonly always?: ReadonlyArray<{ readonly actions: readonly unknown[] }>;
  readonly states: Record<string, StateNodeLike>;
}

/**
 * Pure: why the transition memo below would not be exact for `machine`, or null. The memo returns
 * what xstate would only while a machine has no actions, no invocations and no delays: then the
 * guards' outcomes are all that an event contributes to a transition.
 */
export function memoUnsafety(machine: AnyStateMachine): string | null {
  const walk = (node: StateNodeLike, path: string): string | null => {
    // Delays and invocations are entry actions too in xstate: name them first, as what they are.
    if (node.after.length > 0) return `${path} has a delayed transition`;
    if (node.invoke.length > 0) return `${path} invokes an actor`;
    if (node.entry.length > 0 || node.exit.length > 0) return `${path} has entry or exit actions`;
    for (const [event, list] of node.transitions) if (list.some((t) => t.actions.length > 0)) return `${path} has actions on ${event}`;
    if (node.always?.some((t) => t.actions.length > 0)) return `${path} has actions on an eventless transition`;
    for (const child of Object.values(node.states)) {
      const problem = walk(child, `${path}.${child.key}`);
      if (problem) return problem;
    }
    return null;
  };
  return walk(machine.root as unknown as StateNodeLike, machine.id);
}

// Checked once, when the engine loads: a machine that breaks the memo's assumptions is a programming error.
for (const [actor, machine] of Object.entries(ACTOR_MACHINES)) {
  const problem = memoUnsafety(machine);
  if (problem) throw new Error(`actor machine ${actor} cannot be memoised: ${problem}`);
}

/** Pure: the stance regions of an actor's machine and the regime each tracks (`meta.regime`). */
export function stanceRegions(actor: ActorId): ReadonlyMap<string, string> {
  let regions = regionsOf.get(actor);
  if (!regions) {
    const found = new Map<string, string>();
    for (const [region, node] of Object.entries((machineOf(actor).root as unknown as StateNodeLike).states)) {
      const regime = node.meta?.regime;
      if (typeof regime === 'string') found.set(region, regime);
    }
    regions = found;
    regionsOf.set(actor, regions);
  }
  return regions;
}
const regionsOf = new Map<ActorId, ReadonlyMap<string, string>>();

/**
 * Next values already computed by xstate, keyed by (actor, current value, outcome of every guard).
 * Our machines have no actions and a constant context (checked above), so the guards' outcomes are
 * all that an event contributes to a transition: the memo returns exactly what xstate would, and
 * xstate computes each distinct transition once per process instead of once per actor and turn.
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

/** Pure: the machine's start value, with the scenario's starting posture when it names one. */
export function startMachine(actor: ActorId, doctrine: Doctrine, rules: Rules, posture?: Posture): MachineValue {
  let value = initialValues.get(actor);
  if (!value) {
    // The initial state does not depend on the input (context only feeds the guards).
    value = initialTransition(machineOf(actor), { doctrine, rules })[0].value as MachineValue;
    initialValues.set(actor, value);
  }
  return posture ? { ...value, posture } : value;
}
const initialValues = new Map<ActorId, MachineValue>();

// Values come from the memo above and are shared, so each is serialised once, not once per actor and turn.
const valueKeys = new WeakMap<MachineValue, string>();
function valueKey(value: MachineValue): string {
  let key = valueKeys.get(value);
  if (key === undefined) {
    key = JSON.stringify(value);
    valueKeys.set(value, key);
  }
  return key;
}

/** Pure: the machine's value after it observes the world at the start of a turn. */
export function observeWith(actor: ActorId, value: MachineValue, doctrine: Doctrine, rules: Rules, observation: Observation): MachineValue {
  const event = { type: 'turn.observe' as const, observation };
  const context = { doctrine, rules };
  let key = `${actor}|${valueKey(value)}|`;
  for (const [, guard] of guardList(actor)) key += guard({ context, event }) ? '1' : '0';
  let next = transitions.get(key);
  if (!next) {
    const machine = machineOf(actor);
    const snapshot = machine.resolveState({ value: value as never, context });
    next = transition(machine, snapshot as never, event)[0].value as MachineValue;
    transitions.set(key, next);
  }
  return next;
}
