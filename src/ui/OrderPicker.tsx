import { Box } from 'ink';
import type { ActorId } from '../model/index.js';
import type { Game } from './game.js';
import { stancesThisTurn, viewOf } from '../engine/index.js';
import { actionText, nameOf } from './labels.js';
import { wrap } from './layout.js';
import { Lines, type Seg } from './Line.js';
import { candidates, oddsApplied, orderStep, type OrderStep } from './orderTree.js';
import type { Picker } from './state.js';

/** Pure: the lines of a list whose cursor row stays in view within `height` lines. */
function windowed<T>(items: readonly T[], cursor: number, height: number): { items: readonly T[]; offset: number } {
  if (items.length <= height) return { items, offset: 0 };
  const offset = Math.max(0, Math.min(cursor - Math.floor(height / 2), items.length - height));
  return { items: items.slice(offset, offset + height), offset };
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
  const shown = windowed(step.choices, picker.cursor, Math.max(1, room - 3));
  const list = shown.items.map((c, j): Seg[] => {
    const here = j + shown.offset === picker.cursor;
    return [
      { text: here ? ' › ' : '   ', bold: true, tone: 'accent' },
      { text: c.unavailable ? '✗ ' : '  ', tone: 'bad' },
      { text: c.label, inverse: here, tone: c.unavailable ? 'muted' : undefined },
      { text: c.unavailable ? `  — ${c.unavailable}` : c.hint ? `  ${c.hint}` : '', tone: 'muted' },
    ];
  });
  const current = step.choices[picker.cursor];
  const why = current?.unavailable ? wrap(`Not possible: ${current.unavailable}`, width).slice(0, 2).map((t): Seg[] => [{ text: t, tone: 'warn' }]) : [];
  return [[{ text: step.title, bold: true }, { text: `  (${step.choices.filter((c) => !c.unavailable).length} possible, ✗ not possible)`, tone: 'muted' }], ...list, ...why];
}

/** A team builds its order: the type of action, then its parameters; only legal choices can be picked. */
export function OrderPicker({ game, team, picker, width, height }: { readonly game: Game; readonly team: number; readonly picker: Picker; readonly width: number; readonly height: number }) {
  const { run } = game;
  const actor = game.humans[team];
  const step = orderStep(viewOf(run), actor, picker.path);
  const posture = run.machines[actor]!.posture;
  const crumbs = picker.path.length > 0 ? ` · ${picker.path.join(' › ')}` : '';
  const head: Seg[][] = [
    [{ text: `── ${nameOf(run.scenario.rules, actor)}'s sealed order for turn ${run.turns.length + 1}`, bold: true }, { text: ` · posture ${posture}${crumbs}`, tone: 'muted' }],
  ];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Lines lines={[...head, ...stepLines(game, actor, picker, step, width, height - 1)]} width={width} height={height} />
    </Box>
  );
}
