/** Text charts of 0..100 series, readable without colour (block heights carry the value). */

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** The last `width` values, so that a long game shows its recent history. */
function tail(values: readonly number[], width: number): readonly number[] {
  return values.length > width ? values.slice(values.length - width) : values;
}

const unit = (v: number, max: number) => Math.min(1, Math.max(0, v / max));

/** Pure: one line, one block per value (the last `width` values), scaled to 0..`max`. */
export function sparkline(values: readonly number[], width: number, max = 100): string {
  return tail(values, Math.max(0, width)).map((v) => BLOCKS[Math.min(7, Math.floor(unit(v, max) * 8))]).join('');
}

/**
 * Pure: a chart `height` lines tall, one column per value (the last `width`), scaled to 0..`max`,
 * drawn in eighths of a line so that small moves still show. Lines are top first.
 */
export function columnChart(values: readonly number[], width: number, height: number, max = 100): string[] {
  const shown = tail(values, Math.max(0, width));
  const lines: string[] = [];
  for (let row = height - 1; row >= 0; row--) {
    lines.push(shown.map((v) => {
      const eighths = Math.round(unit(v, max) * height * 8) - row * 8;
      return EIGHTHS[Math.min(8, Math.max(0, eighths))];
    }).join(''));
  }
  return lines;
}
