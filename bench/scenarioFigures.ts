/**
 * The figures of docs/SCENARIOS.md: every shipped scenario over the same seeds, and paired
 * comparisons of the variants with their bases. Prints Markdown on stdout.
 *
 *   npx tsc -p . && node dist/bench/scenarioFigures.js [--seeds 500]
 *
 * Seeds are 1..N in every scenario, so a comparison of two scenarios pairs each seed with itself
 * (the engine's streams are keyed by seed, turn and purpose: common random numbers).
 */
import { playTurn, startRun, type RunState, type TurnInput } from '../src/engine/index.js';
import { loadScenario, listScenarioIds } from '../src/scenario/index.js';
import { defaultPartners, treatyHealth, type Action, type ActorId, type Scenario, type World } from '../src/model/index.js';

interface RunFigures {
  /** Null when the scenario starts without an INF Treaty in force (dual-track-1979). */
  readonly infDeadInYear1: boolean | null;
  /** Turn (1-based) a proposal banning ground-launched intermediate-range missiles was signed, or null. */
  readonly agreementTurn: number | null;
  readonly agreementId: string | null;
  readonly strategicCapAlive: boolean;
  readonly escalation: number;
  readonly severeOrWorse: boolean;
  readonly treatyErosion: number;
  readonly natoCohesion: number;
  readonly armsRace: number;
  readonly westernGliInEurope: number;
  /** First turn US-Russia tension reached 0.95, or null. */
  readonly saturationTurn: number | null;
  readonly negotiateShare: Partial<Record<ActorId, number>>;
  readonly deployShare: Partial<Record<ActorId, number>>;
  /** Health (statuses times integrity, 0..1) of each regime that exists at the end. */
  readonly health: Readonly<Record<string, number>>;
}

const proposals = (s: Scenario) => Object.values(s.world.treaties).filter((t) => !t.exists && t.bans.includes('groundLaunchedIntermediate')).map((t) => t.id);
// The cap on strategic arsenals of each era: New START (2019) or SALT II (1979).
const strategicCap = (w: World) => w.treaties.newStart ?? w.treaties.saltII;

function runFigures(scenario: Scenario, seed: number): RunFigures {
  const watched = proposals(scenario);
  let state: RunState = startRun(scenario, seed);
  let agreementTurn: number | null = null;
  let agreementId: string | null = null;
  let saturationTurn: number | null = null;
  let infDeadInYear1: boolean | null = scenario.world.treaties.inf?.exists ? false : null;
  const negotiate: Partial<Record<ActorId, number>> = {};
  const deploy: Partial<Record<ActorId, number>> = {};
  for (let t = 1; t <= scenario.turns; t++) {
    state = playTurn(state);
    const { world } = state;
    for (const [actor, action] of Object.entries(state.turns[t - 1].actions) as Array<[ActorId, { type: string }]>) {
      if (action.type === 'negotiate') negotiate[actor] = (negotiate[actor] ?? 0) + 1 / scenario.turns;
      if (action.type === 'deploy') deploy[actor] = (deploy[actor] ?? 0) + 1 / scenario.turns;
    }
    if (agreementTurn === null) {
      const signed = watched.find((id) => world.treaties[id].exists);
      if (signed) [agreementTurn, agreementId] = [t, signed];
    }
    if (saturationTurn === null && world.tension.us.russia >= 0.95) saturationTurn = t;
    if (t === 4 && infDeadInYear1 !== null) infDeadInYear1 = world.treaties.inf.defunct;
  }
  const end = state.turns[state.turns.length - 1].indices;
  const w = state.world;
  return {
    infDeadInYear1, agreementTurn, agreementId, saturationTurn,
    strategicCapAlive: strategicCap(w) ? !strategicCap(w).defunct : false,
    escalation: end.escalation, severeOrWorse: end.escalation >= 60, treatyErosion: end.treatyErosion,
    natoCohesion: end.natoCohesion, armsRace: end.armsRace,
    westernGliInEurope: w.forces.us.groundLaunchedIntermediate.europe + w.forces.nato.groundLaunchedIntermediate.europe,
    negotiateShare: negotiate, deployShare: deploy,
    health: Object.fromEntries(Object.values(w.treaties).filter((t) => t.exists).map((t) => [t.id, treatyHealth(t)])),
  };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f1 = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(1));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Wilson 95% interval of a share. */
function wilson(k: number, n: number): string {
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return `${pct(p)} [${pct(Math.max(0, centre - half))}, ${pct(Math.min(1, centre + half))}]`;
}

/** Mean of paired differences with a normal 95% interval. */
function pairedDiff(xs: readonly number[]): string {
  const m = mean(xs);
  const half = (1.96 * sd(xs)) / Math.sqrt(xs.length);
  return `${m >= 0 ? '+' : ''}${m.toFixed(2)} [${(m - half).toFixed(2)}, ${(m + half).toFixed(2)}]`;
}

