import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.js';
import { csvLine, csvRows, parseCsvLine } from '../../src/research/csv.js';
import { runSeed } from '../../src/research/job.js';
import { worldOutcomes } from '../../src/research/outcomes.js';
import { loadScenario } from '../../src/scenario/index.js';

describe('research CSV', () => {
  it('reads back the cells it writes, quotes and commas included', () => {
    const cells = ['plain', 'a,b', 'say "hi"', '', '12.5', '"', ','];
    expect(parseCsvLine(csvLine(cells).slice(0, -1))).toEqual(cells);
    expect(parseCsvLine('a,,b,')).toEqual(['a', '', 'b', '']);
  });

  it("writes each run's rows as `run --format csv` does, with the outcomes after", () => {
    const scenario = loadScenario('inf-2019');
    const outcomes = worldOutcomes(scenario);
    const result = runSeed({ scenarios: [scenario], lead: [[]], turns: 4, outcomes }, 9);
    const plain = csvRows(runScenario(scenario, 9, 4), scenario.rules.actorIds).split('\n');
    const ours = result.csv.split('\n');
    expect(ours).toHaveLength(plain.length);
    ours.forEach((line, i) => expect(line.startsWith(plain[i])).toBe(true));
    // INF's US withdrawal falls due in 2019-Q3 (Egmont 106 Introduction: six months' notice), the third turn.
    const infDead = outcomes.findIndex((o) => o.id === 'infDead');
    expect(Array.from({ length: 4 }, (_, t) => result.trajectories[0].flags[t * outcomes.length + infDead])).toEqual([0, 0, 1, 1]);
  });
});
