/**
 * The appendix of docs/SCENARIOS.md: every shipped scenario over the same seeds, paired comparisons
 * of the variants with their bases, the difference in differences of the paper's §3.2 question, and
 * the diagnostics of bench/scenarioDiagnostics.ts. Prints Markdown on stdout.
 *
 *   npx tsc -p . && node dist/bench/scenarioFigures.js [--seeds 500]
 *
 * Seeds are 1..N in every scenario, so a comparison of two scenarios pairs each seed with itself
 * (the engine's streams are keyed by seed, turn and purpose: common random numbers). Shares and
 * paired intervals use the research commands' statistics (bench/figureFormat.ts), so they match
 * `multipolar batch --summary` and `multipolar compare` on the same seeds.
 */
import { playTurn, startRun, type RunState } from '../src/engine/index.js';
import { treatyHealth, type ActorId, type Scenario, type World } from '../src/model/index.js';
import { mean } from '../src/research/index.js';
import { loadScenario, listScenarioIds } from '../src/scenario/index.js';
import { f1, median, meanSd, paired, pct, share } from './figureFormat.js';
import { diagnostics } from './scenarioDiagnostics.js';

interface RunFigures {
  /** Null when the scenario starts without an INF Treaty in force (dual-track-1979). */
  readonly infDeadInYear1: boolean | null;
  /** Turn (1-based) a proposal banning ground-launched intermediate-range missiles was signed, or null. */
  readonly agreementTurn: number | null;
  readonly agreementId: string | null;
  /** The strategic cap of the era (New START, SALT II) still in force after its first expiry date, i.e. extended. */
  readonly strategicCapExtended: boolean;
  readonly strategicCapAlive: boolean;
  readonly escalation: number;
  readonly levelAtEnd: string;
  readonly reachedSevereCrisis: boolean;
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
  /** China became a party to the European moratorium (whose required parties are Russia and NATO); null without one. */
  readonly chinaInEuroMoratorium: boolean | null;
  /** The European moratorium entered into force without the US, while US ground-launched missiles stood in Europe; null without one. */
  readonly usMissilesOutsideMoratorium: boolean | null;
  /** A round of talks lifted a sanction imposed by an actor that was only invited to it (it chose another action that turn). */
  readonly sanctionLiftedForBystander: boolean;
  /** A regime entering into force cut China's ground-launched missiles in Asia (a European ban must not); null without China. */
  readonly chinaAsiaScrapped: boolean | null;
  /** The agreement that was signed is dead again at the end (withdrawn from after a breach). */
  readonly agreementUndone: boolean;
}

const proposals = (s: Scenario) => Object.values(s.world.treaties).filter((t) => !t.exists && t.bans.includes('groundLaunchedIntermediate')).map((t) => t.id);
// The cap on strategic arsenals of each era: New START (2019) or SALT II (1979).
const strategicCap = (w: World) => w.treaties.newStart ?? w.treaties.saltII;
const sanctionKey = (s: { by: ActorId; on: ActorId }) => `${s.by}>${s.on}`;