function main(): void {
  const i = process.argv.indexOf('--seeds');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 500;
  const seeds = Array.from({ length: n }, (_, k) => k + 1);
  const figures = new Map<string, RunFigures[]>();
  for (const id of listScenarioIds()) {
    const scenario = loadScenario(id);
    figures.set(id, seeds.map((seed) => runFigures(scenario, seed)));
    process.stderr.write(`${id}: ${n} runs\n`);
  }

  const out: string[] = [`Seeds 1..${n}; each run lasts the scenario's length. Shares with Wilson 95% intervals; means with (sd).`, ''];
  out.push('| scenario | INF dead by end of year 1 | INF-like agreement signed | median turn signed | strategic cap alive at end | escalation at end | severe crisis or worse at end | treaty erosion at end | NATO cohesion at end | arms race at end | western GLI units in Europe | US-Russia tension at 0.95 (share, median turn) |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [id, runs] of figures) {
    const k = (p: (r: RunFigures) => boolean) => runs.filter(p).length;
    const signedTurns = runs.flatMap((r) => (r.agreementTurn === null ? [] : [r.agreementTurn]));
    const sat = runs.flatMap((r) => (r.saturationTurn === null ? [] : [r.saturationTurn]));
    const ms = (p: (r: RunFigures) => number) => `${f1(mean(runs.map(p)))} (${f1(sd(runs.map(p)))})`;
    const infDead = runs[0].infDeadInYear1 === null ? '-' : wilson(k((r) => r.infDeadInYear1 === true), n);
    out.push(`| ${id} | ${infDead} | ${wilson(signedTurns.length, n)} | ${f1(median(signedTurns))} | ${wilson(k((r) => r.strategicCapAlive), n)} | ${ms((r) => r.escalation)} | ${wilson(k((r) => r.severeOrWorse), n)} | ${ms((r) => r.treatyErosion)} | ${ms((r) => r.natoCohesion)} | ${ms((r) => r.armsRace)} | ${ms((r) => r.westernGliInEurope)} | ${pct(sat.length / n)}, ${f1(median(sat))} |`);
  }

  out.push('', 'Which agreement was signed, where one was:', '');
  for (const [id, runs] of figures) {
    const counts: Record<string, number> = {};
    for (const r of runs) if (r.agreementId) counts[r.agreementId] = (counts[r.agreementId] ?? 0) + 1;
    const text = Object.entries(counts).map(([t, c]) => `${t} ${c}`).join(', ');
    out.push(`- ${id}: ${text || 'none'}`);
  }

  out.push('', 'Share of turns each actor spends negotiating / deploying (mean over runs):', '');
  out.push('| scenario | us | russia | china | nato | eu |', '|---|---|---|---|---|---|');
  for (const [id, runs] of figures) {
    const cell = (a: ActorId) => (runs[0].negotiateShare[a] === undefined && runs.every((r) => r.negotiateShare[a] === undefined && r.deployShare[a] === undefined)
      ? '-' : `${pct(mean(runs.map((r) => r.negotiateShare[a] ?? 0)))} / ${pct(mean(runs.map((r) => r.deployShare[a] ?? 0)))}`);
    out.push(`| ${id} | ${(['us', 'russia', 'china', 'nato', 'eu'] as const).map(cell).join(' | ')} |`);
  }

  const regimes = [...new Set([...figures.values()].flatMap((runs) => runs.flatMap((r) => Object.keys(r.health))))].sort();
  out.push('', 'Health of each regime at the end (its parties\' statuses times its integrity, 0..1; mean over runs, counting 0 where a proposal was not signed; - where it never exists):', '');
  out.push(`| scenario | ${regimes.join(' | ')} |`, `|---|${regimes.map(() => '---').join('|')}|`);
  for (const [id, runs] of figures) {
    out.push(`| ${id} | ${regimes.map((t) => (runs.some((r) => t in r.health) ? mean(runs.map((r) => r.health[t] ?? 0)).toFixed(2) : '-')).join(' | ')} |`);
  }

  const pairs: Array<[string, string]> = [
    ['revised-dual-track', 'inf-2019'], ['bipolar-dual-track', 'bipolar-2019'], ['bipolar-2019', 'inf-2019'],
    ['multilateral-inf', 'inf-2019'], ['eu-three-lines', 'inf-2019'],
  ];
  const metrics: Array<[string, (r: RunFigures) => number]> = [
    ['agreement signed (share)', (r) => (r.agreementTurn === null ? 0 : 1)],
    ['escalation at end', (r) => r.escalation], ['treaty erosion at end', (r) => r.treatyErosion],
    ['NATO cohesion at end', (r) => r.natoCohesion], ['arms race at end', (r) => r.armsRace],
  ];
  out.push('', 'Paired differences (variant minus base, same seeds), mean [95% interval]:', '');
  out.push(`| variant - base | ${metrics.map(([m]) => m).join(' | ')} |`, `|---|${metrics.map(() => '---').join('|')}|`);
  const diffs = (a: string, b: string, metric: (r: RunFigures) => number) => figures.get(a)!.map((r, j) => metric(r) - metric(figures.get(b)![j]));
  for (const [a, b] of pairs) out.push(`| ${a} - ${b} | ${metrics.map(([, m]) => pairedDiff(diffs(a, b, m))).join(' | ')} |`);
  out.push('', "The paper's test (§3.2), as a difference in differences: the dual track's effect with China minus its effect without China.", '');
  out.push(`| difference in differences | ${metrics.map(([m]) => m).join(' | ')} |`, `|---|${metrics.map(() => '---').join('|')}|`);
  out.push(`| (revised-dual-track - inf-2019) - (bipolar-dual-track - bipolar-2019) | ${metrics.map(([, m]) => {
    const multi = diffs('revised-dual-track', 'inf-2019', m);
    const bi = diffs('bipolar-dual-track', 'bipolar-2019', m);
    return pairedDiff(multi.map((d, j) => d - bi[j]));
  }).join(' | ')} |`);
  out.push('', ...diagnostics(seeds));
  process.stdout.write(out.join('\n') + '\n');
}

