import { Box } from 'ink';
import { namesOf } from '../engine/index.js';
import { effectText, previewEffect, type ScenarioEvent } from '../model/index.js';
import { INDEX_LABELS } from '../session/index.js';
import type { Game } from '../session/index.js';
import { nameOf } from './labels.js';
import { wrap } from './layout.js';
import { Lines, type Seg } from './Line.js';

/**
 * Pure: what an inject will change, before it is queued: its effect in words, how the indices
 * would move if it struck the world as it stands, and the teams' objectives it would turn.
 */
export function previewLines(game: Game, inject: ScenarioEvent, width: number): Seg[][] {
  const { run } = game;
  const names = namesOf(run);
  const preview = previewEffect(run.scenario.rules, run.world, run.present, inject.effect, run.scenario.objectives ?? {});
  const muted = (text: string, indent = 3): Seg[][] => wrap(text, width - indent, 2).map((t): Seg[] => [{ text: ' '.repeat(indent) }, { text: t, tone: 'muted' }]);
  const changes = effectText(inject.effect, names);
  const moves = preview.indices.map((m) => `${INDEX_LABELS[m.name]} ${m.before.toFixed(1)} → ${m.after.toFixed(1)}`);
  const turned = preview.objectives.map((o) => `${o.met ? '✓' : '✗'} ${nameOf(run.scenario.rules, o.actor)}: ${o.text}`);
  return [
    ...muted(inject.text),
    ...muted(`Changes: ${changes.length > 0 ? changes.join('; ') : 'nothing measurable'}.`),
    ...muted(`On the world as it stands: ${moves.length > 0 ? moves.join(' · ') : 'no index moves'}.`),
    ...(turned.length > 0 ? muted(`Objectives it would turn: ${turned.join('; ')}.`) : []),
  ];
}

/** The facilitator's injects: queued ones fire at the next resolution and go into the run record. */
export function InjectPicker({ game, queued, cursor, width, height }: {
  readonly game: Game; readonly queued: readonly string[]; readonly cursor: number; readonly width: number; readonly height: number;
}) {
  const { injects } = game.run.scenario;
  const current = injects[cursor];
  const detail = current ? previewLines(game, current, width) : [];
  // The list scrolls so that the cursor and the preview of its inject stay in view.
  const room = Math.max(1, height - 2 - detail.length);
  const first = Math.max(0, Math.min(cursor - Math.floor(room / 2), injects.length - room));
  const list = injects.slice(first, first + room).map((inject, j): Seg[] => {
    const i = first + j;
    return [
      { text: i === cursor ? ' › ' : '   ', bold: true, tone: 'accent' },
      { text: queued.includes(inject.id) ? '[x] ' : '[ ] ', bold: true },
      { text: inject.title, inverse: i === cursor },
    ];
  });
  const lines: Seg[][] = [
    [{ text: '── Facilitator injects', bold: true }, { text: ` · [x] fires at the next turn and is recorded · ${cursor + 1} of ${injects.length}`, tone: 'muted' }],
    ...list,
    [],
    ...detail,
  ];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Lines lines={lines} width={width} height={height} />
    </Box>
  );
}
