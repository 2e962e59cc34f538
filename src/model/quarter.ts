/** Quarters as "YYYY-Qn" strings; one turn is one quarter. */

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(text: string): boolean {
  return QUARTER.test(text);
}

/** Quarters from `start` to `date` (0 when equal); throws on a malformed date. */
export function quartersBetween(start: string, date: string): number {
  return toIndex(date) - toIndex(start);
}

/** The date of turn index `turn` (0-based) of a game starting at `start`. */
export function quarterAt(start: string, turn: number): string {
  const i = toIndex(start) + turn;
  return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
}

function toIndex(text: string): number {
  const m = QUARTER.exec(text);
  if (!m) throw new Error(`not a quarter like 2019-Q1: ${text}`);
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}
