import type { FacilitatorView } from '../session/index.js';
import type { Seg } from './Line.js';

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** Pure: the dashboard's heading: the scenario, the turn, the phase and the timer. */
export function headLine(view: FacilitatorView): Seg[] {
  const { world } = view;
  const turn = world.turn.next ? `Turn ${world.turn.next.number} of ${world.turn.length} · ${world.turn.next.date}` : `Game over after ${world.turn.played} turns`;
  const phase: Seg = view.phase === 'paused' ? { text: ' · PAUSED', tone: 'warn', bold: true } : view.phase === 'over' ? { text: ' · over', tone: 'muted' } : { text: '' };
  const timer = view.secondsLeft === null ? (view.timerSeconds === null ? ' · no timer' : '') : ` · ${view.phase === 'paused' ? 'timer paused at' : 'time left'} ${clock(view.secondsLeft)}`;
  return [{ text: world.scenario.title, bold: true }, { text: ` · ${turn}` }, phase, { text: timer, tone: view.secondsLeft !== null && view.secondsLeft <= 30 ? 'warn' : undefined }];
}

/**
 * Pure: one line a team: who has sealed (never what), its pages, and its code, hidden unless
 * `showCodes`: the dashboard is on the projector, and a code seen by the room is a code anyone can use.
 */
export function teamLines(view: FacilitatorView, selected: number | null = null, showCodes = false): Seg[][] {
  const width = Math.max(4, ...view.teams.map((t) => t.name.length));
  return view.teams.map((t, i): Seg[] => [
    { text: selected === i ? '▶ ' : '  ', tone: 'accent' },
    { text: t.name.padEnd(width + 2), bold: true },
    t.sealed ? { text: '✓ sealed   ', tone: 'good' } : { text: t.heldLate ? '… waiting (held last turn) ' : '… waiting  ', tone: 'muted' },
    { text: ` ${t.clients} page${t.clients === 1 ? ' ' : 's'}  `, tone: t.clients === 0 ? 'warn' : undefined },
    { text: showCodes ? `code ${t.code}` : 'code ••••-••••', tone: showCodes ? 'accent' : 'muted' },
  ]);
}

/** Pure: the four indices and the rung of the ladder, on one line each. */
export function indexLines(view: FacilitatorView): Seg[][] {
  const { world } = view;
  return [
    ...world.indices.map((i): Seg[] => [{ text: `${i.label.padEnd(22)} ` }, { text: i.value.toFixed(1).padStart(5), bold: true }]),
    [{ text: 'Escalation ladder      ' }, { text: world.ladder.current, bold: true, tone: 'warn' }],
  ];
}

/** Pure: the news of the last turn: each actor's action, then the events. */
export function newsLines(view: FacilitatorView): Seg[][] {
  const { news } = view.world;
  if (!news) return [[{ text: view.world.scenario.question }], [{ text: 'No turn played yet.', tone: 'muted' }]];
  return [
    [{ text: `${news.date} (turn ${news.turn})`, bold: true }],
    ...news.actions.map((a): Seg[] => [{ text: `${a.name}: `, bold: true, tone: a.by === 'team' ? 'human' : undefined }, { text: a.text }, ...(a.refused ? [{ text: ` (refused: ${a.refused}; held)`, tone: 'bad' as const }] : [])]),
    ...news.events.map((e): Seg[] => [{ text: `• ${e.text}`, tone: e.kind === 'inject' ? 'warn' : 'muted' }]),
  ];
}

/** Pure: the injects, each queued or not, the selected one with its preview. */
export function injectLines(view: FacilitatorView, selected: number): Seg[][] {
  if (view.injects.length === 0) return [[{ text: 'This scenario has no injects.', tone: 'muted' }]];
  return view.injects.flatMap((inj, i): Seg[][] => [
    [{ text: i === selected ? '▶ ' : '  ', tone: 'accent' }, { text: inj.queued ? '[x] ' : '[ ] ', bold: inj.queued }, { text: inj.title, bold: i === selected }],
    ...(i === selected ? inj.preview.map((p): Seg[] => [{ text: `     ${p}`, tone: 'muted' }]) : []),
  ]);
}
