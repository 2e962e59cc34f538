import type { Names } from './actions/index.js';
import type { Effect } from './effects/scenarioEffect.js';
import { REGION_NAMES, SYSTEM_NAMES } from './names.js';

const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n)}`;
const points = (delta: number) => signed(Math.round(delta * 1000) / 10);

/**
 * Pure: what an event's effect changes, one phrase per change, in the order the effect applies
 * them ("tension Russia–EU +8", "Russia's ground-launched intermediate-range missiles in Europe +2").
 * Shares (tension, cohesion, unity, integrity) are in points of 0..100, as the dashboard shows them.
 */
export function effectText(effect: Effect, names: Names): string[] {
  const out: string[] = [];
  for (const t of effect.tension ?? []) {
    out.push(`tension ${names.actor(t.between[0])}–${names.actor(t.between[1])} ${points(t.delta)}${t.lasting ? ' (lasting)' : ''}`);
  }
  if (effect.natoCohesion) out.push(`NATO cohesion ${points(effect.natoCohesion)}`);
  if (effect.euUnity) out.push(`EU unity ${points(effect.euUnity)}`);
  if (effect.proliferation) out.push(`third-country proliferation ${points(effect.proliferation)}`);
  if (effect.crisis) out.push(`crisis ${points(effect.crisis)}`);
  for (const f of effect.forces ?? []) {
    out.push(`${names.actor(f.actor)}'s ${SYSTEM_NAMES[f.system]} ${f.region === 'home' ? 'at home' : `in ${REGION_NAMES[f.region]}`} ${signed(f.delta)}`);
  }
  for (const t of effect.treaties ?? []) {
    if (t.integrity) out.push(`${names.treaty(t.id)} integrity ${points(t.integrity)}`);
    for (const [party, status] of Object.entries(t.status ?? {})) out.push(`${names.actor(party)} ${status} ${names.treaty(t.id)}`);
  }
  for (const actor of effect.exposeBreach ?? []) out.push(`${names.actor(actor)}'s breach exposed`);
  return out;
}
