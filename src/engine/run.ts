import { ACTORS, observe, quarterAt, readMind, type Mind, scoreIndices, type Action, type ActorId, type Scenario, type ScenarioEvent, type World } from '../model/index.js';
import { citeRun } from './cite.js';
import { decide } from './decide.js';
import { observeWith, startMachine, type MachineValue } from './minds.js';
import { digestOf, type ActionRecord, type Manifest, type RunRecord, type TurnRecord } from './record.js';
import { resolveTurn } from './resolve.js';
import { TurnStreams } from './streams.js';
import { ENGINE_VERSION } from './version.js';

/** A game in progress: everything needed to play the next turn or to write the record. */
export interface RunState {
  readonly scenario: Scenario;
  readonly seed: number;
  /** The actors playing, in canonical order whatever order the scenario lists them in. */
  readonly present: readonly ActorId[];
  readonly world: World;
  /** Each actor machine's current state value. */
  readonly machines: Readonly<Partial<Record<ActorId, MachineValue>>>;
  readonly turns: readonly TurnRecord[];
}

/** Pure: a new game of `scenario` with `seed`. */
export function startRun(scenario: Scenario, seed: number): RunState {
  const present = ACTORS.filter((a) => scenario.actors[a] !== undefined);
  const machines: Partial<Record<ActorId, MachineValue>> = {};
  for (const actor of present) {
    const { doctrine, posture } = scenario.actors[actor]!;
    machines[actor] = startMachine(actor, doctrine, posture);
  }
  return { scenario, seed, present, world: scenario.world, machines, turns: [] };
}

/** Orders from human teams (replacing the computer's pick) and facilitator injects for one turn. */
export interface TurnInput {
  readonly orders?: Readonly<Partial<Record<ActorId, Action>>>;
  readonly injects?: readonly ScenarioEvent[];
}

/**
 * Pure: one turn. Every machine observes the world; every actor decides at once from that same world;
 * the actions resolve in canonical order; the scenario's events and injects apply; the indices are scored.
 */
export function playTurn(state: RunState, input: TurnInput = {}): RunState {
  const { scenario, seed, present, world } = state;
  const streams = new TurnStreams(seed, world.turn);
  const machines: Partial<Record<ActorId, MachineValue>> = {};
  const actions: Partial<Record<ActorId, ActionRecord>> = {};
  const states: TurnRecord['states'] = {};
  const stances: Partial<Record<ActorId, Mind['stances']>> = {};
  for (const actor of present) {
    const { doctrine } = scenario.actors[actor]!;
    const observation = observe(world, actor, present);
    const value = observeWith(actor, state.machines[actor]!, doctrine, observation);
    machines[actor] = value;
    (states as Record<string, unknown>)[actor] = value;
    const mind = readMind(value);
    stances[actor] = mind.stances;
    actions[actor] = decide(world, actor, mind, doctrine, observation, present, streams, input.orders?.[actor]);
  }
  // Events of one quarter apply in id order, never in the order of the file.
  const scheduled = scenario.events.filter((e) => e.turn === world.turn).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const resolved = resolveTurn(world, actions, present, scheduled, input.injects ?? [], streams, stances);
  const record: TurnRecord = {
    turn: world.turn + 1,
    date: quarterAt(scenario.start, world.turn),
    states,
    actions,
    events: resolved.events,
    indices: scoreIndices(resolved.world, present),
  };
  return { ...state, world: resolved.world, machines, turns: [...state.turns, record] };
}

/** Pure: the run record of a game so far. */
export function recordOf(state: RunState): RunRecord {
  const scenario = { id: state.scenario.id, sha256: state.scenario.sha256, chain: state.scenario.chain ?? [] };
  const digest = digestOf(state.turns);
  const manifest: Manifest = {
    engine: { name: 'multipolar', version: ENGINE_VERSION },
    scenario,
    seed: state.seed,
    turns: state.turns.length,
    citeAs: citeRun({ scenario, seed: state.seed, turns: state.turns.length, digest }),
  };
  return { manifest, turns: state.turns, digest };
}

/** Pure: a whole computer-played run of `turns` turns (the scenario's default length unless given). */
export function runScenario(scenario: Scenario, seed: number, turns: number = scenario.turns): RunRecord {
  let state = startRun(scenario, seed);
  for (let t = 0; t < turns; t++) state = playTurn(state);
  return recordOf(state);
}
