/**
 * Why the model says what docs/SCENARIOS.md reports: forced choices (a team's orders replacing the
 * computer's pick), sensitivity checks on a scenario's figures, and counterfactual events, each on
 * the same seeds as the figures. None of these scenarios is shipped; each is built here in memory.
 */
import { playTurn, startRun, viewOf, type RunState, type TurnInput } from '../src/engine/index.js';
import { defaultPartners, type Action, type ActorId, type Scenario, type World } from '../src/model/index.js';
import { mean } from '../src/research/index.js';
import { loadScenario } from '../src/scenario/index.js';
import { f1, median, paired, pct, share } from './figureFormat.js';

type Orders = (s: RunState) => TurnInput['orders'];

/** Share of seeds whose run reaches `done` within the scenario's length, with the median turn. */
function reaching(scenario: Scenario, seeds: readonly number[], done: (w: World) => boolean, orders?: Orders): string {
  const turns: number[] = [];
  for (const seed of seeds) {
    let state = startRun(scenario, seed);
    for (let t = 1; t <= scenario.turns; t++) {
      state = playTurn(state, { orders: orders?.(state) });
      if (done(state.world)) {
        turns.push(t);
        break;
      }
    }
  }
  return `${share(turns.length, seeds.length)}, median turn ${f1(median(turns))}`;
}

/** The final state of each seed's run of `turns` turns. */
function finals(scenario: Scenario, seeds: readonly number[], turns: number, orders?: Orders): RunState[] {
  return seeds.map((seed) => {
    let state = startRun(scenario, seed);
    for (let t = 0; t < turns; t++) state = playTurn(state, { orders: orders?.(state) });
    return state;
  });
}

/** Share of seeds for which `holds` is true of the world after `turns` turns. */
function shareAfter(scenario: Scenario, seeds: readonly number[], turns: number, holds: (w: World) => boolean, orders?: Orders): string {
  return share(finals(scenario, seeds, turns, orders).filter((s) => holds(s.world)).length, seeds.length);
}

/** Orders for `actors` to negotiate `treaty` with its default partners, on the turns `when` accepts (0-based). */
const negotiating = (treaty: string, actors: readonly ActorId[], when: (turn: number) => boolean = () => true): Orders => (s) =>
  (when(s.world.turn)
    ? Object.fromEntries(actors.map((a): [ActorId, Action] => [a, { type: 'negotiate', treaty, partners: defaultPartners(viewOf(s), a, treaty) }]))
    : undefined);

/** Share of the US's and the USSR's turns spent deploying hypersonic systems. */
function hypersonicShare(scenario: Scenario, seeds: readonly number[]): number {
  let hits = 0;
  for (const state of finals(scenario, seeds, scenario.turns)) {
    for (const turn of state.turns) for (const a of ['us', 'russia'] as const) if (turn.actions[a]?.type === 'deploy' && (turn.actions[a] as { system: string }).system === 'hypersonic') hits++;
  }
  return hits / (2 * seeds.length * scenario.turns);
}

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** A scenario with some of its starting figures changed, for a sensitivity check (never shipped). */
function altered(scenario: Scenario, change: (s: Mutable<Scenario>) => void): Scenario {
  const copy = structuredClone(scenario) as Mutable<Scenario>;
  change(copy);
  copy.world.tensionBaseline = structuredClone(copy.world.tension);
  return copy as Scenario;
}

function dualTrack(seeds: readonly number[]): string[] {
  const dual = loadScenario('dual-track-1979');
  const inf = (w: World) => w.treaties.inf.exists;
  const hold: Orders = () => ({ us: { type: 'hold' }, nato: { type: 'hold' } });
  const fewer = altered(dual, (s) => Object.assign(s.world.forces.russia.groundLaunchedIntermediate, { europe: 3, asia: 1 }));
  const calmer = altered(dual, (s) => {
    for (const [a, b] of [['us', 'russia'], ['russia', 'nato']] as const) s.world.tension[a][b] = s.world.tension[b][a] = 0.45;
  });
  const keen = altered(dual, (s) => {
    for (const a of ['us', 'russia'] as const) s.actors[a]!.doctrine.bias = { negotiate: 0.3 };
  });
  const noGorbachev = altered(dual, (s) => {
    s.events = s.events.filter((e) => e.id !== 'gorbachev');
  });
  return [
    `- dual-track-1979 as computer-played: INF signed in ${reaching(dual, seeds, inf)}.`,
    `- dual-track-1979 with the US and the USSR ordered to negotiate INF every turn (NATO free): signed in ${reaching(dual, seeds, inf, negotiating('inf', ['us', 'russia']))}.`,
    `- dual-track-1979, talks without the deployment track (the US and NATO ordered to negotiate INF every turn, so never deploy; the USSR free): signed in ${reaching(dual, seeds, inf, negotiating('inf', ['us', 'nato']))}.`,
    `- dual-track-1979, neither track (the US and NATO ordered to hold every turn): signed in ${reaching(dual, seeds, inf, hold)}.`,
    `- dual-track-1979 without Gorbachev's arrival (the 1985-Q1 event removed): signed in ${reaching(noGorbachev, seeds, inf)}.`,
    `- sensitivity, SS-20 force counted as SS-20s only (3 units in Europe, 1 in Asia instead of 8 and 2): INF signed in ${reaching(fewer, seeds, inf)}.`,
    `- sensitivity, starting US-USSR and USSR-NATO tension 0.45 instead of 0.65: INF signed in ${reaching(calmer, seeds, inf)}.`,
    `- sensitivity, US and USSR doctrines with a +0.3 preference for talks: INF signed in ${reaching(keen, seeds, inf)}.`,
    `- dual-track-1979, share of US and USSR turns spent deploying hypersonic systems, which did not exist in the 1980s: ${pct(hypersonicShare(dual, seeds))}.`,
  ];
}

