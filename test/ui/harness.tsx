import { render } from 'ink-testing-library';
import type { Save } from '../../src/engine/save.js';
import type { ActorId } from '../../src/model/index.js';
import { App } from '../../src/ui/App.js';
import type { Game } from '../../src/session/index.js';
import type { Size } from '../../src/ui/layout.js';
import { infScenario } from '../fixtures.js';

/** What the terminal sends for the keys the UI reads. */
export const KEY = { enter: '\r', space: ' ', up: '\u001B[A', down: '\u001B[B', left: '\u001B[D', right: '\u001B[C', esc: '\u001B', tab: '\t', ctrlC: '\u0003', pageDown: '\u001B[6~' } as const;

const tick = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The UI on inf-2019 in a fake terminal, with a fake file system that records saves and debriefs.
 * `press` sends keys one at a time, letting Ink and React settle after each.
 */
export function playUi({ humans = [], seed = 42, size = { columns: 80, rows: 24 }, resumed = null, pace = 1500 }: {
  humans?: ActorId[]; seed?: number; size?: Size; resumed?: Game | null; pace?: number;
} = {}) {
  const saves: Save[] = [];
  const debriefs: string[] = [];
  const io = {
    save: (save: Save) => { saves.push(save); return 'class.save.json'; },
    writeDebrief: (_: unknown, markdown: string) => { debriefs.push(markdown); return 'class-debrief.md'; },
  };
  const catalog = [{ ref: 'inf-2019', scenario: infScenario(), error: null }];
  const setup = { entry: 0, seedText: String(seed), seedEdited: false, humans, turns: null, turnsEdited: false, row: 0 };
  const ui = render(<App catalog={catalog} setup={setup} resumed={resumed} io={io} colour={false} size={size} pace={pace} />);
  const frame = () => ui.lastFrame() ?? '';
  // React yields to the event loop every few milliseconds of rendering, so on a busy machine a key's
  // frame can take several turns of it: wait until ten turns pass without a new frame.
  const settle = async () => {
    let frames = ui.frames.length;
    for (let quiet = 0, turns = 0; quiet < 10 && turns < 500; turns++) {
      await tick();
      quiet = ui.frames.length === frames ? quiet + 1 : 0;
      frames = ui.frames.length;
    }
  };
  return {
    ui, saves, debriefs, frame,
    async press(...keys: string[]) {
      for (const key of keys) {
        ui.stdin.write(key);
        await settle();
      }
    },
    /** Wait until the frame contains `text` (a turn resolves on a timer); fails after two seconds. */
    async until(text: string | RegExp) {
      for (let i = 0; i < 400; i++) {
        if (typeof text === 'string' ? frame().includes(text) : text.test(frame())) return frame();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`the screen never showed ${String(text)}; it shows:\n${frame()}`);
    },
  };
}
