import {
  activePolicies, eventText, observe, publicView, quarterAt, readMind, scoreIndices,
  type Action, type ActorId, type Chooser, type Mind, type Namer, type Observation, type PublicView, type RecordedEvent, type Scenario, type ScenarioEvent, type View, type World, type WorldEvent,
} from '../model/index.js';
import { citeRun } from './cite.js';
import { decide } from './decide.js';
import { observeWith, startMachine, stanceRegions, type MachineValue } from './minds.js';
import { digestOf, type ActionRecord, type Manifest, type RunRecord, type TurnRecord } from './record.js';
import { resolveTurn } from './resolve.js';
import { TurnStreams } from './streams.js';
import { ENGINE_VERSION } from './version.js';

/** A game in progress: everything needed to play the next turn or to write the record. */
export interface RunState {
  readonly scenario: Scenario;
  readonly seed: number;
  /** The actors playing, in the rules' canonical order whatever order the scenario lists them in. */
  readonly present: readonly ActorId[];
  readonly world: World;
  /** Each actor machine's current state value. */
  readonly machines: Readonly<Partial<Record<ActorId, MachineValue>>>;
  readonly turns: readonly TurnRecord[];
}

/**
 * Pure: an actor as its decision sees it in `view`: its machine's state after observing (`value`),
 * the doctrine as it stands (a scenario event may have changed an administration), its active policies.
 */
export function chooserOf(view: View, actor: ActorId, value: MachineValue, obs: Observation = observe(view, actor), seen: PublicView = publicView(view)): Chooser {
  const doctrine = view.world.doctrines[actor];
  return { actor, mind: readMind(value, stanceRegions(actor)), doctrine, obs, policies: activePolicies(doctrine, actor, seen, view.world.commitments) };
}

/** Pure: a new game of `scenario` with `seed`. */
export function startRun(scenario: Scenario, seed: number): RunState {
  const present = scenario.rules.actorIds.filter((a) => scenario.actors[a] !== undefined);
  const machines: Partial<Record<ActorId, MachineValue>> = {};
  for (const actor of present) {
    const { doctrine, posture } = scenario.actors[actor]!;
    machines[actor] = startMachine(actor, doctrine, scenario.rules, posture);
  }
  return { scenario, seed, present, world: scenario.world, machines, turns: [] };
}

/** Pure: the view of a game in progress: its rules, its world now, and who plays. */
export function viewOf(state: RunState): View {
  return { rules: state.scenario.rules, world: state.world, present: state.present };
}

/** Orders from human teams (replacing the computer's pick) and facilitator injects for one turn. */
export interface TurnInput {
  readonly orders?: Readonly<Partial<Record<ActorId, Action>>>;
  readonly injects?: readonly ScenarioEvent[];
}

/** Pure: how a scenario names actors, regimes and its events, for the sentences of the news. */
export function namerOf(scenario: Scenario, world: World, scheduled: readonly ScenarioEvent[] = scenario.events, injects: readonly ScenarioEvent[] = scenario.injects): Namer {
  return {
    actor: (id) => scenario.rules.actors[id].name,
    treaty: (id) => world.treaties[id].name,
    event: (kind, id) => {
      const found = (kind === 'scenario' ? scheduled : injects).find((e) => e.id === id);
      if (!found) throw new Error(`no ${kind} event ${id} in scenario ${scenario.id}`);
      return found;
    },
  };
}

/** Pure: an event as the record keeps it, its payload and then its sentence. */
export function recordEvent(event: WorldEvent, namer: Namer): RecordedEvent {
  return { ...event, text: eventText(event, namer) };
}

/**
 * Pure: one turn. Every machine observes the world; every actor decides at once from that same world;
 * the actions resolve in canonical order; the scenario's events and injects apply; the indices are scored.
 */
export function playTurn(state: RunState, input: TurnInput = {}): RunState {
  const { scenario, seed, present, world } = state;
  const { rules } = scenario;
  const view: View = { rules, world, present };
  const streams = new TurnStreams(seed, world.turn);
  const machines: Partial<Record<ActorId, MachineValue>> = {};
  const actions: Partial<Record<ActorId, ActionRecord>> = {};
  const states: TurnRecord['states'] = {};
  const stances: Partial<Record<ActorId, Mind['stances']>> = {};
  const seen = publicView(view);
  for (const actor of present) {
    // The doctrine as it stands now: a scenario event may have changed an administration.
    const doctrine = world.doctrines[actor];
    const obs = observe(view, actor, seen);
    const value = observeWith(actor, state.machines[actor]!, doctrine, rules, obs);
    machines[actor] = value;
    (states as Record<string, unknown>)[actor] = value;
    const chooser = chooserOf(view, actor, value, obs, seen);
    stances[actor] = chooser.mind.stances;
    actions[actor] = decide(view, chooser, streams, input.orders?.[actor]);
  }
  const closed = closeTurn(scenario, present, world, { actions, states, stances }, streams, input.injects ?? []);
  return { ...state, world: closed.world, machines, turns: [...state.turns, closed.record] };
}

/** What every actor decided in a turn, as `closeTurn` takes it. */
export interface Decisions {
  readonly actions: Partial<Record<ActorId, ActionRecord>>;
  readonly states: TurnRecord['states'];
  readonly stances: Partial<Record<ActorId, Mind['stances']>>;
}

/**
 * Pure: the second half of a turn, once every actor has decided: the actions resolve, the quarter's
 * events and injects apply, the indices are scored and the turn's record is made. A host of the
 * rules other than playTurn (bench/peer.ts) closes its turns here too, so both give the same record.
 */
export function closeTurn(scenario: Scenario, present: readonly ActorId[], world: World, decided: Decisions, streams: TurnStreams, injects: readonly ScenarioEvent[] = []): { world: World; record: TurnRecord } {
  const { rules } = scenario;
  // Events of one quarter apply in id order, never in the order of the file.
  const scheduled = scenario.events.filter((e) => e.turn === world.turn).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const resolved = resolveTurn(rules, world, decided.actions, present, scheduled, injects, streams, decided.stances);
  const namer = namerOf(scenario, resolved.world, scheduled, injects);
  const record: TurnRecord = {
    turn: world.turn + 1,
    date: quarterAt(scenario.start, world.turn),
    states: decided.states,
    actions: decided.actions,
    events: resolved.events.map((e) => recordEvent(e, namer)),
    indices: scoreIndices(rules, resolved.world, present),
  };
  return { world: resolved.world, record };
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
