import { Box } from 'ink';
import type { ActorId } from '../model/index.js';
import type { Game } from '../session/index.js';
import { stancesThisTurn, viewOf } from '../engine/index.js';
import { actionText, nameOf } from './labels.js';
import { wrap } from './layout.js';
import { Lines, type Seg } from './Line.js';
import { candidates, oddsApplied, orderStep, type OrderStep } from '../session/index.js';
import type { Picker } from './state.js';

/**
 * Pure: the lines of a list of items (each one or more lines) within `height` lines, the cursor's
 * item in view (centred when the list is longer), with a line saying how many items lie beyond.
 */
function windowed(items: ReadonlyArray<readonly Seg[][]>, cursor: number, height: number): Seg[][] {
  const all = items.flat();
  if (all.length <= height) return all;
  const start = items.slice(0, cursor).reduce((n, item) => n + item.length, 0);
  const room = Math.max(1, height - 1);
  const offset = Math.max(0, Math.min(start - Math.floor((room - items[cursor].length) / 2), all.length - room));
  const above = items.filter((_, i) => items.slice(0, i + 1).flat().length <= offset).length;
  const below = items.filter((_, i) => items.slice(0, i).flat().length >= offset + room).length;
  const more = [above > 0 ? `↑ ${above} more` : '', below > 0 ? `↓ ${below} more` : ''].filter(Boolean).join(' · ');
  return [...all.slice(offset, offset + room), [{ text: `   ${more}`, tone: 'muted' }]];
}

function stepLines(game: Game, actor: ActorId, picker: Picker, step: OrderStep, width: number, room: number): Seg[][] {
  const { world } = game.run;
  const view = viewOf(game.run);
  const { rules } = view;
  if (picker.pending) {
    return [
      ...wrap(`Your order: ${actionText(picker.pending, world.treaties, rules)}`, width, 2).map((t): Seg[] => [{ text: t, bold: true, tone: 'human' }]),
      [],
      [{ text: 'enter seals it (no one sees it until the turn resolves) · esc changes it', tone: 'accent' }],
    ];
  }
  if (step.kind === 'done') return [];
  if (step.kind === 'many') {
    const partners = picker.partners ?? step.defaults;
    const stances = stancesThisTurn(game.run);
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    // A refused candidate's reason wraps under it: a handful of candidates leaves the room.
    const list = candidates(view, actor, step, partners, stances).flatMap((c, i): Seg[][] => {
      const head: Seg[] = [
        { text: i === picker.cursor ? ' › ' : '   ', bold: true, tone: 'accent' },
        { text: c.unavailable ? '✗   ' : c.invited ? '[x] ' : '[ ] ', tone: c.unavailable ? 'bad' : undefined },
        { text: nameOf(rules, c.actor).padEnd(8), bold: i === picker.cursor, tone: c.unavailable ? 'muted' : undefined },
      ];
      if (!c.unavailable) {
        return [[...head, { text: ` tension ${Math.round(world.tension[actor][c.actor] * 100)}${c.oddsIfToggled === null ? '' : ` · ${c.invited ? 'if dropped' : 'if invited'} ${pct(c.oddsIfToggled)}`}`, tone: 'muted' }]];
      }
      return wrap(`— ${c.unavailable}`, width - 16).map((t, j): Seg[] => [...(j === 0 ? head : [{ text: ' '.repeat(15) }]), { text: ` ${t}`, tone: 'muted' }]);
    });
    const odds = step.action.type === 'negotiate' && partners.length > 0 ? pct(oddsApplied(view, actor, step.action.treaty, partners, stances)) : '—';
    const note = `Odds applied this turn: ${odds}, if no other actor also chooses these talks (one who does joins the table). space invites or drops · enter confirms`;
    return [[{ text: step.title, bold: true }], ...list, [], ...wrap(note, width).map((t): Seg[] => [{ text: t, tone: 'muted' }])];
  }
  // A refused choice's reason wraps under it; the same reason again reads "the same reason".
  const items = step.choices.map((c, i): Seg[][] => {
    const here = i === picker.cursor;
    const head: Seg[] = [
      { text: here ? ' › ' : '   ', bold: true, tone: 'accent' },
      { text: c.unavailable ? '✗ ' : '  ', tone: 'bad' },
      { text: c.label, inverse: here, tone: c.unavailable ? 'muted' : undefined },
    ];
    if (!c.unavailable) {
      const hint = c.hint ? `  ${c.hint}` : '';
      if (5 + c.label.length + hint.length <= width) return [[...head, { text: hint, tone: 'muted' }]];
      return [head, ...wrap(c.hint, width - 7).map((t): Seg[] => [{ text: `       ${t}`, tone: 'muted' }])];
    }
    const repeated = i > 0 && step.choices[i - 1].unavailable === c.unavailable;
    const reason = repeated ? '— the same reason' : `— ${c.unavailable}`;
    const first = width - 5 - c.label.length - 2;
    if (reason.length <= first) return [[...head, { text: `  ${reason}`, tone: 'muted' }]];
    return [head, ...wrap(reason, width - 7).map((t): Seg[] => [{ text: `       ${t}`, tone: 'muted' }])];
  });
  return [[{ text: step.title, bold: true }, { text: `  (${step.choices.filter((c) => !c.unavailable).length} possible, ✗ not possible)`, tone: 'muted' }], ...windowed(items, picker.cursor, Math.max(1, room - 1))];
}

/** A team builds its order: the type of action, then its parameters; only legal choices can be picked. */
export function OrderPicker({ game, team, picker, width, height }: { readonly game: Game; readonly team: number; readonly picker: Picker; readonly width: number; readonly height: number }) {
  const { run } = game;
  const actor = game.humans[team];
  const step = orderStep(viewOf(run), actor, picker.path);
  const posture = run.machines[actor]!.posture;
  const title = `── ${nameOf(run.scenario.rules, actor)}'s sealed order for turn ${run.turns.length + 1}`;
  // The path picked so far, when it fits: the step's own question says the same in words.
  const crumbs = picker.path.length > 0 ? ` · ${picker.path.join(' › ')}` : '';
  const rest = title.length + ` · posture ${posture}${crumbs}`.length <= width ? ` · posture ${posture}${crumbs}` : ` · posture ${posture}`;
  const head: Seg[][] = [[{ text: title, bold: true }, { text: rest, tone: 'muted' }]];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Lines lines={[...head, ...stepLines(game, actor, picker, step, width, height - 1)]} width={width} height={height} />
    </Box>
  );
}
