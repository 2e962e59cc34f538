import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_DIR } from '../../src/cli/commands/hindcast.js';
import { compileHistory, readHistory } from '../../src/hindcast/load.js';
import { historyJsonSchemaText } from '../../src/hindcast/schema.js';
import { loadScenario, ScenarioError, type ScenarioProblem } from '../../src/scenario/index.js';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'multipolar-history-'))));

const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
/** The problems of a history file, read and compiled against a scenario. */
const problemsOf = (file: string, scenario = 'inf-2019'): string[] => {
  try {
    const s = loadScenario(scenario);
    compileHistory(readHistory(file), s, s.turns);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems.map((p: ScenarioProblem) => `${p.line ?? '-'} ${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error(`${file} compiled without problems`);
};
const head = 'id: bad\ntitle: A bad history\nsources: [somewhere]\nevents:\n';
const event = (id: string, quarter: string, observable: string, extra = '') =>
  `  - id: ${id}\n    quarter: ${quarter}\n    text: t\n    source: s\n${extra}    observable: ${observable}\n`;

describe('history files', () => {
  it.each([
    ['inf-2019-to-2022', 'as-it-happened-2019'],
    ['inf-2023-to-2026', 'as-it-happened-2019'],
    ['dual-track-1979', 'dual-track-1979'],
  ])('%s compiles against %s, every event sourced', (history, scenario) => {
    const h = readHistory(join(HISTORY_DIR, `${history}.yaml`));
    const s = loadScenario(scenario);
    expect(compileHistory(h, s, s.turns).length).toBe(h.document.events.length);
    for (const e of h.document.events) expect(e.source.length).toBeGreaterThan(10);
  });

  it('the calibration sample holds at least 12 events of 2019-2022, China\'s refusals among them', () => {
    const { events } = readHistory(join(HISTORY_DIR, 'inf-2019-to-2022.yaml')).document;
    expect(events.length).toBeGreaterThanOrEqual(12);
    expect(events.every((e) => e.quarter >= '2019-Q1' && e.quarter <= '2022-Q4')).toBe(true);
    expect(events.some((e) => e.negative && e.observable.firstAction?.actor === 'china')).toBe(true);
  });

  it('history/history.schema.json is the JSON Schema of the zod schema', () => {
    expect(readFileSync(join(HISTORY_DIR, 'history.schema.json'), 'utf8')).toBe(historyJsonSchemaText());
  });

  it('reports schema problems with their line: a bad quarter, two observables, an unknown key', () => {
    const file = write('schema.yaml', head
      + event('a', '2019-Q5', '{ treatyEnds: inf }')
      + event('b', '2019-Q3', '{ treatyEnds: inf, signed: inf }')
      + event('c', '2019-Q3', '{ treatyEnds: inf }', '    when: soon\n'));
    expect(problemsOf(file)).toEqual([
      '6 events.0.quarter: a quarter like 2019-Q1',
      '14 events.1.observable: name exactly one observable',
      '19 events.2.when: unknown key "when" (check the spelling; see multipolar hindcast --schema)',
    ]);
  });

  it('checks a history against the scenario: quarters inside its turns, regimes and actors it has, ids once', () => {
    const file = write('refs.yaml', head
      + event('a', '2030-Q1', '{ treatyEnds: inf }')
      + event('b', '2019-Q3', '{ treatyEnds: salt3 }')
      + event('c', '2019-Q3', '{ firstAction: { actor: india, action: { hold: {} } } }')
      + event('a', '2019-Q3', '{ index: { name: escalation, between: [60, 40] } }'));
    expect(problemsOf(file)).toEqual([
      '6 events.0.quarter: 2030-Q1 lies outside the 32 turns of inf-2019 from 2019-Q1',
      '14 events.1.observable.treatyEnds: scenario inf-2019 has no regime salt3',
      '19 events.2.observable.firstAction.actor: india does not play in scenario inf-2019',
      '24 events.3.observable.index.between: the range is [lo, hi] with lo at most hi',
      '20 events.3.id: event id a is used twice',
    ]);
  });
});
