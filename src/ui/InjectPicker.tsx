import { Box } from 'ink';
import type { ScenarioEvent } from '../model/index.js';
import { wrap } from './layout.js';
import { Lines, type Seg } from './Line.js';

/** The facilitator's injects: queued ones fire at the next resolution and go into the run record. */
export function InjectPicker({ injects, queued, cursor, width, height }: {
  readonly injects: readonly ScenarioEvent[]; readonly queued: readonly string[]; readonly cursor: number; readonly width: number; readonly height: number;
}) {
  const list = injects.map((inject, i): Seg[] => [
    { text: i === cursor ? ' › ' : '   ', bold: true, tone: 'accent' },
    { text: queued.includes(inject.id) ? '[x] ' : '[ ] ', bold: true },
    { text: inject.title, inverse: i === cursor },
  ]);
  const current = injects[cursor];
  const detail = current ? wrap(current.text, width - 3).map((t): Seg[] => [{ text: `   ${t}`, tone: 'muted' }]) : [];
  const lines: Seg[][] = [
    [{ text: '── Facilitator injects', bold: true }, { text: ' · [x] fires at the next turn and is recorded', tone: 'muted' }],
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
