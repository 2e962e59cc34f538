import type { ActorId, Treaty } from '../model/index.js';
import type { Game } from '../session/index.js';
import { nameOf, STATUS_WORDS } from './labels.js';
import { wrap } from './layout.js';
import type { Seg } from './Line.js';
import { Panel } from './Panel.js';
import type { Tone } from './theme.js';

const CELL = 7;
const HEALTH = 10;

function cell(treaty: Treaty, actor: ActorId): Seg {
  const status = treaty.parties[actor];
  if (status === undefined) return { text: '·'.padEnd(CELL), tone: 'muted' };
  const leaving = treaty.withdrawalDue[actor] !== undefined;
  const word = leaving ? 'notice' : STATUS_WORDS[status];
  const tone: Tone | undefined = leaving || status === 'suspended' ? 'warn' : status === 'withdrawn' ? 'bad' : status === 'inForce' || status === 'signed' ? 'good' : undefined;
  return { text: word.padEnd(CELL), tone };
}

function health(treaty: Treaty): Seg {
  if (treaty.defunct) return { text: 'ended', tone: 'bad' };
  if (!treaty.exists) return { text: `talks ${treaty.progress}/${treaty.roundsToSign}`, tone: 'muted' };
  return { text: `${Math.round(treaty.integrity * 100)}%`, tone: treaty.integrity < 0.4 ? 'bad' : treaty.integrity < 0.7 ? 'warn' : 'good' };
}

/**
 * Pure: one row per regime and proposal: each party's status, then the regime's integrity (or its
 * end, or its talks). A name too long for its column wraps onto the next lines when `height`
 * leaves room for every name, and is cut only otherwise.
 */
function treatyLines(game: Game, width: number, height = Infinity): Seg[][] {
  const { world, present } = game.run;
  const nameWidth = Math.max(12, width - CELL * present.length - HEALTH);
  const header: Seg[] = [{ text: 'regime'.padEnd(nameWidth), tone: 'muted' }, ...present.map((a) => ({ text: nameOf(game.run.scenario.rules, a).padEnd(CELL), bold: true })), { text: 'integrity', tone: 'muted' }];
  const treaties = Object.values(world.treaties);
  const wrapped = treaties.flatMap((t): Seg[][] => wrap(t.name, nameWidth - 1, 1).map((name, i) => (i === 0 ? [{ text: name.padEnd(nameWidth) }, ...present.map((a) => cell(t, a)), health(t)] : [{ text: name }])));
  if (wrapped.length + 1 <= height) return [header, ...wrapped];
  const rows = treaties.map((t): Seg[] => {
    const name = t.name.length > nameWidth - 1 ? `${t.name.slice(0, nameWidth - 2)}…` : t.name;
    return [{ text: name.padEnd(nameWidth) }, ...present.map((a) => cell(t, a)), health(t)];
  });
  return [header, ...rows];
}

/** The treaty board: every regime, each party's status, its integrity. */
export function TreatyBoard({ game, width, height }: { readonly game: Game; readonly width: number; readonly height: number }) {
  return <Panel title="Treaties (in, susp, notice, out, signed; · not a party)" width={width} height={height} lines={treatyLines(game, width, height - 1)} />;
}
