import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, playUi } from './harness.js';

afterEach(cleanup);

describe('watch mode', () => {
  it('space plays one turn; a auto-plays; space pauses', async () => {
    const game = playUi({ pace: 1 });
    await game.press(KEY.enter);
    expect(game.frame()).toContain('watch mode');
    await game.press(KEY.space);
    await game.until('News of 2019-Q1 (turn 1)');
    expect(game.frame()).toMatch(/US\s+cpu\s+\S/);
    await game.press('a');
    await game.until('News of 2019-Q4 (turn 4)');
    expect(game.frame()).toContain('watch mode · AUTO');
    await game.press(KEY.space);
    expect(game.frame()).toContain('Auto-play paused. Space plays one turn, a resumes.');
    expect(game.frame()).not.toContain('AUTO');
  });

  it('a facilitator inject fires at the next turn, shows in the news and is saved with the turn', async () => {
    const game = playUi();
    await game.press(KEY.enter, 'i');
    expect(game.frame()).toContain('[ ] 9M729 moved closer to EU borders');
    await game.press(KEY.down, KEY.enter);
    expect(game.frame()).toContain('[x] The US asks an ally to host missiles');
    await game.press(KEY.esc);
    expect(game.frame()).toContain('Inject for the next turn: The US asks an ally to host missiles');
    await game.press(KEY.space);
    await game.until('News of 2019-Q1');
    expect(game.frame()).toContain('! The US asks an ally to host missiles: Washington presses');
    await game.press('s');
    await game.until('Saved to');
    expect(game.saves[0].turns).toEqual([{ orders: {}, injects: ['us-asks-host'] }]);
  });
});
