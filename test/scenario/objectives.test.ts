import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listScenarioIds, loadScenario, loadScenarioFile, ScenarioError, SCENARIO_DIR, type ScenarioProblem } from '../../src/scenario/index.js';

let dir: string;
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const problemsOf = (file: string): ScenarioProblem[] => {
  try {
    loadScenarioFile(file);
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.problems];
    throw e;
  }
  throw new Error(`${file} loaded without problems`);
};
const variant = (id: string, objectives: string) => write(`${id}.yaml`, `id: ${id}\nextends: inf-2019\ntitle: ${id}\nquestion: What if?\nobjectives:\n${objectives}`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'multipolar-objectives-'));
  copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), join(dir, 'inf-2019.yaml'));
});

describe('objectives in scenario files', () => {
  it.each(listScenarioIds())('%s gives every actor that plays two to four objectives, each with its source', (id) => {
    const s = loadScenario(id);
    const present = s.rules.actorIds.filter((a) => s.actors[a]);
    expect(Object.keys(s.objectives ?? {}).sort()).toEqual([...present].sort());
    for (const a of present) {
      expect(s.objectives![a]!.length).toBeGreaterThanOrEqual(2);
      expect(s.objectives![a]!.length).toBeLessThanOrEqual(4);
      for (const o of s.objectives![a]!) expect(o.source).toMatch(/Egmont 106|file/);
    }
  });

  it('variants inherit them; a variant without China drops China’s', () => {
    expect(loadScenario('revised-dual-track').objectives).toEqual(loadScenario('inf-2019').objectives);
    const { china: _china, ...others } = loadScenario('inf-2019').objectives!;
    expect(loadScenario('bipolar-dual-track').objectives).toEqual(others);
  });

  it('names the file, the line and the path of each mistake', () => {
    const file = variant('sloppy', [
      '  eu:',
      '    - { id: a, text: A, source: s, regime: { id: nothere } }',
      '    - { id: a, text: B, source: s, index: { id: escalation, atMost: { value: 40, assumption: x } }, regime: { id: npt } }',
      '    - { id: c, text: C, source: s, tension: { between: [eu, eu], atMost: { value: 40, assumption: x } } }',
      '  nato:',
      '    - { id: d, text: D, source: s, forces: { of: [nato], system: groundLaunchedIntermediate, atLeast: { value: 1, assumption: x }, atMost: { value: 3, assumption: x } } }',
      '    - { id: e, text: E, source: s, index: { id: escalation } }',
      '',
    ].join('\n'));
    expect(problemsOf(file).map((p) => [p.file === file, p.line, p.path, p.message])).toEqual([
      [true, 8, 'objectives.eu.1', 'give exactly one condition: regime, health, index, tension, forces'],
      [true, 11, 'objectives.nato.0.forces', 'give one bound: atMost or atLeast'],
      [true, 12, 'objectives.nato.1.index', 'give one bound: atMost or atLeast'],
    ]);
    const refs = variant('refs', [
      '  eu:',
      '    - { id: a, text: A, source: s, regime: { id: nothere } }',
      '    - { id: a, text: B, source: s, tension: { between: [eu, eu], atMost: { value: 40, assumption: x } } }',
      '  china:',
      '    - { id: f, text: F, source: s, forces: { of: [nato, martians], system: hypersonic, atLeast: { value: 1, assumption: x } } }',
      '    - { id: g, text: G, source: s, health: { regime: npt, atLeast: { value: 101, assumption: x } } }',
      '',
    ].join('\n'));
    expect(problemsOf(refs).map((p) => [p.line, p.path, p.message])).toEqual([
      [11, 'objectives.china.1.health.atLeast.value', 'Too big: expected number to be <=100'],
    ]);
    const fixed = write('refs2.yaml', readFileSync(refs, 'utf8').replace('value: 101', 'value: 60'));
    expect(problemsOf(fixed).map((p) => [p.line, p.path, p.message])).toEqual([
      [10, 'objectives.china.0.forces.of.1', 'martians is not one of this scenario\'s actors (us, russia, china, nato, eu)'],
      [7, 'objectives.eu.0.regime.id', expect.stringMatching(/^no regime with id nothere in this scenario \(inf, newStart/)],
      [8, 'objectives.eu.1.id', 'eu has two objectives with id a'],
      [8, 'objectives.eu.1.tension.between', 'tension is between two different actors'],
    ]);
  });

  it('refuses the objectives of an actor that does not play, and says how a variant drops them', () => {
    const file = write('no-china.yaml', 'id: no-china\nextends: inf-2019\ntitle: T\nquestion: Q?\nactors:\n  china: null\n');
    const problems = problemsOf(file).filter((p) => p.path.startsWith('objectives'));
    expect(problems.map((p) => [p.file, p.path, p.message])).toEqual([
      [join(dir, 'inf-2019.yaml'), 'objectives.china', `china is not one of this scenario's actors (us, russia, nato, eu); a variant removes its objectives with china: null (inherited by ${file})`],
    ]);
  });

  it('the shipped JSON Schema states the same rules for editors', () => {
    const validator = z.fromJSONSchema(JSON.parse(readFileSync(join(SCENARIO_DIR, 'scenario.schema.json'), 'utf8')));
    const withObjective = (o: Record<string, unknown>) => ({ id: 'v', extends: 'inf-2019', title: 'V', question: 'Q?', objectives: { eu: [o, { id: 'b', text: 'B', source: 's', regime: { id: 'npt' } }] } });
    const bound = { value: 40, assumption: 'x' };
    expect(validator.safeParse(withObjective({ id: 'a', text: 'A', source: 's', index: { id: 'escalation', atMost: bound } })).success).toBe(true);
    expect(validator.safeParse(withObjective({ id: 'a', text: 'A', source: 's', index: { id: 'escalation', atMost: bound }, regime: { id: 'npt' } })).success).toBe(false);
    expect(validator.safeParse(withObjective({ id: 'a', text: 'A', source: 's', index: { id: 'escalation', atMost: bound, atLeast: bound } })).success).toBe(false);
    expect(validator.safeParse(withObjective({ id: 'a', text: 'A', source: 's', index: { id: 'escalation', atMost: { value: 40 } } })).success).toBe(false);
    expect(validator.safeParse({ id: 'v', extends: 'inf-2019', title: 'V', question: 'Q?', objectives: { china: null } }).success).toBe(true);
  });
});
