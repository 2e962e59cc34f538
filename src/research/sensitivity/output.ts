import { INDEX_NAMES } from '../../model/index.js';
import { ResearchError } from '../errors.js';
import type { OutcomeDef } from '../outcomes.js';

/** An output a sensitivity analysis explains: an index's value at a turn, or an outcome's probability by a turn. */
export interface OutputSpec {
  /** "escalation@32", "infDead@32". */
  readonly id: string;
  readonly kind: 'index' | 'outcome';
  /** The index's name or the outcome's id. */
  readonly measure: string;
  readonly turn: number;
}

/**
 * Parse "--output escalation@32,infDead" (a missing turn is the last): each an index (escalation,
 * treatyErosion, natoCohesion, armsRace) or one of the run's outcomes (as the CSV's and summary's ids).
 */
export function parseOutputs(text: string, outcomes: readonly OutcomeDef[], turns: number): OutputSpec[] {
  const specs = text.split(',').map((t) => t.trim()).map((item): OutputSpec => {
    const [measure, at, ...rest] = item.split('@');
    const turn = at === undefined ? turns : Number(at);
    if (rest.length > 0 || !measure || !(Number.isInteger(turn) && turn >= 1 && turn <= turns)) {
      throw new ResearchError(`--output must be a list like escalation@${turns},infDead@${turns} (a turn from 1 to ${turns}), got "${item}"`);
    }
    const kind = (INDEX_NAMES as readonly string[]).includes(measure) ? 'index' : outcomes.some((o) => o.id === measure) ? 'outcome' : undefined;
    if (!kind) throw new ResearchError(`--output: "${measure}" is neither an index (${INDEX_NAMES.join(', ')}) nor an outcome of this scenario (${outcomes.map((o) => o.id).join(', ')})`);
    return { id: `${measure}@${turn}`, kind, measure, turn };
  });
  const ids = specs.map((s) => s.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new ResearchError(`--output: ${twice} is given twice`);
  return specs;
}
