import { describe, expect, it } from 'vitest';
import { playTurn, startRun } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';

// A fixed set of seeds; each test plays only as many turns as its question needs. 100 seeds, not
// 250 (the dual track plays up to 35 turns a seed, most of this file's time): on engine 0.3.0 the
// shares are 1.00 (bar 0.9) and 0.81 (bar 0.5), as on 250 seeds (1.00, 0.79). At the bars the standard
// error of a share on 100 seeds is 0.03 and 0.05, so what the model gives sits 3 and 6 standard errors
// clear of them: a model that no longer usually kills INF or signs the dual track still fails.
const SEEDS = Array.from({ length: 100 }, (_, i) => i + 1);

/** Share of seeds for which `reached` holds by some turn of the first `turns`; stops a run early once it does. */
function shareReaching(id: string, turns: number, reached: (world: ReturnType<typeof startRun>['world']) => boolean): number {
  const scenario = loadScenario(id);
  let hits = 0;
  for (const seed of SEEDS) {
    let state = startRun(scenario, seed);
    for (let t = 0; t < turns; t++) {
      state = playTurn(state);
      if (reached(state.world)) {
        hits++;
        break;
      }
    }
  }
  return hits / SEEDS.length;
}

describe('what the model says about the scenarios', () => {
  it('in inf-2019 the INF Treaty usually dies within the first year (US notice of February 2019, Egmont 106 Introduction)', () => {
    expect(shareReaching('inf-2019', 4, (w) => w.treaties.inf.defunct)).toBeGreaterThan(0.9);
  });

  // The design brief's sanity check: the historical dual track usually ends in an INF-like treaty.
  it('in dual-track-1979 the US and the USSR usually sign an INF-like treaty within the scenario', () => {
    const turns = loadScenario('dual-track-1979').turns;
    expect(shareReaching('dual-track-1979', turns, (w) => w.treaties.inf.exists)).toBeGreaterThan(0.5);
  });
});
