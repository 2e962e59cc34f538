import { quartersBetween, type Scenario } from '../model/index.js';
import { compilePattern } from '../scenario/compilePolicies.js';
import { parseFile, ScenarioError, type ParsedFile } from '../scenario/index.js';
import { problemsOf } from '../scenario/locate.js';
import { historySchema, type HistoryFile } from './schema.js';
import type { EventKind } from './stats.js';
import { turnOf, type Observable } from './observables.js';

/** A history file read and checked: its document, the sha256 of its bytes, and where it came from. */
export interface History {
  readonly file: string;
  readonly sha256: string;
  readonly document: HistoryFile;
  /** The parsed file, to place a problem found later at its line. */
  readonly source: ParsedFile;
}

/**
 * Read and check a history file: YAML (regular file, size-capped, as scenario files are), then the
 * history schema. Throws a ScenarioError listing every problem with its file, path and line.
 */
export function readHistory(file: string): History {
  const parsed = parseFile(file);
  const result = historySchema.safeParse(parsed.raw, { reportInput: true });
  if (!result.success) throw new ScenarioError(problemsOf(result.error.issues, [parsed], 'multipolar hindcast --schema'));
  return { file, sha256: parsed.sha256, document: result.data, source: parsed };
}

/** One real event, as the hindcast plays it against a scenario. */
export interface CompiledEvent {
  readonly id: string;
  readonly kind: EventKind;
  /** The real quarter as a 1-based turn of the scenario. */
  readonly turn: number;
  readonly observable: Observable;
}

/**
 * Check a history against a scenario and compile its events: each quarter must fall within the
 * scenario's turns, and each regime and actor an observable names must exist there. Problems are
 * placed at their line of the history file.
 */
export function compileHistory(history: History, scenario: Scenario, turns: number): CompiledEvent[] {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  const regime = (id: string, path: Array<string | number>) => {
    if (!Object.hasOwn(scenario.world.treaties, id)) issues.push({ path, message: `scenario ${scenario.id} has no regime ${id}` });
  };
  const actor = (id: string, path: Array<string | number>) => {
    if (!scenario.actors[id]) issues.push({ path, message: `${id} does not play in scenario ${scenario.id}` });
  };
  const events = history.document.events.map((e, i): CompiledEvent => {
    const at = ['events', i];
    const turn = turnOf(scenario.start, e.quarter);
    if (turn < 1 || turn > turns) issues.push({ path: [...at, 'quarter'], message: `${e.quarter} lies outside the ${turns} turns of ${scenario.id} from ${scenario.start}` });
    const o = e.observable;
    const path = [...at, 'observable'];
    let observable: Observable;
    if (o.treatyEnds !== undefined) {
      regime(o.treatyEnds, [...path, 'treatyEnds']);
      observable = { kind: 'treatyEnds', regime: o.treatyEnds };
    } else if (o.party) {
      regime(o.party.regime, [...path, 'party', 'regime']);
      actor(o.party.actor, [...path, 'party', 'actor']);
      observable = { kind: 'party', ...o.party };
    } else if (o.notice) {
      regime(o.notice.regime, [...path, 'notice', 'regime']);
      actor(o.notice.actor, [...path, 'notice', 'actor']);
      observable = { kind: 'notice', ...o.notice };
    } else if (o.signed !== undefined) {
      regime(o.signed, [...path, 'signed']);
      observable = { kind: 'signed', regime: o.signed };
    } else if (o.extended !== undefined) {
      regime(o.extended, [...path, 'extended']);
      observable = { kind: 'extended', regime: o.extended };
    } else if (o.firstAction) {
      actor(o.firstAction.actor, [...path, 'firstAction', 'actor']);
      observable = { kind: 'firstAction', actor: o.firstAction.actor, action: compilePattern(o.firstAction.action), after: o.firstAction.after ? turnOf(scenario.start, o.firstAction.after) : 1 };
    } else if (o.pledge) {
      actor(o.pledge.actor, [...path, 'pledge', 'actor']);
      observable = { kind: 'pledge', ...o.pledge };
    } else if (o.round) {
      regime(o.round.regime, [...path, 'round', 'regime']);
      observable = { kind: 'round', ...o.round };
    } else {
      const { name, between } = o.index!;
      if (between[0] > between[1]) issues.push({ path: [...path, 'index', 'between'], message: 'the range is [lo, hi] with lo at most hi' });
      observable = { kind: 'index', name, between, at: turn };
    }
    const kind: EventKind = e.negative ? 'negative' : observable.kind === 'index' ? 'check' : 'timing';
    if (e.negative && observable.kind === 'index') issues.push({ path: [...at, 'negative'], message: 'an index event is already a check at its date; it cannot be negative' });
    return { id: e.id, kind, turn, observable };
  });
  const ids = new Set<string>();
  history.document.events.forEach((e, i) => {
    if (ids.has(e.id)) issues.push({ path: ['events', i, 'id'], message: `event id ${e.id} is used twice` });
    ids.add(e.id);
  });
  history.document.series?.forEach((s, j) => s.values.forEach((v, k) => {
    const first = quartersBetween(scenario.start, `${v.year}-Q1`);
    if (first + 3 < 0 || first >= turns) issues.push({ path: ['series', j, 'values', k, 'year'], message: `${v.year} lies outside the turns of ${scenario.id}` });
  }));
  if (issues.length > 0) throw new ScenarioError(problemsOf(issues, [history.source]));
  return events;
}
