import { Box } from 'ink';
import { helpFor, type KeyContext } from './keys.js';
import { Lines, type Seg } from './Line.js';

/** The keys of the screen beneath, generated from the key table that handles them. */
export function HelpOverlay({ context, width, height }: { readonly context: KeyContext; readonly width: number; readonly height: number }) {
  const entries = helpFor(context);
  const labelWidth = Math.max(...entries.map((e) => e.label.length)) + 2;
  const lines: Seg[][] = [
    [{ text: `── Keys (${context})`, bold: true }, { text: ' · ? or esc closes this help', tone: 'muted' }],
    ...entries.map((e): Seg[] => [{ text: `  ${e.label.padEnd(labelWidth)}`, bold: true }, { text: e.help }]),
  ];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Lines lines={lines} width={width} height={height} />
    </Box>
  );
}
