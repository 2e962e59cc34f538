import { afterEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, startServer, type RunningServer } from '../../src/server/index.js';
import { newGame, parseSaveFile, type Classroom } from '../../src/session/index.js';
import type { ActorId } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';
import { joinPage, openPage, reply, stateAfter, type PageClient } from './pageClient.js';

const PLEDGE = ['declare', 'moratorium', 'groundLaunchedIntermediate', 'europe'];
const running: RunningServer[] = [];
const pages: PageClient[] = [];
afterEach(async () => {
  for (const p of pages.splice(0)) p.ws.terminate();
  for (const s of running.splice(0)) await s.close();
});

/** A class of inf-2019 (seed 7) on a free loopback port; every save it writes is kept. */
async function classroom({ humans = ['us', 'russia'] as ActorId[], turns = 3, saved = null as Classroom | null } = {}) {
  const saves: string[] = [];
  const server = await startServer({ host: '127.0.0.1', port: 0 }, {
    game: newGame(infScenario(), 'inf-2019', 7, humans, turns), classroom: saved, briefings: { us: '# Briefing of the US' },
    persist: (text) => void saves.push(text), writeDebrief: () => 'class-debrief.md', savePath: 'class.save.json',
  });
  running.push(server);
  const { facilitator, teams } = server.room.joinCodes;
  return { server, saves, port: server.port, facilitator, code: (a: ActorId) => teams.get(a)! };
}

const join = async (port: number, code: string) => {
  const page = await joinPage(port, code);
  pages.push(page);
  return page;
};
const open = async (port: number) => {
  const page = await openPage(port);
  pages.push(page);
  return page;
};

describe('joining with a code', () => {
  it('a team joins as itself with its code, typed in any case and spacing; the facilitator with its own', async () => {
    const c = await classroom();
    const us = await join(c.port, c.code('us').toLowerCase().replace('-', ' '));
    expect(us.welcome).toMatchObject({ role: 'team', team: { actor: 'us', name: 'US' }, briefing: '# Briefing of the US' });
    expect(us.state.view).toMatchObject({ team: { actor: 'us' }, phase: 'orders', mine: null });
    const f = await join(c.port, c.facilitator);
    expect(f.welcome).toMatchObject({ role: 'facilitator' });
    expect((f.state.view as { teams: unknown[] }).teams).toHaveLength(2);
  });

  it('a wrong code gets an error reply, and after five from one address even the right code waits', async () => {
    const c = await classroom();
    const page = await open(c.port);
    for (let i = 0; i < 4; i++) expect(await reply(page, page.send({ type: 'join', code: 'AAAA-AAAA' }))).toMatchObject({ type: 'error', code: 'wrong-code' });
    const other = await open(c.port);
    expect(await reply(other, other.send({ type: 'join', code: 'not a code at all' }))).toMatchObject({ code: 'wrong-code' });
    // Five failures from this address: the right code is refused too, until the window passes.
    expect(await reply(other, other.send({ type: 'join', code: c.code('us') }))).toMatchObject({ code: 'rate-limited' });
    expect(await reply(page, page.send({ type: 'join', code: c.code('us') }))).toMatchObject({ code: 'rate-limited' });
  });

  it('a page that has not joined can do nothing; a team cannot join twice on one socket', async () => {
    const c = await classroom();
    const page = await open(c.port);
    expect(await reply(page, page.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ code: 'not-joined' });
    const us = await join(c.port, c.code('us'));
    expect(await reply(us, us.send({ type: 'join', code: c.code('russia') }))).toMatchObject({ code: 'already-joined' });
  });
});

