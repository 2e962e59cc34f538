import type { Names } from './actions/index.js';
import { REGION_NAMES, SYSTEM_NAMES } from './names.js';
import type { Bound, ObjectiveCondition, MeasuredIndex } from './objectives.js';

const INDEX_WORDS: Readonly<Record<MeasuredIndex, string>> = {
  escalation: 'escalation', treatyErosion: 'treaty erosion', natoCohesion: 'NATO cohesion', armsRace: 'arms race', euUnity: 'EU unity',
};

const bound = (b: Bound) => `${b.side === 'atMost' ? 'at most' : 'at least'} ${b.value}`;
const list = (ids: readonly string[], names: Names) => {
  const words = ids.map(names.actor);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0];
};

/** Pure: what a condition measures, in words ("NATO cohesion", "US and NATO ground-launched ... in Europe"). */
export function measureName(c: ObjectiveCondition, names: Names): string {
  switch (c.kind) {
    case 'regime':
      return names.treaty(c.regime);
    case 'health':
      return `the health of ${names.treaty(c.regime)}`;
    case 'index':
      return INDEX_WORDS[c.index];
    case 'tension':
      return `tension ${names.actor(c.between[0])}–${names.actor(c.between[1])}`;
    case 'forces':
      return `the ${SYSTEM_NAMES[c.system]} of ${list(c.of, names)}${c.region ? (c.region === 'home' ? ' at home' : ` in ${REGION_NAMES[c.region]}`) : ''}`;
  }
}

/** Pure: the condition as a clause, e.g. "NATO cohesion is at least 55 (of 100)", "Russia holds at most 4 units of ...", "New START stands". */
export function conditionText(c: ObjectiveCondition, names: Names): string {
  switch (c.kind) {
    case 'regime':
      return `${names.treaty(c.regime)} ${c.stands ? 'stands (in force, or signed, and not ended)' : 'does not stand (never signed, or ended)'}`;
    case 'forces': {
      const where = c.region ? (c.region === 'home' ? ' at home' : ` in ${REGION_NAMES[c.region]}`) : ', wherever based';
      return `${list(c.of, names)} ${c.of.length > 1 ? 'hold' : 'holds'} ${bound(c.bound)} unit${c.bound.value === 1 ? '' : 's'} of ${SYSTEM_NAMES[c.system]}${where}`;
    }
    default:
      return `${measureName(c, names)} is ${bound(c.bound)} (of 100)`;
  }
}

/** Pure: a measured value as the condition reads it: "stands", "not standing", or the number (one decimal at most). */
export function valueText(c: ObjectiveCondition, value: number | boolean): string {
  if (c.kind === 'regime') return value ? 'stands' : 'not standing';
  const x = Number(value);
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** Pure: the bound alone, compact ("≤ 4", "≥ 55", "stands", "not standing"). */
export function boundText(c: ObjectiveCondition): string {
  if (c.kind === 'regime') return c.stands ? 'stands' : 'not standing';
  return `${c.bound.side === 'atMost' ? '≤' : '≥'} ${c.bound.value}`;
}
