import { Box } from 'ink';
import { helpFor, type KeyContext } from './keys.js';
import { wrap } from './layout.js';
import { Lines, type Seg } from './Line.js';

/** The keys of the screen beneath, generated from the key table that handles them; long help wraps under itself. */
export function HelpOverlay({ context, width, height }: { readonly context: KeyContext; readonly width: number; readonly height: number }) {
  const entries = helpFor(context);
  const labelWidth = Math.max(...entries.map((e) => e.label.length)) + 2;
  const lines: Seg[][] = [
    [{ text: `── Keys (${context})`, bold: true }, { text: ' · ? or esc closes this help', tone: 'muted' }],
    ...entries.flatMap((e) => wrap(e.help, width - labelWidth - 2).map((t, i): Seg[] => [
      { text: i === 0 ? `  ${e.label.padEnd(labelWidth)}` : ' '.repeat(labelWidth + 2), bold: true }, { text: t },
    ])),
  ];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Lines lines={lines} width={width} height={height} />
    </Box>
  );
}
