import { Box } from 'ink';
import { INDEX_NAMES } from '../model/index.js';
import { columnChart } from '../text/chart.js';
import { INDEX_LABELS, type IndexName } from '../session/index.js';
import { indexHistory, type Game } from '../session/index.js';
import { ladderSegs } from './ladder.js';
import { Line, type Seg } from './Line.js';
import { escalationTone } from './theme.js';

/** Pure: a titled chart of one index over the game, `height` lines in all, with a 0..100 axis. */
function chartLines(game: Game, name: IndexName, width: number, height: number): Seg[][] {
  const series = indexHistory(game).map((i) => i[name]);
  const value = series[series.length - 1];
  const rows = Math.max(1, height - 1);
  const shown = Math.min(series.length, width - 5);
  const span = shown < series.length ? ` (last ${shown} turns)` : '';
  const title: Seg[] = [
    { text: `${INDEX_LABELS[name]} `, bold: true },
    { text: value.toFixed(1), bold: true, tone: name === 'escalation' ? escalationTone(value) : undefined },
    { text: `  start ${series[0].toFixed(1)}${span}`, tone: 'muted' },
  ];
  const chart = columnChart(series, width - 5, rows).map((line, i): Seg[] => [
    { text: i === 0 ? '100 │' : i === rows - 1 ? '  0 │' : '    │', tone: 'muted' },
    { text: line, tone: 'accent' },
  ]);
  return [title, ...chart];
}

/** The four indices, each drawn as a chart of its history (two a row), and the escalation ladder. */
export function IndexCharts({ game, width, height }: { readonly game: Game; readonly width: number; readonly height: number }) {
  const columns = 2;
  const now = indexHistory(game).at(-1)!;
  const chartWidth = Math.floor((width - 2) / columns);
  const chartHeight = Math.floor((height - 2) / (INDEX_NAMES.length / columns));
  const cells = INDEX_NAMES.map((name) => (
    <Box key={name} flexDirection="column" width={chartWidth} height={chartHeight}>
      {chartLines(game, name, chartWidth, chartHeight).map((segs, i) => <Line key={i} segs={segs} width={chartWidth} />)}
    </Box>
  ));
  const rows = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(<Box key={i} flexDirection="row" gap={2}>{cells.slice(i, i + columns)}</Box>);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Line segs={[{ text: '── ' }, { text: 'Indices over the game', bold: true }, { text: ' (0..100)' }]} width={width} />
      {rows}
      <Line segs={ladderSegs(now.escalation, now.escalationLevel)} width={width} />
    </Box>
  );
}
