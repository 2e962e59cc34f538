import { canonicalAction, type Action, type ActorId, type Scenario, type ScenarioEvent } from '../model/index.js';
import { digestOf } from './record.js';
import { playTurn, startRun, type RunState } from './run.js';
import { ENGINE_VERSION } from './version.js';

/** The inputs of one played turn as a save keeps them: the human teams' orders and the ids of the injects fired. */
export interface SavedTurn {
  readonly orders: Readonly<Partial<Record<ActorId, Action>>>;
  readonly injects: readonly string[];
}

/**
 * A game in progress, as data. It holds no world and no random state: the state of turn t is a
 * function of (scenario, seed, inputs of the turns before t) because every random stream is keyed
 * by (seed, turn, purpose), so replaying the inputs rebuilds the game exactly.
 */
export interface Save {
  readonly engine: string;
  /**
   * `ref` is how to load the scenario again (a shipped id or a path); `sha256` pins the resolved
   * scenario and `chain` the bytes of each of its files (saves made before the chain was kept have none).
   */
  readonly scenario: { readonly ref: string; readonly id: string; readonly sha256: string; readonly chain?: ReadonlyArray<{ readonly file: string; readonly sha256: string }> };
  readonly seed: number;
  /** Actors played by human teams. */
  readonly humans: readonly ActorId[];
  readonly turns: readonly SavedTurn[];
  /** Digest of the turns played so far (the run record's digest), checked on restore. */
  readonly digest: string;
}

/** Why a save cannot be restored, in a sentence for people. */
export interface SaveProblem {
  readonly problem: string;
}


/** Pure: the scenario's injects named by `ids`, in the order given, or the first unknown id. */
export function injectsByIds(scenario: Scenario, ids: readonly string[]): ScenarioEvent[] | SaveProblem {
  const events: ScenarioEvent[] = [];
  for (const id of ids) {
    const inject = scenario.injects.find((i) => i.id === id);
    if (!inject) return { problem: `scenario ${scenario.id} has no inject "${id}"` };
    events.push(inject);
  }
  return events;
}

/**
 * Pure: play one turn from its saved inputs. The live game and a restore both go through this one
 * function, so a resumed game that gets the same orders cannot drift from one never interrupted.
 */
export function playSavedTurn(state: RunState, input: SavedTurn): RunState {
  const injects = injectsByIds(state.scenario, input.injects);
  if ('problem' in injects) throw new Error(injects.problem);
  const orders: Partial<Record<ActorId, Action>> = {};
  for (const actor of state.present) {
    const order = input.orders[actor];
    if (order) orders[actor] = canonicalAction(order);
  }
  return playTurn(state, { orders, injects });
}

/** Pure: the save of a game whose turns were played with `turns` as inputs. */
export function makeSave(state: RunState, ref: string, humans: readonly ActorId[], turns: readonly SavedTurn[]): Save {
  if (turns.length !== state.turns.length) throw new Error(`a save needs the inputs of every turn: ${turns.length} inputs for ${state.turns.length} turns`);
  return {
    engine: ENGINE_VERSION,
    scenario: { ref, id: state.scenario.id, sha256: state.scenario.sha256, chain: state.scenario.chain ?? [] },
    seed: state.seed,
    humans: [...humans],
    turns: [...turns],
    digest: digestOf(state.turns),
  };
}

/**
 * Pure: rebuild the game a save describes, by replaying its inputs on `scenario` (loaded from the
 * save's ref). Refuses, with the reason, a scenario whose bytes changed, an input the scenario
 * cannot take, or a replay whose digest differs from the saved one.
 */
export function restoreSave(scenario: Scenario, save: Save): RunState | SaveProblem {
  if (scenario.id !== save.scenario.id) return { problem: `the save is a game of scenario ${save.scenario.id}, but ${save.scenario.ref} is scenario ${scenario.id}` };
  const changed = save.scenario.chain?.find((f, i) => scenario.chain?.[i]?.file !== f.file || scenario.chain[i].sha256 !== f.sha256);
  if (changed || (save.scenario.chain && save.scenario.chain.length !== (scenario.chain?.length ?? 0))) {
    return { problem: `${changed?.file ?? `the files of scenario ${scenario.id}`} ${changed ? 'has' : 'have'} changed since the game was saved` };
  }
  if (scenario.sha256 !== save.scenario.sha256) {
    return { problem: `scenario ${scenario.id} has changed since the game was saved (sha256 ${scenario.sha256.slice(0, 12)}…, saved ${save.scenario.sha256.slice(0, 12)}…)` };
  }
  if (save.turns.length > scenario.turns) return { problem: `the save holds ${save.turns.length} turns, but scenario ${scenario.id} lasts ${scenario.turns}` };
  let state = startRun(scenario, save.seed);
  for (const [i, actor] of save.humans.entries()) {
    if (!state.present.includes(actor)) return { problem: `${actor} does not play in scenario ${scenario.id}` };
    if (save.humans.indexOf(actor) !== i) return { problem: `the human team ${actor} is listed twice` };
  }
  for (const [i, input] of save.turns.entries()) {
    const injects = injectsByIds(scenario, input.injects);
    if ('problem' in injects) return { problem: `turn ${i + 1}: ${injects.problem}` };
    for (const actor of Object.keys(input.orders)) {
      if (!save.humans.includes(actor as ActorId)) return { problem: `turn ${i + 1} has an order for ${actor}, which no human team plays` };
    }
    state = playSavedTurn(state, input);
  }
  if (digestOf(state.turns) !== save.digest) {
    const engine = save.engine === ENGINE_VERSION ? '' : ` (saved by engine ${save.engine}, this is ${ENGINE_VERSION})`;
    return { problem: `replaying the saved turns does not give the saved game: digests differ${engine}` };
  }
  return state;
}