function runFigures(scenario: Scenario, seed: number): RunFigures {
  const watched = proposals(scenario);
  const capExpiry = strategicCap(scenario.world)?.expiresTurn ?? null;
  let state: RunState = startRun(scenario, seed);
  let agreementTurn: number | null = null;
  let agreementId: string | null = null;
  let saturationTurn: number | null = null;
  let infDeadInYear1: boolean | null = scenario.world.treaties.inf?.exists ? false : null;
  let strategicCapExtended = false;
  let reachedSevereCrisis = false;
  let usMissilesOutsideMoratorium: boolean | null = scenario.world.treaties.euroMoratorium ? false : null;
  let sanctionLiftedForBystander = false;
  let chinaAsiaScrapped: boolean | null = scenario.actors.china ? false : null;
  const negotiate: Partial<Record<ActorId, number>> = {};
  const deploy: Partial<Record<ActorId, number>> = {};
  for (let t = 1; t <= scenario.turns; t++) {
    const before = state.world;
    state = playTurn(state);
    const { world } = state;
    const turn = state.turns[t - 1];
    for (const [actor, action] of Object.entries(turn.actions) as Array<[ActorId, { type: string }]>) {
      if (action.type === 'negotiate') negotiate[actor] = (negotiate[actor] ?? 0) + 1 / scenario.turns;
      if (action.type === 'deploy') deploy[actor] = (deploy[actor] ?? 0) + 1 / scenario.turns;
    }
    if (agreementTurn === null) {
      const signed = watched.find((id) => world.treaties[id].exists);
      if (signed) [agreementTurn, agreementId] = [t, signed];
    }
    if (saturationTurn === null && world.tension.us.russia >= 0.95) saturationTurn = t;
    if (t === 4 && infDeadInYear1 !== null) infDeadInYear1 = world.treaties.inf.defunct;
    // A regime lapses as the turn of its expiry resolves (world.turn === expiresTurn, record turn expiresTurn + 1).
    if (capExpiry !== null && t === capExpiry + 1) strategicCapExtended = !strategicCap(world).defunct;
    if (turn.indices.escalation >= 60) reachedSevereCrisis = true;
    const mora = world.treaties.euroMoratorium;
    if (mora && before.treaties.euroMoratorium.parties.nato === 'signed' && mora.parties.nato === 'inForce') {
      usMissilesOutsideMoratorium = mora.parties.us === undefined && world.forces.us.groundLaunchedIntermediate.europe > 0;
    }
    const after = new Set(world.sanctions.map(sanctionKey));
    if (before.sanctions.some((s) => !after.has(sanctionKey(s)) && turn.actions[s.by]?.type !== 'negotiate')) sanctionLiftedForBystander = true;
    if (chinaAsiaScrapped === false && world.forces.china.groundLaunchedIntermediate.asia < before.forces.china.groundLaunchedIntermediate.asia
      && turn.events.some((e) => e.type === 'treaty.inForce')) chinaAsiaScrapped = true;
  }
  const end = state.turns[state.turns.length - 1].indices;
  const w = state.world;
  return {
    infDeadInYear1, agreementTurn, agreementId, saturationTurn, strategicCapExtended,
    strategicCapAlive: strategicCap(w) ? !strategicCap(w).defunct : false,
    escalation: end.escalation, levelAtEnd: end.escalationLevel, reachedSevereCrisis, treatyErosion: end.treatyErosion,
    natoCohesion: end.natoCohesion, armsRace: end.armsRace,
    westernGliInEurope: w.forces.us.groundLaunchedIntermediate.europe + w.forces.nato.groundLaunchedIntermediate.europe,
    negotiateShare: negotiate, deployShare: deploy,
    health: Object.fromEntries(Object.values(w.treaties).filter((t) => t.exists).map((t) => [t.id, treatyHealth(scenario.rules, t)])),
    chinaInEuroMoratorium: w.treaties.euroMoratorium ? w.treaties.euroMoratorium.parties.china !== undefined : null,
    usMissilesOutsideMoratorium, sanctionLiftedForBystander, chinaAsiaScrapped,
    agreementUndone: agreementId !== null && w.treaties[agreementId].defunct,
  };
}

function mainTable(figures: ReadonlyMap<string, RunFigures[]>, n: number): string[] {
  const out = [
    '| scenario | INF dead by end of year 1 | INF-like agreement signed | median turn signed | strategic cap extended past its expiry | strategic cap alive at end | escalation at end | level at end: competition / crisis / severe crisis or worse | reached severe crisis | treaty erosion at end | NATO cohesion at end | arms race at end | western GLI units in Europe at end | US-Russia tension at 0.95 (share, median turn) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [id, runs] of figures) {
    const k = (p: (r: RunFigures) => boolean) => runs.filter(p).length;
    const signedTurns = runs.flatMap((r) => (r.agreementTurn === null ? [] : [r.agreementTurn]));
    const sat = runs.flatMap((r) => (r.saturationTurn === null ? [] : [r.saturationTurn]));
    const ms = (p: (r: RunFigures) => number) => meanSd(runs.map(p));
    const infDead = runs[0].infDeadInYear1 === null ? '-' : share(k((r) => r.infDeadInYear1 === true), n);
    const levels = ['competition', 'crisis'].map((l) => pct(k((r) => r.levelAtEnd === l) / n)).concat(pct(k((r) => r.escalation >= 60) / n)).join(' / ');
    out.push(`| ${id} | ${infDead} | ${share(signedTurns.length, n)} | ${f1(median(signedTurns))} | ${share(k((r) => r.strategicCapExtended), n)} | ${share(k((r) => r.strategicCapAlive), n)} | ${ms((r) => r.escalation)} | ${levels} | ${share(k((r) => r.reachedSevereCrisis), n)} | ${ms((r) => r.treatyErosion)} | ${ms((r) => r.natoCohesion)} | ${ms((r) => r.armsRace)} | ${ms((r) => r.westernGliInEurope)} | ${pct(sat.length / n)}, ${f1(median(sat))} |`);
  }
  return out;
}

