import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreSave } from '../../src/engine/save.js';
import { gameFromSave } from '../../src/session/index.js';
import { infScenario } from '../fixtures.js';
import { KEY, playUi } from './harness.js';

afterEach(cleanup);

describe('the end of a game', () => {
  it('e ends the game: a debrief screen, and a Markdown debrief written for the class', async () => {
    const game = playUi({ seed: 3 });
    await game.press(KEY.enter, 'i', KEY.enter, KEY.esc, KEY.space);
    await game.until('News of 2019-Q1');
    await game.press(KEY.space);
    await game.until('News of 2019-Q2');
    await game.press('e');
    expect(game.frame()).toContain('End the game now and go to the debrief?');
    await game.press('y');
    await game.until('Debrief written to class-debrief.md');
    expect(game.frame()).toContain('── Debrief: The end of INF, 2019');
    expect(game.frame()).toMatch(/Escalation\s+\d+\.\d →\s+\d+\.\d/);
    // Every actor is scored, the computer's too, and ranked.
    expect(game.frame()).toContain('Scores: the share of objectives met, averaged over the turns');
    expect(game.frame()).toMatch(/1\. \w+ \(computer\): score \d+, \d of \d objectives met at the end\./);
    const markdown = game.debriefs[0];
    expect(markdown).toMatch(/## Scores\n\n[^\n]+\n\n1\. \w+ \(computer\): score \d+/);
    expect(markdown).toMatch(/ {3}- NATO stays united enough for an ally to host US missiles: met \d of 2 turns\./);
    expect(markdown).toMatch(/## Why each actor chose what it did\n[^]*\*\*2019-Q2\*\*\n\n- US [^\n]+\.\n- Russia [^\n]+(because|though)/);
    expect(markdown).toContain('# Debrief: The end of INF, 2019');
    expect(markdown).toContain('Scenario `inf-2019`, seed 3, 2 of 32 turns played; every actor played by the computer (watch mode).');
    expect(markdown).toMatch(/\| Escalation \| \d+\.\d \| \d+\.\d \|/);
    expect(markdown).toMatch(/- 2019-Q\d: (Escalation|Treaty erosion|NATO cohesion|Arms race) [+−]\d+\.\d\. Moved by /);
    expect(markdown).toContain('- 2019-Q1: 9M729 moved closer to EU borders: Russia redeploys 9M729 regiments');
    expect(markdown).toMatch(/\| 2019-Q2 \| \d+\.\d \| [^|]+ \| [^|]+ \| [^|]+ \| [^|]+ \| [^|]+ \|/);
    expect(markdown).toMatch(/\nCite as: The multipolar contributors, multipolar \d+\.\d+\.\d+ \[computer software, MIT\]: run of scenario inf-2019 \(sha256 [0-9a-f]{12}\), seed 3, 2 turns, digest [0-9a-f]{12}\. Check with: npx multipolar@\d+\.\d+\.\d+ replay SAVE \(the game saved with s\)\n/);
    expect(game.frame()).toContain('game ended after 2 turns');
    expect(game.frame()).toMatch(/── Debrief: The end of INF, 2019 · ↓ \d+ below/);
    await game.press(KEY.down);
    expect(game.frame()).toMatch(/── Debrief: The end of INF, 2019 · ↑ 1 above/);
    for (let page = 0; page < 10 && !game.frame().includes('Turning points'); page++) await game.press('\u001B[6~'); // page down
    expect(game.frame()).toContain('Turning points: the largest moves and whose action caused them');
  });

  it('a resumed game opens on its dashboard, where it was left', async () => {
    const game = playUi({ seed: 9 });
    await game.press(KEY.enter, KEY.space);
    await game.until('News of 2019-Q1');
    await game.press('s');
    await game.until('Saved to');
    const before = game.frame().split('\n').slice(0, 20).join('\n');
    cleanup();
    const run = restoreSave(infScenario(), game.saves[0]);
    if ('problem' in run) throw new Error(run.problem);
    const resumed = playUi({ resumed: gameFromSave(run, game.saves[0]) });
    expect(resumed.frame()).toContain('Resumed inf-2019 after turn 1 (2019-Q1). Space plays on.');
    expect(resumed.frame().split('\n').slice(0, 20).join('\n')).toBe(before);
  });
});
