import { Box } from 'ink';
import type { ScenarioEvent } from '../model/index.js';
import { injectPreview, type Game } from '../session/index.js';
import { wrap } from './layout.js';
import { Lines, type Seg } from './Line.js';

/** Pure: what an inject will change, before it is queued (src/session/injectPreview.ts), wrapped at `width`. */
export function previewLines(game: Game, inject: ScenarioEvent, width: number): Seg[][] {
  return injectPreview(game, inject).flatMap((text) => wrap(text, width - 3, 2).map((t): Seg[] => [{ text: '   ' }, { text: t, tone: 'muted' }]));
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