function behaviour(figures: ReadonlyMap<string, RunFigures[]>, n: number): string[] {
  const out = ['', 'Which agreement was signed, where one was:', ''];
  for (const [id, runs] of figures) {
    const counts: Record<string, number> = {};
    for (const r of runs) if (r.agreementId) counts[r.agreementId] = (counts[r.agreementId] ?? 0) + 1;
    const undone = runs.filter((r) => r.agreementUndone).length;
    out.push(`- ${id}: ${Object.entries(counts).map(([t, c]) => `${t} ${c}`).join(', ') || 'none'}; dead again at the end: ${undone}`);
  }
  out.push('', 'Share of turns each actor spends negotiating / deploying (mean over runs):', '');
  out.push('| scenario | us | russia | china | nato | eu |', '|---|---|---|---|---|---|');
  for (const [id, runs] of figures) {
    const cell = (a: ActorId) => (runs.every((r) => r.negotiateShare[a] === undefined && r.deployShare[a] === undefined)
      ? '-' : `${pct(mean(runs.map((r) => r.negotiateShare[a] ?? 0)))} / ${pct(mean(runs.map((r) => r.deployShare[a] ?? 0)))}`);
    out.push(`| ${id} | ${(['us', 'russia', 'china', 'nato', 'eu'] as const).map(cell).join(' | ')} |`);
  }
  const regimes = [...new Set([...figures.values()].flatMap((runs) => runs.flatMap((r) => Object.keys(r.health))))].sort();
  out.push('', 'Health of each regime at the end (its parties\' statuses times its integrity, 0..1; mean over runs, counting 0 where a proposal was not signed; - where it never exists):', '');
  out.push(`| scenario | ${regimes.join(' | ')} |`, `|---|${regimes.map(() => '---').join('|')}|`);
  for (const [id, runs] of figures) {
    out.push(`| ${id} | ${regimes.map((t) => (runs.some((r) => t in r.health) ? mean(runs.map((r) => r.health[t] ?? 0)).toFixed(2) : '-')).join(' | ')} |`);
  }
  out.push('', 'Artefacts of the model (share of runs):', '');
  for (const [id, runs] of figures) {
    const k = (p: (r: RunFigures) => boolean | null) => (p(runs[0]) === null ? '-' : share(runs.filter((r) => p(r) === true).length, n));
    out.push(`- ${id}: China a party to the European moratorium ${k((r) => r.chinaInEuroMoratorium)}; the moratorium in force without the US while US missiles stand in Europe ${k((r) => r.usMissilesOutsideMoratorium)}; a sanction lifted by a round of talks its imposer was only invited to ${k((r) => r.sanctionLiftedForBystander)}; China's ground-launched missiles in Asia cut by a regime entering into force ${k((r) => r.chinaAsiaScrapped)}.`);
  }
  return out;
}

const METRICS: Array<[string, (r: RunFigures) => number]> = [
  ['agreement signed (share)', (r) => (r.agreementTurn === null ? 0 : 1)],
  ['escalation at end', (r) => r.escalation], ['treaty erosion at end', (r) => r.treatyErosion],
  ['NATO cohesion at end', (r) => r.natoCohesion], ['arms race at end', (r) => r.armsRace],
];

function comparisons(figures: ReadonlyMap<string, RunFigures[]>): string[] {
  const pairs: Array<[string, string]> = [
    ['revised-dual-track', 'inf-2019'], ['bipolar-dual-track', 'bipolar-2019'], ['bipolar-2019', 'inf-2019'],
    ['multilateral-inf', 'inf-2019'], ['eu-three-lines', 'inf-2019'],
  ];
  const diffs = (a: string, b: string, metric: (r: RunFigures) => number) => figures.get(a)!.map((r, j) => metric(r) - metric(figures.get(b)![j]));
  const out = ['', 'Paired differences (variant minus base, same seeds), mean [95% bootstrap interval]:', ''];
  out.push(`| variant - base | ${METRICS.map(([m]) => m).join(' | ')} |`, `|---|${METRICS.map(() => '---').join('|')}|`);
  for (const [a, b] of pairs) out.push(`| ${a} - ${b} | ${METRICS.map(([, m]) => paired(diffs(a, b, m))).join(' | ')} |`);
  out.push('', "The paper's test (§3.2), as a difference in differences: the dual track's effect with China minus its effect without China.", '');
  out.push(`| difference in differences | ${METRICS.map(([m]) => m).join(' | ')} |`, `|---|${METRICS.map(() => '---').join('|')}|`);
  out.push(`| (revised-dual-track - inf-2019) - (bipolar-dual-track - bipolar-2019) | ${METRICS.map(([, m]) => {
    const bi = diffs('bipolar-dual-track', 'bipolar-2019', m);
    return paired(diffs('revised-dual-track', 'inf-2019', m).map((d, j) => d - bi[j]));
  }).join(' | ')} |`);
  return out;
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
  const out = [`Seeds 1..${n}; each run lasts the scenario's length. Shares with Wilson 95% intervals; means with (sd).`, ''];
  out.push(...mainTable(figures, n), ...behaviour(figures, n), ...comparisons(figures), '', ...diagnostics(seeds));
  process.stdout.write(out.join('\n') + '\n');
}

main();
