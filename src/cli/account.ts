import { describeAction, type Scenario } from '../model/index.js';
import { playTurn, startRun, whyOfTurn, type RunRecord } from '../engine/index.js';
import { terminalSafe } from '../text/terminal.js';
import { wrap } from '../text/wrap.js';

/** The width of the account: a terminal's default, so that nothing is cut or wrapped by the terminal. */
const WIDTH = 80;
const INDENT = 10;

/** Fields joined by " · " on indented lines of at most WIDTH, never breaking a field. */
function fields(parts: readonly string[]): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + part.length <= WIDTH) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(`  ${part}`);
  }
  return lines;
}

/**
 * A readable turn-by-turn account of a run: the date and indices, each actor's action and why (in
 * the sentences the UI's why-panel and the debrief use), and the events, wrapped at 80 columns.
 * The reasons are re-scored by replaying the run from its scenario and seed, which gives the same
 * turns as the record (the engine is deterministic); the record itself is printed as it is.
 */
export function formatAccount(record: RunRecord, scenario: Scenario): string {
  const { manifest } = record;
  const lines = [...wrap(`${scenario.title} (scenario ${manifest.scenario.id}, seed ${manifest.seed}, ${manifest.turns} turn${manifest.turns === 1 ? "" : "s"})`, WIDTH, 2), ''];
  let state = startRun(scenario, manifest.seed);
  for (const t of record.turns) {
    const why = whyOfTurn(state, t);
    const i = t.indices;
    lines.push(t.date, ...fields([`escalation ${i.escalation.toFixed(1)} (${i.escalationLevel})`, `treaty erosion ${i.treatyErosion.toFixed(1)}`, `NATO cohesion ${i.natoCohesion.toFixed(0)}`, `arms race ${i.armsRace.toFixed(0)}`]));
    for (const actor of state.present) {
      const a = t.actions[actor];
      if (!a) continue;
      lines.push(`  ${scenario.rules.actors[actor].name.padEnd(INDENT - 3)} ${describeAction(a)}`);
      for (const line of wrap(why[actor] ?? a.reason, WIDTH - INDENT)) lines.push(`${' '.repeat(INDENT)}${line}`);
    }
    for (const e of t.events) lines.push(...wrap(`* ${e.text}`, WIDTH - 2, 2).map((l) => `  ${l}`));
    lines.push('');
    state = playTurn(state);
  }
  lines.push(`digest ${record.digest}`, '');
  // Text for people: whatever a scenario's titles and events hold, no control character gets through.
  return terminalSafe(lines.join('\n'));
}