describe('a team acts only as itself', () => {
  it('a message naming another actor is refused; a team cannot send the facilitator\'s commands', async () => {
    const c = await classroom();
    const us = await join(c.port, c.code('us'));
    // A strict schema: the unknown field is refused before the message is read as an order.
    us.send({ type: 'seal', turn: 1, path: ['hold'], actor: 'russia' });
    expect(await us.next((m) => m.type === 'error')).toMatchObject({ code: 'invalid' });
    expect(await reply(us, us.send({ type: 'resolve', turn: 1 }))).toMatchObject({ code: 'not-allowed' });
    expect(await reply(us, us.send({ type: 'resetCode', team: 'russia' }))).toMatchObject({ code: 'not-allowed' });
    expect(c.server.room.current.sealed).toEqual({});
  });

  it("no other team ever receives a team's order before the turn resolves; every team reads it in the news after", async () => {
    const c = await classroom();
    const us = await join(c.port, c.code('us'));
    const russia = await join(c.port, c.code('russia'));
    const f = await join(c.port, c.facilitator);
    const menu = await reply(us, us.send({ type: 'menu', path: PLEDGE }));
    const order = (menu.step as { kind: string; order: string }).order;
    expect(order).toMatch(/pledge/);
    expect(await reply(us, us.send({ type: 'seal', turn: 1, path: PLEDGE }))).toMatchObject({ type: 'ok' });
    const seen = await russia.next((m) => m.type === 'state' && (m.view as { teams: Array<{ sealed: boolean }> }).teams[0].sealed);
    expect(seen.view).toMatchObject({ teams: [{ actor: 'us', sealed: true }, { actor: 'russia', sealed: false }], mine: null });
    const facilitatorSees = await f.next((m) => m.type === 'state' && (m.view as { teams: Array<{ sealed: boolean }> }).teams[0].sealed);
    expect((facilitatorSees.view as { teams: unknown[] }).teams[0]).toMatchObject({ actor: 'us', sealed: true });
    expect(await us.next((m) => m.type === 'state' && (m.view as { mine: string | null }).mine !== null)).toMatchObject({ view: { mine: order } });
    // Nothing russia's page or the facilitator's received holds the order, in words or as data.
    for (const frame of [...russia.raw, ...f.raw]) {
      expect(frame).not.toContain(order);
      expect(frame).not.toContain('groundLaunchedIntermediate');
    }
    expect(await reply(russia, russia.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ type: 'ok' });
    const news = (await stateAfter(russia, 1)).view as { world: { news: { actions: Array<{ actor: string; text: string }> } } };
    expect(news.world.news.actions.find((a) => a.actor === 'us')?.text).toBe(order);
  });
});

describe('hostile and broken messages', () => {
  it('a replayed message (an id already used) is refused, and so is an order for a turn already played', async () => {
    const c = await classroom({ humans: ['us'] });
    const us = await join(c.port, c.code('us'));
    const id = us.send({ type: 'seal', turn: 1, path: ['hold'] });
    expect(await reply(us, id)).toMatchObject({ type: 'ok' });
    await stateAfter(us, 1);
    us.sendRaw(JSON.stringify({ type: 'seal', id, turn: 1, path: ['hold'] }));
    expect(await us.next((m) => m.type === 'error')).toMatchObject({ code: 'replayed', re: id });
    // The same order with a new id is still bound to turn 1, which is over: it cannot act on turn 2.
    expect(await reply(us, us.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ code: 'stale-turn' });
    expect(c.server.room.current.sealed).toEqual({});
  });

  it('oversized, malformed, binary and ill-typed messages get an error reply and the game goes on', async () => {
    const c = await classroom({ humans: ['us'] });
    const us = await join(c.port, c.code('us'));
    us.sendRaw(JSON.stringify({ type: 'menu', id: 50, path: [], pad: 'x'.repeat(MAX_MESSAGE_BYTES) }));
    expect(await us.next((m) => m.type === 'error')).toMatchObject({ code: 'too-large' });
    us.sendRaw('{"type": "seal", ');
    expect(await us.next((m) => m.type === 'error')).toMatchObject({ code: 'malformed' });
    us.ws.send(Buffer.from('{"type": "join"}'), { binary: true });
    expect(await us.next((m) => m.type === 'error')).toMatchObject({ code: 'malformed' });
    for (const bad of [{ type: 'seal', id: 60, turn: '1', path: ['hold'] }, { type: 'seal', id: 61, turn: 1, path: ['<img src=x>'] }, { type: 'order', id: 62 }, [1, 2], null, { type: 'join', id: 63, code: 'x'.repeat(500) }]) {
      us.sendRaw(JSON.stringify(bad));
      expect(await us.next((m) => m.type === 'error')).toMatchObject({ code: 'invalid' });
    }
    expect(await reply(us, us.send({ type: 'seal', id: 70, turn: 1, path: ['no-such', 'path'] }))).toMatchObject({ code: 'bad-path' });
    expect(await reply(us, us.send({ type: 'seal', id: 71, turn: 1, path: ['hold'] }))).toMatchObject({ type: 'ok' });
    expect((await stateAfter(us, 1)).view).toMatchObject({ world: { turn: { played: 1 } } });
  });

  it('a frame past the hard limit closes that socket only', async () => {
    const c = await classroom({ humans: ['us', 'russia'] });
    const us = await join(c.port, c.code('us'));
    const russia = await join(c.port, c.code('russia'));
    us.sendRaw('x'.repeat(200 * 1024));
    expect((await us.closed).code).toBe(1009);
    expect(await reply(russia, russia.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ type: 'ok' });
  });

  it('a WebSocket from another origin, or with none, or under another Host, is refused at the upgrade', async () => {
    const c = await classroom();
    await expect(openPage(c.port, 'http://evil.example')).rejects.toThrow('upgrade refused: 403');
    await expect(openPage(c.port, null)).rejects.toThrow('upgrade refused: 403');
    await expect(openPage(c.port, `http://127.0.0.1:${c.port}`, `rebind.example:${c.port}`)).rejects.toThrow('upgrade refused: 403');
    await expect(openPage(c.port, `http://localhost:${c.port}`, `localhost:${c.port}`)).resolves.toBeTruthy();
  });
});

