/** Clamp x into [lo, hi]. */
export function clamp(x: number, lo = 0, hi = 1): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** A saturating curve: 0 at 0, 1 - 1/e at `scale`, approaching 1. */
export function saturate(x: number, scale: number): number {
  return 1 - Math.exp(-x / scale);
}

/** Round to 4 decimals so that records stay short and stable across platforms' float printing. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
