import type { Scenario } from '../model/index.js';
import { loadScenario, ScenarioError } from '../scenario/index.js';
import { ResearchError } from './errors.js';

/** A swept parameter's value: a number, a boolean, or a word (e.g. a posture). */
export type SweepValue = string | number | boolean;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A value as text: a number stays a number, true/false a boolean, anything else a word. */
export function parseValue(v: string): SweepValue {
  return NUMBER.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v;
}

/** Parse "--values a,b,c" (see parseValue). */
export function parseValues(text: string): SweepValue[] {
  const values = text.split(',').map((v) => v.trim());
  if (values.some((v) => v === '')) throw new ResearchError(`--values must be a comma-separated list like 0.2,0.4,0.6, got "${text.slice(0, 80)}"`);
  // A value is a CSV cell of every row and a line of the shard header: a line break or a control character would split them.
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new ResearchError('--values may not hold line breaks, tabs or other control characters');
  const parsed = values.map(parseValue);
  return unique(parsed, '--values');
}

/** Parse "--range lo:hi:step" into lo, lo+step, ... up to hi (included when it falls on a step). */
export function parseRange(text: string): number[] {
  const parts = text.split(':').map((p) => p.trim());
  const [lo, hi, step] = parts.map(Number);
  if (parts.length !== 3 || parts.some((p) => !NUMBER.test(p))) throw new ResearchError(`--range must be lo:hi:step like 0.2:0.8:0.1, got "${text}"`);
  if (!(step > 0)) throw new ResearchError(`--range: the step must be above 0, got ${parts[2]}`);
  if (hi < lo) throw new ResearchError(`--range: hi (${parts[1]}) is below lo (${parts[0]})`);
  const count = Math.floor((hi - lo) / step + 1e-9) + 1;
  if (count > 1000) throw new ResearchError(`--range gives ${count} values; at most 1000`);
  // Each value from lo and its index, rounded to 10 decimals, so 0.1 steps read 0.3 and not 0.30000000000000004.
  return unique(Array.from({ length: count }, (_, i) => Math.round((lo + i * step) * 1e10) / 1e10), '--range') as number[];
}

function unique(values: SweepValue[], option: string): SweepValue[] {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(String(v))) throw new ResearchError(`${option}: ${v} is given twice`);
    seen.add(String(v));
  }
  if (values.length > 1000) throw new ResearchError(`${option}: at most 1000 values, got ${values.length}`);
  return values;
}

/**
 * Load the scenario once per value, with the value set at `param`. A path that does not lead into
 * the scenario, or a value the scenario's schema refuses, is a ResearchError naming it.
 */
export function loadSweep(ref: string, param: string, values: readonly SweepValue[]): Scenario[] {
  return values.map((value) => {
    try {
      return loadScenario(ref, undefined, { overrides: [{ path: param, value }] });
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      const own = e.problems.filter((p) => p.path === param && !p.line);
      if (own.length > 0) throw new ResearchError(`--param ${param}: ${own[0].message}`);
      if (e.problems.some((p) => p.message.includes('no scenario with id') || p.message === 'file not found')) throw e;
      throw new ResearchError(`--values: ${JSON.stringify(value)} is not valid for ${param}: ${e.problems.map((p) => `${p.path ? `at ${p.path}: ` : ''}${p.message}`).join('; ')}`);
    }
  });
}
