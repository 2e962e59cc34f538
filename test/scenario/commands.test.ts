import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/program.js';
import { listScenarioIds, loadScenario, loadScenarioFile, SCENARIO_DIR } from '../../src/scenario/index.js';

/** Run the CLI and capture what it writes. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    const code = await runCli(argv, { stderr: (t) => { stderr += t; } });
    return { code, stdout, stderr };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('multipolar scenarios', () => {
  it('list: one line per shipped scenario with its id, title, start, turns and question', async () => {
    const { code, stdout } = await cli('scenarios', 'list');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(listScenarioIds().length);
    const s = loadScenario('dual-track-1979');
    expect(lines.find((l) => l.startsWith('dual-track-1979 '))).toMatch(new RegExp(`^dual-track-1979 +${s.title} +1979-Q4 +35 +${s.question.replace('?', '\\?')}$`));
  });

  it('show: the scenario after inheritance, as YAML that loads to the same scenario', async () => {
    const { code, stdout } = await cli('scenarios', 'show', 'revised-dual-track');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^# revised-dual-track after inheritance: .*revised-dual-track\.yaml extends .*inf-2019\.yaml$/);
    expect(parse(stdout).extends).toBeUndefined();
    const file = join(mkdtempSync(join(tmpdir(), 'multipolar-show-')), 'shown.yaml');
    writeFileSync(file, stdout);
    const shown = loadScenarioFile(file);
    const original = loadScenario('revised-dual-track');
    // The shown file is one file with defaults filled in: its hash and chain are its own.
    expect({ ...shown, sha256: '', chain: [] }).toEqual({ ...original, sha256: '', chain: [] });
  });

  it('validate: exit 0 and "ok" for each valid file', async () => {
    const files = listScenarioIds().map((id) => join(SCENARIO_DIR, `${id}.yaml`));
    const { code, stdout, stderr } = await cli('scenarios', 'validate', ...files);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n')).toEqual(files.map((f) => `${f}: ok`));
  });

  it('validate: every problem of every file, each with its file, line and path, and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'multipolar-validate-'));
    const twoProblems = join(dir, 'two.yaml');
    writeFileSync(twoProblems, readFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), 'utf8')
      .replace('turns: 32', 'turns: 0').replace('start: 2019-Q1', 'start: 2019-Q9'));
    const notYaml = join(dir, 'bad.yaml');
    writeFileSync(notYaml, 'id: x\ntitle: [unclosed\n');
    const { code, stderr } = await cli('scenarios', 'validate', twoProblems, join(SCENARIO_DIR, 'inf-2019.yaml'), notYaml, join(dir, 'missing.yaml'));
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(`multipolar: error: ${twoProblems}:7: at start: a quarter like 2019-Q1`);
    expect(lines[1]).toMatch(new RegExp(`^multipolar: error: ${twoProblems}:8: at turns: `));
    expect(lines[2]).toMatch(new RegExp(`^multipolar: error: ${notYaml}:\\d: not valid YAML`));
    expect(lines[3]).toBe(`multipolar: error: ${join(dir, 'missing.yaml')}: file not found`);
  });

  it('schema: prints the JSON Schema that scenarios/scenario.schema.json holds', async () => {
    const { code, stdout } = await cli('scenarios', 'schema');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(SCENARIO_DIR, 'scenario.schema.json'), 'utf8'));
  });

  it('an unknown scenario id is a one-line error naming the known ids, exit 2', async () => {
    const { code, stderr } = await cli('scenarios', 'show', 'inf-2091');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^multipolar: error: inf-2091: no scenario with id "inf-2091"; known ids: as-it-happened-2019, bipolar-2019, .*\n$/);
  });
});
