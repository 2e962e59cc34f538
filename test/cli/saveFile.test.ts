import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSavedGame, readSaveFile, writeSaveFile } from '../../src/cli/saveFile.js';
import { recordOf, startRun } from '../../src/engine/index.js';
import { makeSave, playSavedTurn, type SavedTurn } from '../../src/engine/save.js';
import { infScenario } from '../fixtures.js';

const INPUTS: SavedTurn[] = [
  { orders: { eu: { type: 'negotiate', treaty: 'hcoc', partners: ['us', 'russia'] } }, injects: ['china-invited-munich'] },
  { orders: { eu: { type: 'hold' } }, injects: [] },
];

function savedGame() {
  const state = INPUTS.reduce(playSavedTurn, startRun(infScenario(), 5));
  const path = join(mkdtempSync(join(tmpdir(), 'multipolar-save-')), 'game.save.json');
  const save = makeSave(state, 'inf-2019', ['eu'], INPUTS);
  writeSaveFile(path, save);
  return { state, save, path };
}

describe('save files', () => {
  it('round-trip: a written save reads back equal and resumes to the same game', () => {
    const { state, save, path } = savedGame();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ kind: 'multipolar-save', format: 1, checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(readSaveFile(path)).toEqual(save);
    expect(recordOf(loadSavedGame(path).state).digest).toBe(recordOf(state).digest);
  });

  it('refuses a truncated save, an edited one, and a file that is not a save, each with a clear reason', () => {
    const { path } = savedGame();
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    expect(() => readSaveFile(path)).toThrow(`${path} is not a complete save: it is not valid JSON (truncated or damaged?); it was not loaded`);
    writeFileSync(path, text.replace('"seed": 5', '"seed": 6'));
    expect(() => loadSavedGame(path)).toThrow(/has been edited or damaged since it was saved/);
    writeFileSync(path, JSON.stringify({ manifest: {}, turns: [] }));
    expect(() => readSaveFile(path)).toThrow(/is not a multipolar save/);
    expect(() => readSaveFile(join(path, '..', 'missing.json'))).toThrow(/file not found/);
  });
});
