import type { Game } from '../session/index.js';
import { nameOf } from './labels.js';
import { wrap } from './layout.js';
import type { Seg } from './Line.js';
import { Panel } from './Panel.js';
import type { Tone } from './theme.js';

const POSTURE_TONES: Readonly<Record<string, Tone>> = { cooperative: 'good', hedging: 'accent', competitive: 'warn', confrontational: 'bad' };

/**
 * Pure: each actor's posture and stances, read from its machine's current state, and who plays it.
 * Stances wrap onto more lines when `height` leaves room for all of them.
 */
function postureLines(game: Game, width: number, height = Infinity): Seg[][] {
  const { run, humans } = game;
  const short = run.present.map((actor): Seg[] => {
    const value = run.machines[actor]!;
    const posture = value.posture ?? '?';
    const stances = Object.entries(value).filter(([region]) => region !== 'posture').map(([region, state]) => `${region} ${state}`).join(' · ');
    const human = humans.includes(actor);
    return [
      { text: nameOf(game.run.scenario.rules, actor).padEnd(8), bold: true },
      { text: (human ? 'team' : 'cpu').padEnd(6), tone: human ? 'human' : 'muted' },
      { text: posture.padEnd(17), tone: POSTURE_TONES[posture], bold: true },
      { text: stances, tone: 'muted' },
    ];
  });
  const long = short.flatMap(([name, who, posture, stances]) => wrap(stances.text, width - 31).map((t, i): Seg[] => [
    ...(i === 0 ? [name, who, posture] : [{ text: ' '.repeat(31) }]), { text: t, tone: 'muted' },
  ]));
  return long.length <= height ? long : short;
}

/** Each actor's posture, from its statechart. */
export function PosturePanel({ game, width, height }: { readonly game: Game; readonly width: number; readonly height: number }) {
  return <Panel title="Postures (from each actor's machine)" width={width} height={height} lines={postureLines(game, width, height - 1)} />;
}
