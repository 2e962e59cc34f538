/** Round to 6 decimals, for summaries: short, stable text, far finer than any index's meaning. */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}
