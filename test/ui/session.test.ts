import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { advance, newGame } from '../../src/session/index.js';
import { initialSession, reduce } from '../../src/ui/session.js';
import { keystrokes } from '../../src/ui/keystrokes.js';
import { infScenario } from '../fixtures.js';

const NO_KEY = keystrokes('x', {} as Key)[0].key;
const ctrlC = { type: 'key' as const, input: 'c', key: { ...NO_KEY, ctrl: true } };
const setup = { entry: 0, seedText: '1', seedEdited: false, humans: [], turns: null, turnsEdited: false, row: 0 };
const catalog = [{ ref: 'inf-2019', scenario: infScenario(), error: null }];

describe('Ctrl-C', () => {
  it('stops at once when nothing would be lost', () => {
    const game = newGame(infScenario(), 'inf-2019', 1, []);
    expect(reduce(initialSession(catalog, { columns: 80, rows: 24 }, setup, null), ctrlC).request).toBe('interrupt');
    expect(reduce(initialSession(catalog, { columns: 80, rows: 24 }, setup, game), ctrlC).request).toBe('interrupt');
  });

  it('asks when turns are unsaved, and a second Ctrl-C stops', () => {
    const played = advance(newGame(infScenario(), 'inf-2019', 1, []), {}, []);
    const s = { ...initialSession(catalog, { columns: 80, rows: 24 }, setup, played), savedTurns: 0 };
    const asked = reduce(s, ctrlC);
    expect([asked.overlay, asked.request]).toEqual(['interrupt', null]);
    expect(reduce(asked, ctrlC).request).toBe('interrupt');
    expect(reduce(asked, { type: 'key', input: 'y', key: NO_KEY }).request).toBe('interrupt');
  });
});

describe('keystrokes', () => {
  it('splits a chunk into its characters with the keys a terminal sends for each', () => {
    expect(keystrokes('a\r\t\u007f\u0003 ', NO_KEY).map((k) => [k.input, k.key.return, k.key.tab, k.key.backspace, k.key.ctrl])).toEqual([
      ['a', false, false, false, false], ['', true, false, false, false], ['', false, true, false, false], ['', false, false, true, false], ['c', false, false, false, true], [' ', false, false, false, false],
    ]);
    expect(keystrokes('x', NO_KEY)).toEqual([{ input: 'x', key: NO_KEY }]);
    // A lone line feed (a terminal still in line mode, or Ctrl-J) is Enter.
    expect(keystrokes('\n', NO_KEY)[0].key.return).toBe(true);
  });
});
