import { Box, Text } from 'ink';
import { terminalLine } from '../text/terminal.js';
import { useTone, type Tone } from './theme.js';

/** A run of text in one style. */
export interface Seg {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
  readonly inverse?: boolean;
}

/**
 * Pure: the segments cut so that together they fill at most `width` cells. Every string the UI
 * draws passes here, so this is where text from files loses its control characters.
 */
function cutSegs(segs: readonly Seg[], width: number): Seg[] {
  const out: Seg[] = [];
  let room = width;
  for (const { text: raw, ...style } of segs) {
    if (room <= 0) break;
    const seg = { ...style, text: terminalLine(raw) };
    const text = seg.text.length <= room ? seg.text : `${seg.text.slice(0, Math.max(0, room - 1))}…`;
    out.push({ ...seg, text });
    room -= text.length;
  }
  return out;
}

/** One line of styled segments, never wider than `width`, so that a layout never wraps; an empty line still takes its row. */
export function Line({ segs, width }: { readonly segs: readonly Seg[]; readonly width: number }) {
  const tone = useTone();
  const cut = cutSegs(segs, width);
  return (
    <Text wrap="truncate">
      {cut.every((s) => s.text === '') ? ' ' : cut.map((s, i) => (
        <Text key={i} bold={s.bold} inverse={s.inverse} {...(s.tone ? tone(s.tone) : {})}>{s.text}</Text>
      ))}
    </Text>
  );
}

/** Lines of segments in a column, cut to `height` lines. */
export function Lines({ lines, width, height }: { readonly lines: ReadonlyArray<readonly Seg[]>; readonly width: number; readonly height?: number }) {
  const shown = height === undefined ? lines : lines.slice(0, Math.max(0, height));
  return <Box flexDirection="column">{shown.map((segs, i) => <Line key={i} segs={segs} width={width} />)}</Box>;
}
