import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { recordOf, startRun, playTurn } from '../../src/engine/index.js';
import { infScenario } from '../fixtures.js';
import { KEY, playUi } from './harness.js';

afterEach(cleanup);

describe('sealed orders with two human teams', () => {
  it('each team picks from legal choices in turn, orders stay sealed, then the turn resolves with exactly those orders', async () => {
    const game = playUi({ humans: ['nato', 'eu'] });
    await game.press(KEY.enter); // start
    await game.press(KEY.space);
    expect(game.frame()).toContain('Team NATO, it is your turn to choose.');

    // NATO: the type menu marks what it cannot do, with the model's reason, and will not take it.
    await game.press(KEY.enter);
    expect(game.frame()).toMatch(/✗ suspend or leave a regime\s+— NATO is party to no regime/);
    expect(game.frame()).toMatch(/✗ sanction an actor\s+— NATO is an alliance/);
    await game.press(KEY.down, KEY.enter);
    expect(game.frame()).toContain('Not possible: NATO is party to no regime.');
    // Talks on the European moratorium, inviting Russia (the default) and the EU too.
    await game.press(KEY.down, KEY.enter);
    expect(game.frame()).toContain('Talks on which regime or proposal?');
    await game.press(KEY.enter);
    expect(game.frame()).toContain('invite whom?');
    expect(game.frame()).toContain('[x] Russia');
    await game.press(KEY.down, KEY.down, KEY.down, KEY.space, KEY.enter);
    expect(game.frame()).toMatch(/Your order: talks on European moratorium on intermediate-range deployments with\s+Russia, EU/);
    await game.press(KEY.enter);

    // The EU's turn: NATO is sealed, and nothing shows what it chose.
    expect(game.frame()).toContain('Team EU, it is your turn to choose.');
    expect(game.frame()).toMatch(/NATO\s+sealed ✓/);
    expect(game.frame()).not.toContain('moratorium');
    await game.press(KEY.enter);
    // The EU fields no missiles: only missile defence is open, and only in Europe.
    await game.press(KEY.enter);
    expect(game.frame()).toMatch(/✗ ground-launched intermediate-range missiles\s+— the EU deploys no missiles/);
    await game.press(KEY.enter);
    expect(game.frame()).toContain('Deploy missile defence where?');
    await game.press(KEY.esc, KEY.esc); // back to the type menu
    expect(game.frame()).toContain('EU: choose the type of action');
    await game.press(KEY.down, KEY.down, KEY.down, KEY.enter); // sanction
    expect(game.frame()).toMatch(/✗ Russia\s+— EU already sanctions Russia/);
    expect(game.frame()).toMatch(/✗ US\s+— EU does not count US a rival; sanctions are for rivals/);
    await game.press(KEY.enter, KEY.enter); // the one open target, first: China
    await game.until('News of 2019-Q1');

    expect(game.frame()).toMatch(/NATO\s+team talks on European moratorium/);
    expect(game.frame()).toMatch(/EU\s+team sanction China/);
    await game.press('s');
    await game.until('Saved to class.save.json. Resume with: multipolar play --load class.save.json');
    const save = game.saves[0];
    const orders = {
      nato: { type: 'negotiate', treaty: 'euroMoratorium', partners: ['russia', 'eu'] },
      eu: { type: 'sanction', target: 'china' },
    } as const;
    expect(save.turns).toEqual([{ orders, injects: [] }]);
    expect(save.digest).toBe(recordOf(playTurn(startRun(infScenario(), 42), { orders })).digest);
  });

  it('esc on a handover asks before cancelling the round; no keeps the orders sealed so far', async () => {
    const game = playUi({ humans: ['nato', 'eu'] });
    await game.press(KEY.enter, KEY.space, KEY.enter);
    await game.press(KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter); // NATO holds (the last type)
    expect(game.frame()).toContain('Your order: hold');
    await game.press(KEY.enter);
    expect(game.frame()).toContain('Team EU, it is your turn to choose.');
    await game.press(KEY.esc);
    expect(game.frame()).toContain('Cancel this round? The 1 order sealed so far will be dropped; no turn is played.');
    await game.press('n');
    expect(game.frame()).toContain('Team EU, it is your turn to choose.');
    expect(game.frame()).toMatch(/NATO\s+sealed ✓/);
    await game.press(KEY.esc, 'y');
    expect(game.frame()).toContain('Orders cancelled; no turn was played.');
    expect(game.frame()).toContain('turn 1 of 32');
  });
});
