import { ResearchError } from '../errors.js';

/** A parameter a design varies: a path into the scenario (as `sweep --param`) and its range. */
export interface Parameter {
  readonly path: string;
  /** The range sampled (absent for a --from file's columns, whose values are given). */
  readonly lo?: number;
  readonly hi?: number;
  /** Whole numbers only: lo, lo + 1, ..., hi, each equally likely. */
  readonly integer?: boolean;
}

/** A parameter with its range, ready to be sampled. */
export type RangedParameter = Parameter & { readonly lo: number; readonly hi: number };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parse a parameter's "--range lo:hi" (or "lo:hi:step", whose step gives a grid's levels as in
 * sweep). A ResearchError names the path and what is expected.
 */
export function parseParameterRange(path: string, text: string, integer: boolean): { parameter: RangedParameter; step?: number } {
  const parts = text.split(':').map((p) => p.trim());
  if ((parts.length !== 2 && parts.length !== 3) || parts.some((p) => !NUMBER.test(p))) {
    throw new ResearchError(`--range for ${path} must be lo:hi (or lo:hi:step for --grid) like 0.2:0.9, got "${text}"`);
  }
  const [lo, hi, step] = parts.map(Number);
  if (!(hi > lo)) throw new ResearchError(`--range for ${path}: hi (${parts[1]}) must be above lo (${parts[0]})`);
  if (integer && !(Number.isInteger(lo) && Number.isInteger(hi))) throw new ResearchError(`--range for ${path}: an --integer parameter needs whole-number bounds, got ${text}`);
  if (parts.length === 3 && !(step > 0)) throw new ResearchError(`--range for ${path}: the step must be above 0, got ${parts[2]}`);
  return { parameter: { path, lo, hi, ...(integer ? { integer: true } : {}) }, ...(parts.length === 3 ? { step } : {}) };
}

/**
 * Pure: the value of a parameter at u in [0, 1] of its range: lo + u (hi - lo), rounded to 10
 * decimals (so a CSV reads 0.55, not 0.5499999999999999); an integer parameter's range is cut into
 * hi - lo + 1 equal parts, one per whole number.
 */
export function scaleUnit(u: number, p: RangedParameter): number {
  if (p.integer) return p.lo + Math.min(Math.floor(u * (p.hi - p.lo + 1)), p.hi - p.lo);
  return Math.round((p.lo + u * (p.hi - p.lo)) * 1e10) / 1e10;
}

/** Pure: n evenly spaced levels from lo to hi (whole numbers, without repeats, for an integer parameter). */
export function evenLevels(p: RangedParameter, n: number): number[] {
  const levels = Array.from({ length: n }, (_, i) => (n === 1 ? p.lo : p.lo + (i * (p.hi - p.lo)) / (n - 1)));
  const rounded = levels.map((v) => (p.integer ? Math.round(v) : Math.round(v * 1e10) / 1e10));
  return [...new Set(rounded)];
}
