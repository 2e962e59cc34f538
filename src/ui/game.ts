import { startRun, type RunState } from '../engine/index.js';
import { makeSave, playSavedTurn, type Save, type SavedTurn } from '../engine/save.js';
import { scoreIndices, type Action, type ActorId, type Indices, type Scenario } from '../model/index.js';

/** A game being played in the UI: the run, who the human teams are, and the inputs of every turn so far. */
export interface Game {
  /** How the scenario was named (a shipped id or a path), kept for saves. */
  readonly ref: string;
  readonly run: RunState;
  readonly humans: readonly ActorId[];
  readonly inputs: readonly SavedTurn[];
}

/** Pure: a new game; human teams keep the canonical actor order whatever order they were given in. */
export function newGame(scenario: Scenario, ref: string, seed: number, humans: readonly ActorId[]): Game {
  const run = startRun(scenario, seed);
  return { ref, run, humans: run.present.filter((a) => humans.includes(a)), inputs: [] };
}

/** Pure: the game after one turn with these human orders and injects (by id). */
export function advance(game: Game, orders: Readonly<Partial<Record<ActorId, Action>>>, injects: readonly string[]): Game {
  const input: SavedTurn = { orders, injects };
  return { ...game, run: playSavedTurn(game.run, input), inputs: [...game.inputs, input] };
}

/** Pure: true once the scenario's turns are all played. */
export function isOver(game: Game): boolean {
  return game.run.turns.length >= game.run.scenario.turns;
}

/** Pure: the save of the game so far. */
export function saveOfGame(game: Game): Save {
  return makeSave(game.run, game.ref, game.humans, game.inputs);
}

/** Pure: a game rebuilt from a restored run and its save. */
export function gameFromSave(run: RunState, save: Save): Game {
  return { ref: save.scenario.ref, run, humans: save.humans, inputs: save.turns };
}

/** Pure: the indices from the scenario's start (turn 0) through the last turn played. */
export function indexHistory(game: Game): Indices[] {
  const start = scoreIndices(game.run.scenario.rules, game.run.scenario.world, game.run.present);
  return [start, ...game.run.turns.map((t) => t.indices)];
}