/** Share of seeds whose run reaches `done` within the scenario's length, with the median turn; `orders` may force choices. */
function reaching(scenario: Scenario, seeds: readonly number[], done: (w: World) => boolean, orders?: (s: RunState) => TurnInput['orders']): string {
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
  return `${wilson(turns.length, seeds.length)}, median turn ${f1(median(turns))}`;
}

const negotiating = (treaty: string, actors: readonly ActorId[]) => (s: RunState) =>
  Object.fromEntries(actors.map((a): [ActorId, Action] => [a, { type: 'negotiate', treaty, partners: defaultPartners(s.world, a, treaty, s.present) }]));

/** Share of the US's and Russia's turns spent deploying hypersonic systems. */
function hypersonicShare(scenario: Scenario, seeds: readonly number[]): number {
  let hits = 0;
  for (const seed of seeds) {
    let state = startRun(scenario, seed);
    for (let t = 0; t < scenario.turns; t++) state = playTurn(state);
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

/** Why the model says what it says: forced choices and sensitivity checks, on the same seeds. */
function diagnostics(seeds: readonly number[]): string[] {
  const out = ['Diagnostics (same seeds):', ''];
  const dual = loadScenario('dual-track-1979');
  const infSigned = (w: World) => w.treaties.inf.exists;
  const confrontational = seeds.filter((seed) => playTurn(startRun(dual, seed)).turns[0].states.us?.posture === 'confrontational').length;
  out.push(`- dual-track-1979, US posture after observing the first turn: confrontational in ${wilson(confrontational, seeds.length)} of runs.`);
  out.push(`- dual-track-1979 as computer-played: INF signed in ${reaching(dual, seeds, infSigned)}.`);
  out.push(`- dual-track-1979, share of US and USSR turns spent deploying hypersonic systems, which did not exist in the 1980s: ${pct(hypersonicShare(dual, seeds))}.`);
  out.push(`- dual-track-1979 with the US and the USSR ordered to negotiate INF every turn (NATO free): signed in ${reaching(dual, seeds, infSigned, negotiating('inf', ['us', 'russia']))}.`);
  const fewer = altered(dual, (s) => Object.assign(s.world.forces.russia.groundLaunchedIntermediate, { europe: 3, asia: 1 }));
  out.push(`- sensitivity, SS-20 force counted as SS-20s only (3 units in Europe, 1 in Asia instead of 8 and 2): INF signed in ${reaching(fewer, seeds, infSigned)}.`);
  const calmer = altered(dual, (s) => {
    for (const [a, b] of [['us', 'russia'], ['russia', 'nato']] as const) s.world.tension[a][b] = s.world.tension[b][a] = 0.45;
  });
  out.push(`- sensitivity, starting US-USSR and USSR-NATO tension 0.45 instead of 0.65: INF signed in ${reaching(calmer, seeds, infSigned)}.`);
  const keen = altered(dual, (s) => {
    for (const a of ['us', 'russia'] as const) s.actors[a]!.doctrine.bias = { negotiate: 0.3 };
  });
  out.push(`- sensitivity, US and USSR doctrines with a +0.3 preference for talks: INF signed in ${reaching(keen, seeds, infSigned)}.`);
  const successor = (w: World) => w.treaties.infMultilateral.exists;
  for (const id of ['inf-2019', 'bipolar-2019']) {
    out.push(`- ${id} with the US and Russia ordered to negotiate the INF successor (infMultilateral) every turn: signed in ${reaching(loadScenario(id), seeds, successor, negotiating('infMultilateral', ['us', 'russia']))}.`);
  }
  return out;
}

main();
