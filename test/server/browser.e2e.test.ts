import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { newGame, parseSaveFile } from '../../src/session/index.js';
import { infScenario } from '../fixtures.js';

/** Debian's Chromium (.ci/run installs it when it is missing); CHROMIUM names another. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** How long a page may take to show what it is waited for (a bound on a slow, loaded machine, not a measurement). */
const WAIT = { timeout: 15_000 };
const HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">';

let browser: Browser;
let server: RunningServer;
const saves: string[] = [];
beforeAll(async () => {
  // Text from files reaches the page: a title and a briefing that would run script if they were read as HTML.
  const scenario = { ...infScenario(), title: `INF ${HOSTILE}` };
  server = await startServer({ host: '127.0.0.1', port: 0 }, {
    game: newGame(scenario, 'inf-2019', 11, ['us', 'russia'], 2), classroom: null,
    briefings: { us: `# Your briefing\n\nThis ${HOSTILE} stays text.`, russia: '# Russia' },
    persist: (text) => void saves.push(text), writeDebrief: () => 'debrief.md', savePath: null,
  });
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A team's page at its URL (the code in the address), every console error and page error kept. */
async function teamPage(team: string, options: Parameters<Browser['newContext']>[0]): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  await page.goto(`${server.url}#code=${server.room.joinCodes.teams.get(team as 'us')!}`);
  return { page, errors };
}

describe('the team and facilitator pages in a real headless Chromium', () => {
  it('two teams, one on a phone, seal their orders and both see the turn resolve; after a restart from the save they reconnect by themselves', async () => {
    const us = await teamPage('us', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const russia = await teamPage('russia', { viewport: { width: 1280, height: 900 } });

    // US, on a phone: only legal choices as buttons, the rest with the model's reasons; hold, then seal.
    await us.page.getByRole('button', { name: /hold: change nothing/ }).tap();
    await us.page.getByRole('button', { name: 'Seal the order' }).tap();
    await expect.poll(() => us.page.locator('#sealed').innerText(), WAIT).toContain('Sealed: hold');
    // Russia sees that the US has sealed, never what.
    await expect.poll(() => russia.page.locator('#who-sealed').innerText(), WAIT).toBe('Not sealed yet: Russia.');
    expect(await russia.page.locator('body').innerText()).not.toContain('Sealed: hold');

    // Russia, on a laptop: a pledge, through the menu's steps, with the reasons for what is shut.
    await russia.page.getByRole('button', { name: /^declare/ }).click();
    await russia.page.getByRole('button', { name: /pledge a moratorium/ }).click();
    expect(await russia.page.locator('#order details.refused, #order button.choice').count()).toBeGreaterThan(0);
    while ((await russia.page.locator('#seal').count()) === 0) await russia.page.locator('#order button.choice').first().click();
    const order = (await russia.page.locator('.seal strong').innerText()).trim();
    expect(order).toMatch(/^pledge/);
    await russia.page.locator('#seal').click();

    // The turn resolves as soon as both have sealed: both pages show the news, with each order.
    for (const { page } of [us, russia]) {
      await expect.poll(() => page.locator('#s-news summary').innerText(), WAIT).toMatch(/News of 2019-Q1 \(turn 1\)\s*new/);
      const news = await page.locator('#s-news').innerText();
      expect(news).toContain(order);
      expect(news).toMatch(/US\s+team: hold/);
      await expect.poll(() => page.locator('#order h2').innerText(), WAIT).toContain('Turn 2 of 2');
    }

    // Text from the game stays text: the hostile title and briefing show as typed and run nothing.
    await us.page.locator('#s-briefing summary').tap();
    expect(await us.page.locator('#s-briefing').innerText()).toContain(`This ${HOSTILE} stays text.`);
    expect(await us.page.locator('#app h1').first().innerText()).toBe(`INF ${HOSTILE}`);
    expect(await us.page.locator('img').count()).toBe(0);
    expect(await us.page.evaluate('document.body.dataset.pwned')).toBeUndefined();

    // Usable on a phone: nothing wider than the screen, buttons big enough for a thumb.
    expect(await us.page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const box = await us.page.getByRole('button', { name: /hold: change nothing/ }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect([...us.errors, ...russia.errors]).toEqual([]);

    // The server stops (a crash) and starts again on the same port from its save: the pages say the
    // link is lost, then reconnect by themselves with the same codes and show the turn as it is.
    const { port } = server;
    const game = server.room.current.game;
    await server.close();
    await expect.poll(() => us.page.locator('#link').innerText(), WAIT).toMatch(/connection lost/);
    server = await startServer({ host: '127.0.0.1', port }, {
      game, classroom: parseSaveFile(saves.at(-1)!, 'class.save.json').classroom, briefings: {},
      persist: (text) => void saves.push(text), writeDebrief: () => 'debrief.md', savePath: null,
    });
    for (const { page } of [us, russia]) {
      await expect.poll(() => page.locator('#link').innerText(), { timeout: 20_000 }).toBe('connected');
      expect(await page.locator('#order h2').innerText()).toContain('Turn 2 of 2');
    }
    await us.page.getByRole('button', { name: /hold: change nothing/ }).tap();
    await us.page.getByRole('button', { name: 'Seal the order' }).tap();
    await expect.poll(() => russia.page.locator('#who-sealed').innerText(), WAIT).toBe('Not sealed yet: Russia.');

    // The facilitator's page, with its code: who has sealed, never what; resolving with Russia late
    // asks first, Russia holds, the game is over and every page shows the debrief.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const facilitator = await context.newPage();
    await facilitator.goto(`${server.url}#code=${server.room.joinCodes.facilitator}`);
    await expect.poll(() => facilitator.locator('[data-team=us]').innerText(), WAIT).toBe('✓ sealed');
    expect(await facilitator.locator('[data-team=russia]').innerText()).toBe('waiting');
    let asked = '';
    facilitator.on('dialog', (d) => void ((asked = d.message()), d.accept()));
    await facilitator.locator('#resolve').click();
    expect(asked).toBe('Resolve now? Russia has not sealed and will hold.');
    for (const page of [us.page, russia.page, facilitator]) {
      await expect.poll(() => page.locator('#s-debrief .md h2').first().innerText(), WAIT).toBe('Debrief: INF <img src=x onerror="document.body.dataset.pwned=1">');
    }
    expect(await russia.page.locator('#s-news').innerText()).toMatch(/Russia\s+team: hold/);
    expect(await facilitator.locator('img').count()).toBe(0);
  });
});
