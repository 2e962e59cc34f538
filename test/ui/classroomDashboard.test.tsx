import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Room } from '../../src/server/index.js';
import { newGame } from '../../src/session/index.js';
import { ClassroomDashboard } from '../../src/ui/index.js';
import { infScenario } from '../fixtures.js';
import { KEY } from './harness.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));
const rooms: Room[] = [];
afterEach(() => {
  for (const r of rooms.splice(0)) r.close();
});

/** The facilitator's dashboard on a real room of inf-2019 (no socket: the dashboard only reads snapshots and sends commands). */
function dashboard({ network = false } = {}) {
  const debriefs: string[] = [];
  const room = new Room({
    game: newGame(infScenario(), 'inf-2019', 5, ['us', 'russia'], 2), classroom: null, briefings: {},
    persist: () => {}, writeDebrief: (_, markdown) => (debriefs.push(markdown), 'class-debrief.md'), savePath: 'class.save.json',
  });
  room.url = 'http://127.0.0.1:8080/';
  rooms.push(room);
  const ui = render(<ClassroomDashboard room={room} colour={false} network={network} size={{ columns: 140, rows: 34 }} />);
  const frame = () => ui.lastFrame() ?? '';
  return {
    room, debriefs, frame,
    async press(...keys: string[]) {
      for (const key of keys) {
        ui.stdin.write(key);
        await tick();
        await tick();
      }
    },
    async until(text: string) {
      for (let i = 0; i < 2000 && !frame().includes(text); i++) await new Promise((resolve) => setTimeout(resolve, 5));
      if (!frame().includes(text)) throw new Error(`the dashboard never showed ${text}; it shows:\n${frame()}`);
    },
  };
}

describe("the facilitator's dashboard", () => {
  it('shows the address, every team and whether it has sealed, its code only on demand; resolving with late teams asks first', async () => {
    const d = dashboard();
    const { teams } = d.room.joinCodes;
    expect(d.frame()).toContain('Students open http://127.0.0.1:8080/');
    expect(d.frame()).toContain('Teams (0 of 2 sealed)');
    // On the projector the codes are hidden; c shows them.
    expect(d.frame()).toMatch(/US\s+… waiting\s+0 pages\s+code ••••-••••/);
    expect(d.frame()).not.toContain(teams.get('us'));
    await d.press('c');
    expect(d.frame()).toMatch(new RegExp(`US\\s+… waiting\\s+0 pages\\s+code ${teams.get('us')}`));
    await d.press(KEY.esc);
    expect(d.frame()).not.toContain(teams.get('us'));
    await d.press('r');
    expect(d.frame()).toContain('Resolve now? US, Russia have not sealed and will hold.');
    await d.press('n');
    expect(d.room.current.game.run.turns).toHaveLength(0);
    await d.press('r', 'y');
    await d.until('2019-Q1 resolved. US, Russia held: not sealed in time.');
    expect(d.frame()).toContain('Turn 2 of 2');
    expect(d.frame()).toContain('waiting (held last turn)');
  });

  it('queues an inject with its preview, sets the timer, pauses, and ends the game with the debrief', async () => {
    const d = dashboard();
    await d.press('i');
    expect(d.frame()).toContain('Injects (fire at the next resolution)');
    expect(d.frame()).toContain('On the world as it stands:');
    await d.press(KEY.space);
    expect(d.room.current.queued).toEqual([d.room.snapshot().view.injects[0].id]);
    await d.press(KEY.esc, 't');
    expect(d.room.current.clock.seconds).toBe(60);
    expect(d.frame()).toContain('time left 1:00');
    await d.press('p');
    expect(d.frame()).toContain('PAUSED');
    await d.press('e', 'y');
    await d.until('The game is over. Debrief written to class-debrief.md');
    expect(d.debriefs).toHaveLength(1);
    await d.press('d');
    expect(d.frame()).toContain('Debrief (written to class-debrief.md)');
  });

  it('says when it serves every network of the machine, and only then', () => {
    expect(dashboard({ network: true }).frame()).toContain('Serving every network this machine is on.');
    expect(dashboard().frame()).not.toContain('Serving every network');
  });

  it('gives a team a new code after asking', async () => {
    const d = dashboard();
    const old = d.room.joinCodes.teams.get('russia');
    await d.press('c', KEY.down, KEY.enter);
    expect(d.frame()).toContain('Give Russia a new code?');
    await d.press('y');
    const fresh = d.room.joinCodes.teams.get('russia');
    expect(fresh).not.toBe(old);
    expect(d.frame()).toContain(`code ${fresh}`);
  });
});
