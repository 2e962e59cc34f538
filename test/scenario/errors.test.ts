import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioFile, ScenarioError, SCENARIO_DIR } from '../../src/scenario/index.js';

const baseline = readFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), 'utf8');

function problemsOf(text: string, name = 'broken.yaml') {
  const file = join(mkdtempSync(join(tmpdir(), 'multipolar-')), name);
  writeFileSync(file, text);
  try {
    loadScenarioFile(file);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return { file, problems: (e as ScenarioError).problems };
  }
  throw new Error('expected the scenario to be refused');
}

describe('scenario loading errors', () => {
  it('names an unknown id and lists the known ones', () => {
    expect(() => loadScenario('no-such-scenario')).toThrow(/no scenario with id "no-such-scenario"; known ids: .*inf-2019/);
  });

  it('names a missing file', () => {
    expect(() => loadScenario('/tmp/does/not/exist.yaml')).toThrow(/exist.yaml: file not found/);
  });

  it('places malformed YAML on its line', () => {
    const { problems } = problemsOf('id: x\ntitle: [unclosed\nquestion: q\n');
    expect(problems[0].message).toMatch(/not valid YAML/);
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
  });

  it('names the path and line of a schema violation', () => {
    const text = baseline.replace('threatPerception: { value: 0.65,', 'threatPerception: { value: "high",');
    const line = text.split('\n').findIndex((l) => l.includes('"high"')) + 1;
    const { problems } = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('actors.us.doctrine.threatPerception.value');
    expect(problems[0].message).toBe('expected number, got "high"');
    expect(problems[0].line).toBe(line);
  });

  it('names an unknown key (a typo) instead of ignoring it', () => {
    const { problems } = problemsOf(baseline.replace('  natoCohesion: {', '  natoCohesoin: {'));
    expect(problems.map((p) => p.message).join(' ')).toMatch(/natoCohesoin/);
  });

  it('refuses a figure without a source or an assumption', () => {
    const { problems } = problemsOf(baseline.replace(/euUnity: \{ value: 0\.6, source: "[^"]*" \}/, 'euUnity: { value: 0.6 }'));
    expect(problems[0].path).toBe('world.euUnity');
  });

  it('checks references between parts: an inject on an unknown treaty', () => {
    const { problems } = problemsOf(baseline.replace('effect: { treaties: [{ id: npt, integrity: -0.05 }] }', 'effect: { treaties: [{ id: nptt, integrity: -0.05 }] }'));
    expect(problems[0]).toMatchObject({ path: 'events.0.effect.treaties.0.id', message: 'no treaty with id nptt in this scenario' });
    expect(problems[0].line).toBeGreaterThan(1);
  });
});
