/** Terminal size in character cells. */
export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** The smallest terminal the UI is laid out for (a classroom projector at its default size). */
export const MIN_SIZE: Size = { columns: 80, rows: 24 };

/** Pure: the lines between the title bar and the two status lines (one line is left free so Ink never scrolls). */
export function bodyHeight(size: Size): number {
  return size.rows - 4;
}

/** Pure: true when every dashboard panel fits at once; smaller terminals show one panel at a time. */
export function isWide(size: Size): boolean {
  return size.columns >= 140 && size.rows >= 40;
}

/** Pure: true when the terminal is too small to lay out the UI. */
export function isTooSmall(size: Size): boolean {
  return size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
}

export { fit, wrap } from '../text/wrap.js';
