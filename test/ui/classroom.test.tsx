import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { stancesThisTurn, startRun, viewOf } from '../../src/engine/index.js';
import { talksOdds } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';
import { KEY, playUi } from './harness.js';

afterEach(cleanup);

/** Every line of a frame fits the terminal. */
function expectFits(frame: string, columns: number) {
  for (const line of frame.split('\n')) expect(line.length, line).toBeLessThanOrEqual(columns);
}

describe('input that arrives as one chunk', () => {
  it('a pasted seed and pasted keys are handled as their characters, in order', async () => {
    const game = playUi({ humans: ['eu'] });
    await game.press('7007'); // one chunk, as a paste arrives
    expect(game.frame()).toContain('7007_');
    await game.press('\r '); // enter starts the game, space starts the round: two keys in one chunk
    expect(game.frame()).toContain('Team EU, it is your turn to choose.');
    await game.press('\r\r'); // ready, then deploy (the first open type)
    expect(game.frame()).toContain('Deploy which system?');
  });

  it('two fast panel keys end on the second panel', async () => {
    const game = playUi();
    await game.press(KEY.enter, '37');
    expect(game.frame()).toContain('[7 Scores]');
  });
});

describe('orders with the world in view', () => {
  it('a team opens any panel while choosing and comes back to its half-made order', async () => {
    const game = playUi({ humans: ['eu'] });
    await game.press(KEY.enter, KEY.space, KEY.enter, KEY.enter, KEY.enter); // deploy › missile defence
    expect(game.frame()).toContain('Deploy missile defence where?');
    await game.press('3');
    expect(game.frame()).toContain('Forces by region');
    expect(game.frame()).toContain("EU's order is kept as it was: esc goes back to it.");
    await game.press(KEY.tab);
    expect(game.frame()).toContain('[4 Tension]');
    await game.press('7');
    expect(game.frame()).toMatch(/EU\s+team\s+score {3}—\s+3 of 4 met now/);
    await game.press(KEY.esc);
    expect(game.frame()).toContain('Deploy missile defence where?');
    await game.press(KEY.enter, KEY.enter); // Europe, then seal
    await game.until('News of 2019-Q1');
    expect(game.frame()).toMatch(/EU\s+team deploy missile defence to Europe/);
  });
});

describe('the partners of talks', () => {
  it('offers only whom the rules accept, and shows the odds the model applies', async () => {
    const game = playUi({ humans: ['nato'] });
    await game.press(KEY.enter, KEY.space, KEY.enter, KEY.down, KEY.down, KEY.enter, KEY.enter); // talks › the European moratorium
    expect(game.frame()).toContain('invite whom?');
    expect(game.frame()).toMatch(/✗ {3}China\s+— China stands in none of the regions European moratorium on\s+intermediate-range deployments would cover/);
    expectFits(game.frame(), 80);
    await game.press(KEY.down, KEY.down, KEY.space); // China
    expect(game.frame()).toContain('Not possible: China stands in none of the regions');
    expect(game.frame()).not.toContain('[x] China');
    // The odds shown are the model's, with the invited parties' stances as this turn will read them.
    const state = startRun(infScenario(), 42);
    const odds = (partners: string[]) => Math.round(100 * talksOdds(viewOf(state), 'euroMoratorium', ['nato'], partners, stancesThisTurn(state)));
    expect(game.frame()).toContain(`Odds applied this turn: ${odds(['russia'])}%`);
    expect(game.frame()).toMatch(new RegExp(`EU\\s+tension 5 · if invited ${odds(['russia', 'eu'])}%`));
  });
});

describe('cancelling and stopping', () => {
  it('Ctrl-C asks when turns are unsaved; n goes back to the game', async () => {
    const game = playUi();
    await game.press(KEY.enter, KEY.space);
    await game.until('News of 2019-Q1');
    await game.press('\u0003');
    expect(game.frame()).toContain('Stop now? 1 turn played since the last save will be lost');
    await game.press('n');
    expect(game.frame()).not.toContain('Stop now?');
    expect(game.frame()).toContain('News of 2019-Q1');
  });
});

describe('a shorter game', () => {
  it('the setup screen sets the length; the game ends after it with a debrief', async () => {
    const game = playUi({ pace: 1 });
    await game.press(KEY.down, KEY.down);
    expect(game.frame()).toMatch(/› Length\s+‹ 32 turns › {2}2019-Q1 to 2026-Q4 · the scenario's length/);
    await game.press('3');
    expect(game.frame()).toMatch(/Length\s+‹ 3 turns › {2}2019-Q1 to 2019-Q3 · the scenario has 32/);
    await game.press(KEY.right);
    expect(game.frame()).toContain('‹ 4 turns ›');
    await game.press(KEY.enter);
    expect(game.frame()).toContain('turn 1 of 4 · 2019-Q1');
    expect(game.frame()).toContain('Game on: inf-2019, seed 42, 4 turns, watch mode');
    await game.press('a');
    await game.until('Debrief written to class-debrief.md');
    expect(game.debriefs[0]).toContain('4 of 4 turns played');
  });
});

describe('panels at 80 columns', () => {
  it('scores, why and the inject previews fit, with nothing cut off', async () => {
    const game = playUi({ humans: ['russia'] });
    await game.press(KEY.enter, KEY.space, KEY.enter, KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter, KEY.enter); // Russia holds
    await game.until('News of 2019-Q1');
    await game.press('8');
    expect(game.frame()).toContain('Why, 2019-Q1 (turn 1)');
    expect(game.frame()).toMatch(/• US \w+ .+ because/);
    expect(game.frame()).toContain("• Russia holds: the team's choice.");
    expectFits(game.frame(), 80);
    await game.press('7');
    expect(game.frame()).toMatch(/Russia\s+team\s+score +\d+/);
    expectFits(game.frame(), 80);
    await game.press('i');
    expect(game.frame()).toContain('Changes: tension Russia–EU +8; tension Russia–NATO +8; crisis +20;');
    expect(game.frame()).toMatch(/On the world as it stands: Escalation [\d.]+ → [\d.]+/);
    expect(game.frame()).toMatch(/Objectives it would turn: ✗ US: Russia's 9M729 force in Europe/);
    expectFits(game.frame(), 80);
  });
});
