import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { helpFor, KEY_TABLE } from '../../src/ui/keys.js';
import { KEY, playUi } from './harness.js';

afterEach(cleanup);

/** Every line of a frame fits the terminal, and the frame leaves the last line free (so Ink never scrolls). */
function expectFits(frame: string, columns: number, rows: number) {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(rows - 1);
  for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(columns);
}

describe('screens and keys', () => {
  it('? lists the keys of the screen from the key table; q asks before quitting', async () => {
    const game = playUi();
    await game.press(KEY.enter, '?');
    const dashboard = helpFor('dashboard');
    expect(dashboard.length).toBeGreaterThan(8);
    // Long help wraps under itself: compare with the frame's words.
    const words = game.frame().replace(/\s+/g, ' ');
    for (const { label, help } of dashboard) expect(words).toContain(` ${label} ${help}`);
    expect(KEY_TABLE.filter((b) => b.contexts.includes('dashboard')).every((b) => dashboard.some((h) => h.label.split('/').includes(b.label) || h.label === b.label))).toBe(true);
    await game.press(KEY.esc, 'q');
    expect(game.frame()).toContain('Quit? Everything played is saved.');
    await game.press('n');
    expect(game.frame()).not.toContain('Quit?');
    await game.press(KEY.space);
    await game.until('News of 2019-Q1');
    await game.press('q');
    expect(game.frame()).toContain('Quit? 1 turn played since the last save will be lost (s saves).');
  });

  it('at 80x24 every screen fits, one panel at a time', async () => {
    const game = playUi({ humans: ['eu'] });
    expectFits(game.frame(), 80, 24);
    await game.press(KEY.enter, KEY.space);
    expectFits(game.frame(), 80, 24);
    await game.press(KEY.enter, KEY.down, KEY.down, KEY.enter); // the EU's talks menu: 12 regimes
    expectFits(game.frame(), 80, 24);
    await game.press(KEY.enter, KEY.enter, KEY.enter);
    await game.until('News of 2019-Q1');
    for (const panel of ['1', '2', '3', '4', '5', '6', 'i', KEY.esc, '?']) {
      await game.press(panel);
      expectFits(game.frame(), 80, 24);
    }
    await game.press(KEY.esc, '2');
    expect(game.frame()).toMatch(/INF Treaty\s+notice\s+susp\s/); // the US has given notice (scenario: due 2019-Q3), and Russia answered in kind
    expect(game.frame()).not.toContain('Forces by region');
  });

  it('at 160x48 every panel shows at once', async () => {
    const game = playUi({ size: { columns: 160, rows: 48 } });
    await game.press(KEY.enter, KEY.space);
    await game.until('News of 2019-Q1');
    for (const title of ['Indices over the game', 'Treaties', 'Forces by region', 'Tension', 'Postures', 'News of 2019-Q1', 'Ladder:']) expect(game.frame()).toContain(title);
    expectFits(game.frame(), 160, 48);
  });

  it('says so when the terminal is smaller than 80x24', () => {
    const game = playUi({ size: { columns: 70, rows: 20 } });
    expect(game.frame()).toContain('This terminal is 70x20; the game needs 80x24.');
  });
});
