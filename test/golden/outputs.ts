/**
 * The outputs of every shipped scenario over seeds 1 to 100, reduced to hashes: the CSV bytes of
 * each run, and each run's turns (their states, actions and indices). A refactor must leave them
 * identical; a deliberate change of the model moves them together with ENGINE_VERSION.
 */
import { createHash } from 'node:crypto';
import { runScenario, type RunRecord } from '../../src/engine/index.js';
import { csvHeader, csvRows } from '../../src/research/csv.js';
import { listScenarioIds, loadScenario } from '../../src/scenario/index.js';

export const GOLDEN_SEEDS = { from: 1, to: 100 } as const;

export interface GoldenOutputs {
  readonly engine: string;
  readonly seeds: typeof GOLDEN_SEEDS;
  /** Per scenario id: per seed, the sha256 of its CSV, of its turns' states, actions and indices, and of its news (each event's type and text). */
  readonly scenarios: Readonly<Record<string, { readonly csv: readonly string[]; readonly turns: readonly string[]; readonly news: readonly string[] }>>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What the fixture keeps of a run's turns: their states, actions and indices. */
export function turnsOf(record: RunRecord): unknown[] {
  return record.turns.map((t) => ({ turn: t.turn, date: t.date, states: t.states, actions: t.actions, indices: t.indices }));
}

/** What the fixture keeps of a run's news: each event's type and text, as readers see them. */
export function newsOf(record: RunRecord): unknown[] {
  return record.turns.map((t) => t.events.map((e) => [e.type, e.text]));
}

/** The hashes of one scenario's runs over the golden seeds. */
export function hashScenario(id: string): { csv: string[]; turns: string[]; news: string[] } {
  const scenario = loadScenario(id);
  const csv: string[] = [];
  const turns: string[] = [];
  const news: string[] = [];
  for (let seed = GOLDEN_SEEDS.from; seed <= GOLDEN_SEEDS.to; seed++) {
    const record = runScenario(scenario, seed);
    csv.push(sha256(csvHeader(scenario.rules.actorIds) + csvRows(record, scenario.rules.actorIds)));
    turns.push(sha256(JSON.stringify(turnsOf(record))));
    news.push(sha256(JSON.stringify(newsOf(record))));
  }
  return { csv, turns, news };
}

/** The hashes of every shipped scenario. */
export function hashAll(engine: string): GoldenOutputs {
  const scenarios: Record<string, { csv: string[]; turns: string[]; news: string[] }> = {};
  for (const id of listScenarioIds()) scenarios[id] = hashScenario(id);
  return { engine, seeds: GOLDEN_SEEDS, scenarios };
}
