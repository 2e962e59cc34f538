import { INDEX_NAMES } from '../model/index.js';
import type { Trajectory } from './job.js';
import { allOutcomes, rungOutcomes, type OutcomeDef, type WorldOutcome } from './outcomes.js';

const ESCALATION = INDEX_NAMES.indexOf('escalation');

/** The outcomes a run's trajectory is scored on, derived ones included. */
export function outcomeList(world: readonly WorldOutcome[]): OutcomeDef[] {
  return allOutcomes(world, world.some((o) => o.kind === 'signed'));
}

/**
 * Pure: every outcome "by turn t" of a trajectory, turn-major (turns x outcomeList(world).length):
 * the world's flags as recorded, any proposal signed, and each rung of the escalation ladder reached
 * at the end of some turn so far.
 */
export function outcomeFlags(tr: Trajectory, world: readonly WorldOutcome[], turns: number): Uint8Array {
  const rungs = rungOutcomes();
  const signed = world.map((o, i) => (o.kind === 'signed' ? i : -1)).filter((i) => i >= 0);
  const width = outcomeList(world).length;
  const out = new Uint8Array(turns * width);
  let peak = -Infinity;
  for (let t = 0; t < turns; t++) {
    const row = t * width;
    for (let o = 0; o < world.length; o++) out[row + o] = tr.flags[t * world.length + o];
    let col = world.length;
    if (signed.length > 0) out[row + col++] = signed.some((o) => tr.flags[t * world.length + o] === 1) ? 1 : 0;
    peak = Math.max(peak, tr.values[t * INDEX_NAMES.length + ESCALATION]);
    for (const rung of rungs) out[row + col++] = peak >= rung.from ? 1 : 0;
  }
  return out;
}
