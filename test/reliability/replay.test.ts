import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, SCENARIO_DIR } from '../../src/scenario/index.js';
import { ENGINE_VERSION, makeSave, playSavedTurn, startRun, type SavedTurn } from '../../src/engine/index.js';
import { writeSaveFile } from '../../src/cli/saveFile.js';
import { cli, STACK_FRAME } from './cli.js';

const TURNS = 8;
let dir: string;
let recordFile: string;
let recordText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'multipolar-replay-'));
  recordFile = join(dir, 'run.json');
  const made = await cli('run', '--seed', '11', '--turns', String(TURNS), '-o', recordFile);
  expect(made.code).toBe(0);
  recordText = readFileSync(recordFile, 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write `text` to a new file in the test folder and replay it. */
async function replayText(name: string, text: string, ...more: string[]) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return cli('replay', file, ...more);
}

/** The offset of turn `n`'s object in the record's text (the run writes turns in order). */
const turnStart = (text: string, n: number) => text.indexOf(`"turn": ${n},`);

describe('multipolar replay', () => {
  it('verifies an untouched record', async () => {
    const r = await cli('replay', recordFile);
    expect(r).toMatchObject({ code: 0, stdout: 'verified\n' });
    expect(r.stderr).toContain(`replayed ${TURNS} turns of inf-2019 with seed 11`);
  });

  it('fails on a record with one byte changed in a turn, and names that turn', async () => {
    const at = recordText.indexOf('"date": "2020-Q1"', turnStart(recordText, 5)) + '"date": "2020-Q'.length;
    expect(recordText[at]).toBe('1');
    const r = await replayText('one-byte.json', `${recordText.slice(0, at)}3${recordText.slice(at + 1)}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`multipolar: not verified: ${join(dir, 'one-byte.json')}: turn 5 (2020-Q1) differs at date: the record has "2020-Q3", the re-run gives "2020-Q1"\n`);
  });

  it('names the turn of any changed digit that changes a value', async () => {
    const digits = [...recordText.matchAll(/\d/g)].map((m) => m.index!).filter((i) => i > turnStart(recordText, 1) && i < recordText.lastIndexOf('"digest"'));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...digits), fc.integer({ min: 1, max: 9 }), async (at, shift) => {
      const text = `${recordText.slice(0, at)}${(Number(recordText[at]) + shift) % 10}${recordText.slice(at + 1)}`;
      const r = await replayText('digit.json', text);
      let turn = 0;
      while (turn < TURNS && turnStart(recordText, turn + 1) <= at) turn++;
      if (r.code === 2) {
        expect(r.stderr).toMatch(/is not JSON|is not a valid run record/); // e.g. a leading zero, or a turn number that is no longer a number
      } else if (r.code === 1) {
        expect(r.stderr).toMatch(new RegExp(`: turn ${turn} (\\(|is )`));
      } else {
        // Only a change JSON cannot see (the 17th digit of a float) may verify.
        expect(JSON.parse(text)).toEqual(JSON.parse(recordText));
      }
    }), { numRuns: 40, seed: 6 });
  });

  it('reports a scenario file changed since the record was made', async () => {
    const scenarioFile = join(dir, 'inf-2019.yaml');
    copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), scenarioFile);
    const own = join(dir, 'own.json');
    expect((await cli('run', '-s', scenarioFile, '--turns', '3', '-o', own)).code).toBe(0);
    expect(await cli('replay', own, '--scenario', scenarioFile)).toMatchObject({ code: 0, stdout: 'verified\n' });
    appendFileSync(scenarioFile, '# one more comment\n');
    const r = await cli('replay', own, '--scenario', scenarioFile);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^multipolar: not verified: .*own\.json: inf-2019\.yaml has changed since the record was made \(its sha256 is [0-9a-f]{64}, the record's [0-9a-f]{64}\); read from .*inf-2019\.yaml: give the file the record was made from with --scenario PATH\n$/);
  });

  it("reports a record whose scenario hash is not the shipped file's", async () => {
    const r = await replayText('other-hash.json', recordText.replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${'a'.repeat(64)}"`));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`scenario inf-2019 has changed since the record was made`);
    expect(r.stderr).toContain(join(SCENARIO_DIR, 'inf-2019.yaml'));
  });

  it('reports a record made by another engine version', async () => {
    const r = await replayText('old.json', recordText.replace(/"version": "[^"]+"/, '"version": "0.0.9"'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`multipolar: not verified: ${join(dir, 'old.json')} was made by engine version 0.0.9, this is ${ENGINE_VERSION}; run the version that made it with: npx multipolar@0.0.9 replay ${join(dir, 'old.json')} (or add --compare-anyway to re-run it with ${ENGINE_VERSION} and see the first difference)\n`);
  });

  it('refuses, with exit 2 and one line, files it cannot replay', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['truncated.json', recordText.slice(0, recordText.length / 2), /truncated\.json is not JSON/],
      ['empty.json', '', /empty\.json is not JSON/],
      ['list.json', '[1, 2]', /list\.json is neither a run record, a save nor a summary/],
      ['save.json', JSON.stringify({ kind: 'multipolar-save', format: 1, checksum: 'x', save: {} }), /save\.json has been edited or damaged since it was saved/],
      ['proto.json', JSON.stringify({ kind: 'constructor' }), /is a file of kind "constructor", which this version of replay does not know/],
      ['seed.json', recordText.replace('"seed": 11', '"seed": -1'), /seed\.json is not a valid run record: at manifest\.seed: /],
      ['path.json', recordText.replace('"id": "inf-2019"', '"id": "../inf-2019"'), /at manifest\.scenario\.id: expected a scenario id like inf-2019/],
      ['unknown.json', recordText.replace('"id": "inf-2019"', '"id": "no-such-scenario"'), /scenario "no-such-scenario" is not among the shipped scenarios; give its file with --scenario PATH/],
    ];
    for (const [name, text, message] of cases) {
      const r = await replayText(name, text);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).not.toMatch(STACK_FRAME);
    }
    expect((await cli('replay', join(dir, 'absent.json'))).stderr).toMatch(/cannot read .*absent\.json: file not found/);
    expect((await cli('replay', dir)).stderr).toMatch(/: it is a folder/);
  });

  describe('a saved game', () => {
    /** A save of 5 turns of inf-2019 where the EU is a human team that sanctions China on turn 2. */
    function savedGame(): string {
      const scenario = loadScenario('inf-2019');
      const inputs: SavedTurn[] = Array.from({ length: 5 }, (_, i) => ({
        orders: i === 1 ? { eu: { type: 'sanction', target: 'china' } } : {},
        injects: i === 2 ? ['houthi-salvo'] : [],
      }));
      let state = startRun(scenario, 23);
      for (const input of inputs) state = playSavedTurn(state, input);
      const file = join(dir, 'game.save.json');
      writeSaveFile(file, makeSave(state, 'inf-2019', ['eu'], inputs));
      return file;
    }

    it('verifies an untouched save', async () => {
      const r = await cli('replay', savedGame());
      expect(r).toMatchObject({ code: 0, stdout: 'verified\n' });
      expect(r.stderr).toContain('replayed 5 turns of inf-2019 with seed 23');
    });

    it('refuses a truncated save as bad input, and reports a changed scenario as a failed check', async () => {
      const text = readFileSync(savedGame(), 'utf8');
      const truncated = await replayText('cut.save.json', text.slice(0, text.length - 40));
      expect(truncated.code).toBe(2);
      expect(truncated.stderr).toMatch(/cut\.save\.json is not JSON/);
      const changed = join(dir, 'inf-2019.yaml');
      copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), changed);
      appendFileSync(changed, '# edited\n');
      const r = await cli('replay', join(dir, 'game.save.json'), '--scenario', changed);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/inf-2019\.yaml has changed since the game was saved/);
    });
  });
});
