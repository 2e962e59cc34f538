import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { parseClientMessage } from '../../src/server/protocol.js';
import { newGame } from '../../src/session/index.js';
import { infScenario } from '../fixtures.js';
import { joinPage, reply, stateAfter } from './pageClient.js';

/** Frames a hostile or broken page might send: any text, any JSON, and messages shaped almost like the real ones. */
const frame = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  fc.record({
    type: fc.constantFrom('join', 'menu', 'seal', 'unseal', 'resolve', 'timer', 'pause', 'resume', 'inject', 'end', 'resetCode', '__proto__', 'constructor'),
    id: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 5 }), fc.constant(null)),
    turn: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.string({ maxLength: 3 })),
    path: fc.oneof(fc.array(fc.oneof(fc.constantFrom('hold', 'declare', 'deploy', '__proto__', 'constructor'), fc.string({ maxLength: 10 })), { maxLength: 6 }), fc.string()),
    partners: fc.array(fc.string({ maxLength: 8 }), { maxLength: 20 }),
    code: fc.string({ maxLength: 12 }),
    seconds: fc.oneof(fc.integer(), fc.constant(null)),
    actor: fc.constantFrom('us', 'russia'),
  }, { requiredKeys: ['type'] }).map((m) => JSON.stringify(m)),
);

describe('hostile messages', () => {
  it('parsing any frame never throws: it is a message of the schema or an error to reply with', () => {
    fc.assert(fc.property(frame, (text) => {
      const parsed = parseClientMessage(text);
      expect('message' in parsed || typeof parsed.error === 'string').toBe(true);
    }), { seed: 14, numRuns: 2000 });
  });

  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ host: '127.0.0.1', port: 0 }, {
      game: newGame(infScenario(), 'inf-2019', 2, ['us', 'russia'], 2), classroom: null, briefings: {},
      persist: () => {}, writeDebrief: () => 'debrief.md', savePath: null,
    });
  });
  afterAll(async () => server?.close());

  it('a flood of them from joined pages gets replies, crashes nothing, and the game plays on', async () => {
    const { teams } = server.room.joinCodes;
    const us = await joinPage(server.port, teams.get('us')!);
    const hostile = await joinPage(server.port, teams.get('russia')!);
    for (const text of fc.sample(frame, { seed: 14, numRuns: 300 })) hostile.sendRaw(text);
    // Frames are answered in order: once this one is answered, every hostile one before it has been handled.
    hostile.sendRaw(JSON.stringify({ type: 'menu', id: Number.MAX_SAFE_INTEGER, path: [] }));
    await hostile.next((m) => m.re === Number.MAX_SAFE_INTEGER);
    // A team's page cannot resolve a turn alone, whatever it sends.
    expect(server.room.current.game.run.turns).toHaveLength(0);
    expect(await reply(us, us.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ type: 'ok' });
    const fresh = await joinPage(server.port, teams.get('russia')!);
    expect(await reply(fresh, fresh.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ type: 'ok' });
    await stateAfter(us, 1);
    expect(server.room.current.game.inputs[0].orders).toEqual({ us: { type: 'hold' }, russia: { type: 'hold' } });
    for (const p of [us, hostile, fresh]) p.ws.terminate();
  });
});