function newStart(seeds: readonly number[]): string[] {
  const base = loadScenario('inf-2019');
  // New START lapses as turn 9 (2021-Q1) resolves; alive after it means extended.
  const alive = (w: World) => !w.treaties.newStart.defunct;
  const in2020 = (turn: number) => turn >= 4 && turn <= 7;
  return [
    `- inf-2019, New START still in force after 2021-Q1 (extended): computer-played ${shareAfter(base, seeds, 9, alive)}; the US ordered to negotiate its extension in every quarter of 2020 ${shareAfter(base, seeds, 9, alive, negotiating('newStart', ['us'], in2020))}; the US and Russia both ordered to in 2020-Q4 ${shareAfter(base, seeds, 9, alive, negotiating('newStart', ['us', 'russia'], (t) => t === 7))}.`,
  ];
}

function successor(seeds: readonly number[]): string[] {
  const signed = (w: World) => w.treaties.infMultilateral.exists;
  return ['inf-2019', 'bipolar-2019'].map(
    (id) => `- ${id} with the US and Russia ordered to negotiate the INF successor (infMultilateral) every turn: signed in ${reaching(loadScenario(id), seeds, signed, negotiating('infMultilateral', ['us', 'russia']))}.`,
  );
}

/** The EU's first line (Egmont 106 §3.3) taken literally: each turn, talks on the weakest of the regimes the paper names. */
function euFirstLine(seeds: readonly number[]): string[] {
  const scenario = loadScenario('eu-three-lines');
  const regimes = ['hcoc', 'mtcr', 'osceDialogue', 'npt'];
  const weakest: Orders = (s) => {
    const live = regimes.filter((r) => !s.world.treaties[r].defunct).sort((a, b) => s.world.treaties[a].integrity - s.world.treaties[b].integrity);
    return live.length === 0 ? undefined : { eu: { type: 'negotiate', treaty: live[0], partners: defaultPartners(viewOf(s), 'eu', live[0]) } };
  };
  const freeRuns = finals(scenario, seeds, scenario.turns);
  const orderedRuns = finals(scenario, seeds, scenario.turns, weakest);
  const free = freeRuns.map((s) => s.turns[s.turns.length - 1].indices);
  const ordered = orderedRuns.map((s) => s.turns[s.turns.length - 1].indices);
  const diff = (k: 'treatyErosion' | 'escalation') => paired(ordered.map((x, i) => x[k] - free[i][k]));
  const moratorium = (runs: readonly RunState[]) => share(runs.filter((s) => s.world.treaties.euroMoratorium.exists).length, runs.length);
  return [
    `- eu-three-lines with the EU ordered to negotiate, each turn, the weakest of HCoC, MTCR, OSCE Structured Dialogue and NPT (instead of its own pick, mostly the multilateral INF): treaty erosion at end ${f1(mean(ordered.map((x) => x.treatyErosion)))} against ${f1(mean(free.map((x) => x.treatyErosion)))} (paired ${diff('treatyErosion')}), escalation ${f1(mean(ordered.map((x) => x.escalation)))} against ${f1(mean(free.map((x) => x.escalation)))} (paired ${diff('escalation')}), European moratorium signed ${moratorium(orderedRuns)} against ${moratorium(freeRuns)}.`,
  ];
}

/** Forced choices, sensitivity checks and counterfactual events, as Markdown list lines. */
export function diagnostics(seeds: readonly number[]): string[] {
  return ['Diagnostics (same seeds):', '', ...dualTrack(seeds), ...newStart(seeds), ...successor(seeds), ...euFirstLine(seeds)];
}
