import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioFile, ScenarioError, SCENARIO_DIR, type ScenarioProblem } from '../../src/scenario/index.js';

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
const head = (id: string, base: string) => `id: ${id}\nextends: ${base}\ntitle: ${id}\nquestion: What if?\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'multipolar-scenarios-'));
  copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), join(dir, 'inf-2019.yaml'));
});

describe('extends', () => {
  it('resolves a variant over its base: inherited parts, overridden parts, deleted actors', () => {
    const base = loadScenario('inf-2019');
    const variant = loadScenario('bipolar-dual-track');
    expect(Object.keys(variant.actors)).toEqual(['us', 'russia', 'nato', 'eu']);
    expect(variant.actors.nato!.doctrine.bias).toEqual({ deploy: 0.1, negotiate: 0.1 });
    expect(variant.actors.nato!.doctrine.threatPerception).toBe(base.actors.nato!.doctrine.threatPerception);
    expect(Object.keys(variant.world.treaties)).toEqual(Object.keys(base.world.treaties));
    expect(variant.world.forces.china.groundLaunchedIntermediate.asia).toBe(0);
    expect(variant.sha256).not.toBe(base.sha256);
  });

  it('reports a cycle with the chain and the line of extends', () => {
    write('a.yaml', head('a', 'b'));
    write('b.yaml', head('b', 'a'));
    const [p] = problemsOf(join(dir, 'a.yaml'));
    expect(p).toMatchObject({ path: 'extends', line: 2, message: 'extends forms a cycle: a -> b -> a' });
    expect(p.file).toBe(join(dir, 'b.yaml'));
  });

  it('reports a missing base with the file and the line of extends', () => {
    const file = write('orphan.yaml', head('orphan', 'no-such-base'));
    const [p] = problemsOf(file);
    expect(p).toMatchObject({ file, path: 'extends', line: 2 });
    expect(p.message).toBe('base scenario "no-such-base" not found: looked for no-such-base.yaml beside this file, then among the shipped scenarios');
  });

  it("checks a variant's own file: every problem, each at its own line", () => {
    const file = write('sloppy.yaml', `${head('sloppy', 'inf-2019')}actors:\n  us:\n    doctrine:\n      threatPerception: { value: 0.3 }\n  martians: {}\nworld:\n  natoCohesion: { value: 2, source: x }\n`);
    expect(problemsOf(file).map((p) => [p.line, p.path])).toEqual([
      [8, 'actors.us.doctrine.threatPerception'],
      [9, 'actors.martians'],
      [11, 'world.natoCohesion.value'],
    ]);
  });

  it('asks a variant for its own title and question', () => {
    const file = write('untitled.yaml', 'id: untitled\nextends: inf-2019\n');
    expect(problemsOf(file).map((p) => p.path).sort()).toEqual(['question', 'title']);
  });

  it('places a problem that comes from the base in the base, and names the variant that inherits it', () => {
    const file = write('no-china.yaml', `${head('no-china', 'inf-2019')}actors:\n  china: null\n`);
    const problems = problemsOf(file);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file).toBe(join(dir, 'inf-2019.yaml'));
      expect(p.line).toBeGreaterThan(1);
      expect(p.message).toContain(`china is not one of this scenario's actors`);
      expect(p.message).toContain(`(inherited by ${file})`);
    }
    expect(problems.map((p) => p.path)).toContain('injects.2.effect.tension.0.between.0');
  });
});
