import { UsageError } from './errors.js';

/** Parse an integer option, naming the option and saying what would be valid. */
export function parseInteger(option: string, text: string, { min, max }: { min: number; max: number }): number {
  if (!/^[+-]?\d+$/.test(text.trim())) throw new UsageError(`${option} must be a whole number, got "${text}"`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`${option} must be between ${min} and ${max}, got ${text}`);
  return n;
}

/** Parse a choice among fixed values. */
export function parseChoice<T extends string>(option: string, text: string, choices: readonly T[]): T {
  if (!choices.includes(text as T)) throw new UsageError(`${option} must be one of ${choices.join(', ')}, got "${text}"`);
  return text as T;
}

export const SEED_RANGE = { min: 0, max: 2 ** 32 - 1 };