describe('reliability', () => {
  it('a dropped page reconnects with the same code and sees the current state, its sealed order included', async () => {
    const c = await classroom();
    const us = await join(c.port, c.code('us'));
    expect(await reply(us, us.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ type: 'ok' });
    us.ws.terminate();
    await us.closed;
    const again = await join(c.port, c.code('us'));
    expect(again.state.view).toMatchObject({ team: { actor: 'us' }, mine: 'hold', teams: [{ actor: 'us', sealed: true }, { actor: 'russia', sealed: false }] });
    // Message ids start again on a new socket: the reconnected page is not taken for a replay.
    expect(await reply(again, again.send({ type: 'unseal', turn: 1 }))).toMatchObject({ type: 'ok' });
  });

  it('a page that reads nothing does not hold back the turn or the others\' news', async () => {
    const c = await classroom();
    const stalled = await join(c.port, c.code('us'));
    // Stop reading: the server's frames to this page pile up unread.
    (stalled.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const us = await join(c.port, c.code('us'));
    const russia = await join(c.port, c.code('russia'));
    for (let turn = 1; turn <= 3; turn++) {
      expect(await reply(us, us.send({ type: 'seal', turn, path: ['hold'] }))).toMatchObject({ type: 'ok' });
      expect(await reply(russia, russia.send({ type: 'seal', turn, path: ['hold'] }))).toMatchObject({ type: 'ok' });
      await stateAfter(russia, turn);
    }
    expect(c.server.room.current.game.run.turns).toHaveLength(3);
  });

  it('a late team holds when the facilitator resolves; every turn is saved with the codes, and a room from that save keeps them', async () => {
    const c = await classroom();
    const f = await join(c.port, c.facilitator);
    const us = await join(c.port, c.code('us'));
    expect(await reply(us, us.send({ type: 'seal', turn: 1, path: PLEDGE }))).toMatchObject({ type: 'ok' });
    expect(await reply(f, f.send({ type: 'resolve', turn: 1 }))).toMatchObject({ type: 'ok' });
    const after = (await stateAfter(us, 1)).view as { world: { news: { actions: Array<{ actor: string; text: string }> } } };
    expect(after.world.news.actions.find((a) => a.actor === 'russia')?.text).toBe('hold');
    // A resolution replayed for a turn already played does nothing.
    expect(await reply(f, f.send({ type: 'resolve', turn: 1 }))).toMatchObject({ code: 'stale-turn' });
    const saved = parseSaveFile(c.saves.at(-1)!, 'class.save.json');
    expect(saved.save.turns).toHaveLength(1);
    expect(saved.save.turns[0].orders).toEqual({ us: c.server.room.current.game.inputs[0].orders.us, russia: { type: 'hold' } });
    expect(saved.classroom).toEqual({ length: 3, facilitatorCode: c.facilitator, teamCodes: { us: c.code('us'), russia: c.code('russia') } });
    const resumed = await classroom({ saved: saved.classroom });
    expect([resumed.facilitator, resumed.code('us'), resumed.code('russia')]).toEqual([c.facilitator, c.code('us'), c.code('russia')]);
  });

  it("a new code for a team closes its pages and the old code stops working", async () => {
    const c = await classroom();
    const old = c.code('us');
    const us = await join(c.port, old);
    const f = await join(c.port, c.facilitator);
    expect(await reply(f, f.send({ type: 'resetCode', team: 'us' }))).toMatchObject({ type: 'ok' });
    expect(await us.next((m) => m.type === 'bye')).toBeTruthy();
    expect((await us.closed).code).toBe(4001);
    const fresh = c.code('us');
    expect(fresh).not.toBe(old);
    const page = await open(c.port);
    expect(await reply(page, page.send({ type: 'join', code: old }))).toMatchObject({ code: 'wrong-code' });
    expect((await join(c.port, fresh)).welcome).toMatchObject({ team: { actor: 'us' } });
    expect(parseSaveFile(c.saves.at(-1)!, 'x').classroom?.teamCodes.us).toBe(fresh);
  });
});
