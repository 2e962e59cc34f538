import { Box } from 'ink';
import { sparkline } from '../text/chart.js';
import { INDEX_LABELS, type IndexName } from '../session/index.js';
import { indexHistory, type Game } from '../session/index.js';
import { ladderSegs } from './ladder.js';
import { Line, type Seg } from './Line.js';
import { escalationTone } from './theme.js';

function half(game: Game, name: IndexName, width: number): Seg[] {
  const series = indexHistory(game).map((i) => i[name]);
  const value = series[series.length - 1];
  const label = `${INDEX_LABELS[name]} `.padEnd(15);
  const number = value.toFixed(1).padStart(5);
  const spark = sparkline(series, Math.max(0, width - 23));
  return [
    { text: label, bold: true },
    { text: number, tone: name === 'escalation' ? escalationTone(value) : undefined, bold: true },
    { text: `  ${spark}`.padEnd(width - 20), tone: 'accent' },
  ];
}

/** The four indices with their history as sparklines, and the escalation ladder, in three lines. */
export function IndexSummary({ game, width }: { readonly game: Game; readonly width: number }) {
  const w = Math.floor((width - 3) / 2);
  const now = indexHistory(game).at(-1)!;
  return (
    <Box flexDirection="column" width={width}>
      <Line segs={[...half(game, 'escalation', w), { text: ' │ ', tone: 'muted' }, ...half(game, 'treatyErosion', w)]} width={width} />
      <Line segs={[...half(game, 'natoCohesion', w), { text: ' │ ', tone: 'muted' }, ...half(game, 'armsRace', w)]} width={width} />
      <Line segs={ladderSegs(now.escalation, now.escalationLevel)} width={width} />
    </Box>
  );
}
