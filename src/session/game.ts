import { startRun, type RunState } from '../engine/index.js';
import { makeSave, playSavedTurn, type Save, type SavedTurn } from '../engine/save.js';
import { objectivesMet, scoreIndices, teamScores, type Action, type ActorId, type Indices, type ObjectivesMet, type Scenario, type TeamScore } from '../model/index.js';

/**
 * A game being played in the UI: the run, who the human teams are, the inputs of every turn so far,
 * how long the class plays, and what the teams' scores and the why-panel read. Pure data: every
 * function here is pure, so a match can move to src/session unchanged.
 */
export interface Game {
  /** How the scenario was named (a shipped id or a path), kept for saves. */
  readonly ref: string;
  readonly run: RunState;
  readonly humans: readonly ActorId[];
  readonly inputs: readonly SavedTurn[];
  /** Turns the class plays: the scenario's length unless it chose a shorter (or longer) game. */
  readonly length: number;
  /** Each actor's objectives met: at the start (index 0), then after each turn played. */
  readonly met: readonly ObjectivesMet[];
  /** The state the last turn was played from, so that the why-panel can re-score its picks; null before the first turn. */
  readonly previous: RunState | null;
}

const metIn = (run: RunState): ObjectivesMet => objectivesMet(run.scenario.rules, run.world, run.present, run.scenario.objectives ?? {});

/** Pure: a new game; human teams keep the canonical actor order whatever order they were given in. */
export function newGame(scenario: Scenario, ref: string, seed: number, humans: readonly ActorId[], length: number = scenario.turns): Game {
  const run = startRun(scenario, seed);
  return { ref, run, humans: run.present.filter((a) => humans.includes(a)), inputs: [], length, met: [metIn(run)], previous: null };
}

/** Pure: the game after one turn with these human orders and injects (by id). */
export function advance(game: Game, orders: Readonly<Partial<Record<ActorId, Action>>>, injects: readonly string[]): Game {
  const input: SavedTurn = { orders, injects };
  const run = playSavedTurn(game.run, input);
  return { ...game, run, inputs: [...game.inputs, input], met: [...game.met, metIn(run)], previous: game.run };
}

/** Pure: true once the class has played the turns it chose. */
export function isOver(game: Game): boolean {
  return game.run.turns.length >= game.length;
}

/** Pure: the save of the game so far. */
export function saveOfGame(game: Game): Save {
  return makeSave(game.run, game.ref, game.humans, game.inputs);
}

/**
 * Pure: a game rebuilt from a save, replaying its inputs from the scenario's start (the save holds
 * no worlds). `length` is the game's length (the scenario's unless given).
 */
export function gameFromSave(run: RunState, save: Save, length: number = run.scenario.turns): Game {
  let game = newGame(run.scenario, save.scenario.ref, save.seed, save.humans, length);
  for (const input of save.turns) game = advance(game, input.orders, input.injects);
  return game;
}

/** Pure: the indices from the scenario's start (turn 0) through the last turn played. */
export function indexHistory(game: Game): Indices[] {
  const start = scoreIndices(game.run.scenario.rules, game.run.scenario.world, game.run.present);
  return [start, ...game.run.turns.map((t) => t.indices)];
}

/** Pure: each playing actor's team score so far (actors without objectives are left out). */
export function scoresOf(game: Game): TeamScore[] {
  return teamScores(game.run.scenario.objectives ?? {}, game.run.present, game.met[0], game.met.slice(1));
}
