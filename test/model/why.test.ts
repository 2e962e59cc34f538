import { describe, expect, it } from 'vitest';
import { chooserOf, namesOf, playTurn, startRun, viewOf, whyOfTurn } from '../../src/engine/index.js';
import { explain, legalActions, phraseOf, scoreActions, termsSentence, type Names } from '../../src/model/index.js';
import { loadScenario } from '../../src/scenario/index.js';

const names: Names = { actor: (id) => id.toUpperCase(), treaty: (id) => `the ${id}` };

describe('why, in words', () => {
  it('puts the strongest reasons after "because" and the strongest weights against after "holds it back"', () => {
    expect(termsSentence('Russia', 'deploys ground-launched intermediate-range missiles in Europe', [
      { name: 'competitive posture', value: 0.2 },
      { name: 'answers us', value: 0.25 },
      { name: 'cost', value: -0.08 },
      { name: 'doctrine', value: 0.01 },
    ], names)).toBe('Russia deploys ground-launched intermediate-range missiles in Europe because its tension with US, which stands there, calls for an answer and its competitive posture favours it; the cost holds it back a little.');
    expect(termsSentence('EU', 'sanctions RUSSIA', [{ name: 'tension with russia', value: 0.1 }, { name: 'cost', value: -0.12 }, { name: 'reputation', value: -0.4 }], names))
      .toBe('EU sanctions RUSSIA because its tension with RUSSIA runs high; its reputation and the cost hold it back strongly.');
    expect(termsSentence('China', 'holds', [{ name: 'competitive posture', value: 0 }, { name: 'cost', value: -0.2 }], names))
      .toBe('China holds, though the cost holds it back: every other option weighed less, or the draw fell on this one.');
  });

  it('re-scores a computer pick to exactly the terms the run recorded, and knows every term the model gives', () => {
    const unknown = new Set<string>();
    let picks = 0;
    for (const id of ['inf-2019', 'dual-track-1979', 'multilateral-inf', 'revised-dual-track']) {
      const scenario = loadScenario(id);
      for (const seed of [1, 2, 3, 4]) {
        let state = startRun(scenario, seed);
        for (let t = 0; t < 12; t++) {
          const next = playTurn(state);
          const turn = next.turns.at(-1)!;
          const view = viewOf(state);
          for (const actor of state.present) {
            const { by, reason, refused: _r, ...action } = turn.actions[actor]!;
            const chooser = chooserOf(view, actor, turn.states[actor]!);
            const [scored] = scoreActions(view, chooser, [action as never]);
            expect([by, explain(scored)]).toEqual(['computer', reason]);
            // Every term of every legal option, not only the picks', so that a rare term is known too.
            for (const option of scoreActions(view, chooser, legalActions(view, actor))) for (const term of option.terms) if (!phraseOf(term.name, names)) unknown.add(term.name);
            picks++;
          }
          const why = whyOfTurn(state, turn);
          for (const actor of state.present) expect(why[actor]).toMatch(new RegExp(`^${namesOf(state).actor(actor)} .+\\.$`));
          state = next;
        }
      }
    }
    expect(picks).toBeGreaterThan(500);
    expect([...unknown]).toEqual([]);
  });

  it('says a team chose, or that its order was refused', () => {
    const scenario = loadScenario('inf-2019');
    const state = startRun(scenario, 5);
    const next = playTurn(state, { orders: { eu: { type: 'sanction', target: 'china' }, nato: { type: 'sanction', target: 'russia' } } });
    const why = whyOfTurn(state, next.turns[0]);
    expect(why.eu).toBe('EU sanctions China: the team\'s choice.');
    expect(why.nato).toBe("NATO's order was refused (NATO is an alliance, not a sanctioning body; its members sanction through the EU or alone), so it holds.");
  });
});
