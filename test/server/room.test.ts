import { afterEach, describe, expect, it, vi } from 'vitest';
import { Room } from '../../src/server/index.js';
import { newGame, parseSaveFile } from '../../src/session/index.js';
import { infScenario } from '../fixtures.js';

afterEach(() => void vi.useRealTimers());

/** A room of inf-2019 on a clock the test moves; its saves and log kept. */
function room() {
  let now = 1_000_000;
  const saves: string[] = [];
  const log: string[] = [];
  const r = new Room({
    game: newGame(infScenario(), 'inf-2019', 4, ['us', 'eu'], 3), classroom: null, briefings: {},
    persist: (text) => void saves.push(text), writeDebrief: () => 'debrief.md', savePath: 'class.save.json',
    now: () => now, log: (line) => void log.push(line),
  });
  return { r, saves, log, advance: (ms: number) => { now += ms; vi.advanceTimersByTime(ms); } };
}

describe('the room and its clock', () => {
  it('when the turn timer runs out, the turn resolves and the teams that had not sealed hold; the next turn gets the timer again', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { r, saves, log, advance } = room();
    expect(r.command({ type: 'timer', seconds: 60 })).toBeNull();
    advance(59_000);
    expect(r.current.game.run.turns).toHaveLength(0);
    expect(r.snapshot().view.secondsLeft).toBe(1);
    advance(1_100);
    expect(r.current.game.run.turns).toHaveLength(1);
    expect(r.current.late).toEqual(['us', 'eu']);
    expect(log.at(-1)).toBe('2019-Q1 resolved. US, EU held: not sealed in time.');
    expect(parseSaveFile(saves.at(-1)!, 'class.save.json').save.turns).toHaveLength(1);
    expect(r.snapshot().view.secondsLeft).toBe(60);
    r.close();
  });

  it('a paused timer keeps its time and resolves nothing until resumed', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { r, advance } = room();
    r.command({ type: 'timer', seconds: 60 });
    advance(20_000);
    expect(r.command({ type: 'pause' })).toBeNull();
    advance(600_000);
    expect(r.current.game.run.turns).toHaveLength(0);
    expect(r.snapshot().view).toMatchObject({ phase: 'paused', secondsLeft: 40 });
    r.command({ type: 'resume' });
    advance(40_100);
    expect(r.current.game.run.turns).toHaveLength(1);
    r.close();
  });

  it('refuses what cannot be done, in a sentence: an unknown inject, a team no one plays, anything after the end', () => {
    const { r } = room();
    expect(r.command({ type: 'inject', id: 'no-such-inject', on: true })).toBe('this scenario has no inject "no-such-inject"');
    expect(r.command({ type: 'resetCode', team: 'china' })).toBe('no team plays "china"');
    expect(r.command({ type: 'end' })).toBeNull();
    expect(r.command({ type: 'resolve' })).toBe('the game is over');
    expect(r.snapshot().view.phase).toBe('over');
    r.close();
  });
});
