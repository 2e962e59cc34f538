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
    expect(variant.actors.nato!.doctrine.policies.map((p) => p.id)).toEqual(['dual-track-talks']);
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
    const file = write('sloppy.yaml', `${head('sloppy', 'inf-2019')}actors:\n  us:\n    doctrine:\n      threatPerception: { value: 0.3 }\n  Martians: {}\nworld:\n  natoCohesion: { value: 2, source: x }\n`);
    expect(problemsOf(file).map((p) => [p.line, p.path])).toEqual([
      [8, 'actors.us.doctrine.threatPerception'],
      [9, 'actors.Martians'],
      [11, 'world.natoCohesion.value'],
    ]);
  });

  it('refuses an actor the rules do not know, or one with no machine, at its line', () => {
    const doctrine = '    doctrine: { threatPerception: { value: 0.3, assumption: x }, allianceWeight: { value: 0.3, assumption: x }, costSensitivity: { value: 0.3, assumption: x }, armsControl: { value: 0.3, assumption: x } }\n';
    const martians = write('martians.yaml', `${head('martians', 'inf-2019')}actors:\n  martians:\n${doctrine}`);
    expect(problemsOf(martians).map((p) => [p.line, p.path, p.message])).toEqual([
      [7, 'actors.martians', 'martians is not an actor of the rules (us, russia, china, nato, eu); add its facts under rules.actors.martians'],
    ]);
    const facts = 'rules:\n  actors:\n    korea: { name: Korea, arsenal: [missileDefence], basing: [asia], presence: [asia], assumption: x }\n';
    const korea = write('korea.yaml', `${head('korea', 'inf-2019')}${facts}actors:\n  korea:\n${doctrine}`);
    expect(problemsOf(korea).map((p) => p.message)).toEqual(['korea has no machine: add actors/korea.ts and register it in actors/index.ts']);
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

describe('policies and events in files', () => {
  const policies = (yaml: string) => `${head('p', 'inf-2019')}actors:\n  us:\n    doctrine:\n      policies:\n${yaml}`;

  it('names a regime or an actor a policy refers to that the scenario lacks, at its line', () => {
    const file = write('p1.yaml', policies('        - id: talks\n          assumption: x\n          prefer: { negotiate: { treaty: saltIII, partners: [martians] }, weight: 0.3 }\n'));
    expect(problemsOf(file).map((p) => [p.line, p.path, p.message])).toEqual([
      [11, 'actors.us.doctrine.policies.0.prefer.negotiate.treaty', 'no regime with id saltIII in this scenario'],
      [11, 'actors.us.doctrine.policies.0.prefer.negotiate.partners.0', expect.stringMatching(/^martians is neither an actor of the rules/)],
    ]);
  });

  it('asks a policy for exactly one rule and one provenance', () => {
    const file = write('p2.yaml', policies('        - id: both\n          source: s\n          assumption: a\n          never: { deploy: { region: asia } }\n          prefer: { hold: {}, weight: 1 }\n'));
    expect(problemsOf(file).map((p) => p.message)).toEqual(['a policy is exactly one of prefer, never or commit', 'a policy needs either a source or an assumption, not both']);
  });

  it('refuses a scheduled event that makes a player\'s choice, but not an inject', () => {
    const event = (kind: string) => `${head('e', 'inf-2019')}${kind}:\n  - id: deploys\n    ${kind === 'events' ? 'at: 2019-Q2\n    ' : ''}title: t\n    text: t\n    source: s\n    effect:\n      forces: [{ actor: us, system: groundLaunchedIntermediate, region: europe, delta: 1 }]\n      treaties: [{ id: npt, status: { china: withdrawn, iran: withdrawn } }]\n`;
    expect(problemsOf(write('e1.yaml', event('events'))).map((p) => p.message)).toEqual([
      "a scheduled event may not move us's forces: a player's deployments come from its decisions (a facilitator's inject may)",
      "a scheduled event may not set china's status: a player's exits and suspensions come from its decisions (non-player parties may be moved)",
    ]);
    expect(() => loadScenarioFile(write('e2.yaml', event('injects')))).not.toThrow();
  });
});
