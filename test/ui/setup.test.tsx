import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, playUi } from './harness.js';

afterEach(cleanup);

describe('the setup screen', () => {
  it('shows the scenario and the default seed, takes a typed seed and human teams, and starts the game', async () => {
    const game = playUi({ humans: ['eu'] });
    expect(game.frame()).toContain('Scenario  ‹ inf-2019 ›');
    expect(game.frame()).toContain('The end of INF, 2019');
    expect(game.frame()).toContain('42_  (default; type digits to change it)');
    expect(game.frame()).toMatch(/EU\s+\[x\] human team/);
    await game.press('7', '0', '0', '7');
    expect(game.frame()).toContain('7007_');
    await game.press(KEY.down, KEY.down, KEY.down, KEY.space); // the first actor row: the US
    expect(game.frame()).toMatch(/US\s+\[x\] human team/);
    expect(game.frame()).toContain('2 human teams (US, EU) will seal orders each turn');
    await game.press(KEY.enter);
    expect(game.frame()).toContain('The end of INF, 2019 · turn 1 of 32 · 2019-Q1 · seed 7007 · teams: US, EU');
    expect(game.frame()).toContain('Game on: inf-2019, seed 7007, 32 turns, 2 human teams.');
  });

  it('refuses to start with a seed out of range', async () => {
    const game = playUi();
    await game.press(...'99999999999'.split(''), KEY.enter);
    expect(game.frame()).toContain('The seed must be a whole number from 0 to 4294967295.');
    expect(game.frame()).toContain('Set up a game of multipolar');
  });
});
