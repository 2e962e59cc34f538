import { describe, expect, it } from 'vitest';
import { recordOf, startRun, type RunState } from '../../src/engine/index.js';
import { makeSave, playSavedTurn, restoreSave, type Save, type SavedTurn } from '../../src/engine/save.js';
import { infScenario } from '../fixtures.js';

// Six turns of a class game: NATO and the EU are human teams, one turn has a facilitator's inject.
const INPUTS: SavedTurn[] = [
  { orders: { nato: { type: 'negotiate', treaty: 'euroMoratorium', partners: ['russia'] }, eu: { type: 'hold' } }, injects: [] },
  { orders: { nato: { type: 'deploy', system: 'missileDefence', region: 'europe' }, eu: { type: 'sanction', target: 'china' } }, injects: ['russia-moves-9m729'] },
  { orders: { nato: { type: 'hold' }, eu: { type: 'negotiate', treaty: 'hcoc', partners: ['us', 'russia'] } }, injects: [] },
  { orders: { nato: { type: 'hold' }, eu: { type: 'hold' } }, injects: ['houthi-salvo', 'us-asks-host'] },
  { orders: { nato: { type: 'negotiate', treaty: 'infMultilateral', partners: ['us', 'russia', 'china'] }, eu: { type: 'hold' } }, injects: [] },
  { orders: { nato: { type: 'hold' }, eu: { type: 'deploy', system: 'missileDefence', region: 'europe' } }, injects: [] },
];

function play(state: RunState, inputs: readonly SavedTurn[]): RunState {
  return inputs.reduce(playSavedTurn, state);
}

describe('save and restore', () => {
  it('a game saved after three turns and resumed ends with the same digest as one never interrupted', () => {
    const scenario = infScenario();
    const whole = play(startRun(scenario, 42), INPUTS);
    const firstHalf = play(startRun(scenario, 42), INPUTS.slice(0, 3));
    // Through JSON, as a file would carry it, with the fields of every order in another order.
    const save = JSON.parse(JSON.stringify(makeSave(firstHalf, 'inf-2019', ['nato', 'eu'], INPUTS.slice(0, 3)))) as Save;
    const shuffled: Save = { ...save, turns: save.turns.map((t) => ({ ...t, orders: Object.fromEntries(Object.entries(t.orders).map(([a, o]) => [a, Object.fromEntries(Object.entries(o!).reverse())])) })) } as unknown as Save;
    const restored = restoreSave(scenario, shuffled);
    if ('problem' in restored) throw new Error(restored.problem);
    expect(recordOf(restored).digest).toBe(recordOf(firstHalf).digest);
    expect(recordOf(play(restored, INPUTS.slice(3))).digest).toBe(recordOf(whole).digest);
    expect(whole.turns[1].events.some((e) => e.type === 'inject' && e.text.startsWith('9M729 moved closer'))).toBe(true);
  });

  it('refuses a save whose scenario changed, whose inputs the scenario cannot take, or whose digest is not the replay\'s', () => {
    const scenario = infScenario();
    const state = play(startRun(scenario, 7), INPUTS.slice(0, 2));
    const save = makeSave(state, 'inf-2019', ['nato', 'eu'], INPUTS.slice(0, 2));
    expect(restoreSave({ ...scenario, sha256: '0'.repeat(64) }, save)).toMatchObject({ problem: expect.stringContaining('has changed since the game was saved') });
    expect(restoreSave(scenario, { ...save, turns: [{ orders: {}, injects: ['no-such-inject'] }, save.turns[1]] })).toMatchObject({ problem: 'turn 1: scenario inf-2019 has no inject "no-such-inject"' });
    expect(restoreSave(scenario, { ...save, turns: [{ orders: { us: { type: 'hold' } }, injects: [] }, save.turns[1]] })).toMatchObject({ problem: expect.stringContaining('order for us') });
    expect(restoreSave(scenario, { ...save, seed: 8 })).toMatchObject({ problem: expect.stringContaining('digests differ') });
  });

  it('will not save a game without the inputs of each of its turns', () => {
    const state = play(startRun(infScenario(), 1), INPUTS.slice(0, 2));
    expect(() => makeSave(state, 'inf-2019', [], INPUTS.slice(0, 1))).toThrow(/1 inputs for 2 turns/);
  });
});
