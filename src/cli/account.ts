import { describeAction } from '../model/index.js';
import type { RunRecord } from '../engine/index.js';

/** A readable turn-by-turn account of a run: the date, each actor's action and why, the indices. */
export function formatAccount(record: RunRecord, title: string): string {
  const { manifest } = record;
  const lines = [`${title} (scenario ${manifest.scenario.id}, seed ${manifest.seed}, ${manifest.turns} turns)`, ''];
  for (const t of record.turns) {
    const i = t.indices;
    lines.push(`${t.date}  escalation ${i.escalation.toFixed(1)} (${i.escalationLevel})  treaty erosion ${i.treatyErosion.toFixed(1)}  NATO cohesion ${i.natoCohesion.toFixed(0)}  arms race ${i.armsRace.toFixed(0)}`);
    for (const [actor, a] of Object.entries(t.actions)) lines.push(`  ${actor.padEnd(7)}${describeAction(a!).padEnd(52)} ${a!.reason}`);
    for (const e of t.events) lines.push(`  * ${e.text}`);
    lines.push('');
  }
  lines.push(`digest ${record.digest}`, '');
  return lines.join('\n');
}
