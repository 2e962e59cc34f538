import { Box } from 'ink';
import { Line, Lines, type Seg } from './Line.js';

/** Pure: `lines` cut to `height`, the last shown line saying how many were left out. */
function clip(lines: ReadonlyArray<readonly Seg[]>, height: number): ReadonlyArray<readonly Seg[]> {
  if (lines.length <= height) return lines;
  if (height <= 0) return [];
  const hidden = lines.length - height + 1;
  return [...lines.slice(0, height - 1), [{ text: `… ${hidden} more line${hidden > 1 ? 's' : ''} (a larger terminal shows more)`, tone: 'muted' }]];
}

/** A titled block of lines, exactly `height` lines tall and at most `width` wide. */
export function Panel({ title, width, height, lines }: { readonly title: string; readonly width: number; readonly height: number; readonly lines: ReadonlyArray<readonly Seg[]> }) {
  const rule = '─'.repeat(Math.max(0, width - title.length - 4));
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Line segs={[{ text: '── ' }, { text: title, bold: true }, { text: ` ${rule}` }]} width={width} />
      <Lines lines={clip(lines, height - 1)} width={width} />
    </Box>
  );
}
