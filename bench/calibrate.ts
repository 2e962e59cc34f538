/**
 * Calibration of the model's coefficients against the in-sample histories (docs/VALIDATION.md):
 * a Latin hypercube over the coefficients below, each within its documented range, every point
 * scored on the same seeds against history/inf-2019-to-2022.yaml (as-it-happened-2019) and
 * history/dual-track-1979.yaml (dual-track-1979); the best points are then scored again on fresh
 * seeds, so that the winner is not the luck of the first seeds. history/inf-2023-to-2026.yaml is
 * never read here: it is the out-of-sample test.
 *
 *   npm run calibrate -- [--points 240] [--runs 60] [--recheck 8] [--recheck-runs 300] [--workers 2] [--out FILE]
 *
 * The score of a history is the mean, over its events, of the share of runs that agree with it:
 * within two quarters of the real quarter for a dated event, holding for an event that did not
 * happen or an index check. The objective is the mean of the two histories' scores. It prints each
 * point's scores as CSV (to --out) and the best point's coefficients.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_VERSION } from '../src/engine/index.js';
import { compileHistory, readHistory, type CompiledEvent, type History } from '../src/hindcast/load.js';
import { HindcastAccumulator, type HindcastReport } from '../src/hindcast/report.js';
import { HISTORY_DIR } from '../src/cli/commands/hindcast.js';
import { documentedParameters } from '../src/research/design/documented.js';
import { latinHypercube } from '../src/research/design/lhs.js';
import { scaleUnit, type RangedParameter } from '../src/research/design/parameter.js';
import { pointScenario, type BaseDocument } from '../src/research/design/pointScenario.js';
import { runUnits } from '../src/research/pool.js';
import { loadScenario, readScenarioDocument, resolveScenarioRef } from '../src/scenario/index.js';
import type { Override } from '../src/scenario/override.js';

/** The coefficients searched: those the missed events of the first hindcast point at (docs/VALIDATION.md says why each). */
const PATHS = [
  'utility.temperature', 'utility.reputation', 'utility.reciprocity', 'utility.reciprocityTurns', 'utility.outrightWithdrawal',
  'utility.rivalBreach', 'utility.armsControlValue', 'utility.prospects', 'utility.expiringStake', 'utility.threat',
  'utility.pledgeValue', 'utility.testShare', 'utility.testCost', 'utility.announceShare', 'utility.sanctionTension',
  'utility.sanctionCost', 'utility.restraint', 'utility.allianceCost', 'utility.bargaining', 'utility.saturation',
  'utility.irrelevantRegion', 'utility.systemCost.groundLaunchedIntermediate', 'utility.systemCost.hypersonic',
  'utility.posture.competitive.withdraw', 'utility.posture.competitive.declare', 'utility.posture.competitive.negotiate',
  'utility.posture.hedging.declare', 'negotiate.base', 'negotiate.distrust', 'negotiate.passiveAcceptance',
  'tensionRelaxation', 'deploy.basingCohesionThreshold',
].map((p) => `rules.${p}`);

/** The in-sample targets: a scenario, its history, and the turns played (to two quarters past the last event). */
const TARGETS = [
  { scenario: 'as-it-happened-2019', history: 'inf-2019-to-2022', turns: 18 },
  { scenario: 'dual-track-1979', history: 'dual-track-1979', turns: 35 },
] as const;

const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const POINTS = flag('points', 240);
const RUNS = flag('runs', 60);
const RECHECK = flag('recheck', 8);
const RECHECK_RUNS = flag('recheck-runs', 300);
const WORKERS = flag('workers', 2);
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? process.argv[outAt + 1] : 'calibration.csv';
const LHS_SEED = 2026;

interface Target {
  readonly base: BaseDocument;
  readonly history: History;
  readonly turns: number;
  readonly id: string;
}

/** The share of runs that agree with each event of a report, and their mean. */
export function agreement(report: HindcastReport): { score: number; hits: number } {
  const shares = report.events.map((e) => (e.kind === 'timing' ? e.within2! : e.holds!));
  return { score: shares.reduce((s, x) => s + x, 0) / shares.length, hits: report.summary.hits };
}

async function scoreTarget(t: Target, overrides: readonly Override[], from: number, count: number): Promise<{ score: number; hits: number; report: HindcastReport }> {
  const scenario = pointScenario(t.base, overrides);
  const events: CompiledEvent[] = compileHistory(t.history, scenario, t.turns);
  const manifest = {
    engine: { name: 'multipolar' as const, version: ENGINE_VERSION },
    scenario: { id: scenario.id, sha256: scenario.sha256, chain: [] },
    history: { id: t.history.document.id, sha256: t.history.sha256 },
    seeds: { from, count }, turns: t.turns, start: scenario.start,
  };
  const acc = new HindcastAccumulator(manifest, t.history.document, events);
  await runUnits({ kind: 'hindcast', spec: { scenario, turns: t.turns, observables: events.map((e) => e.observable) } }, { from, count }, {
    workers: WORKERS,
    onResult: (r) => acc.add(r.trajectories[0]),
  });
  const report = acc.finish();
  return { ...agreement(report), report };
}

async function scorePoint(targets: readonly Target[], overrides: readonly Override[], from: number, count: number) {
  const parts = [];
  for (const t of targets) parts.push(await scoreTarget(t, overrides, from, count));
  return { objective: parts.reduce((s, p) => s + p.score, 0) / parts.length, parts };
}

async function main(): Promise<void> {
  const targets: Target[] = TARGETS.map((t) => ({
    base: readScenarioDocument(resolveScenarioRef(t.scenario)),
    history: readHistory(join(HISTORY_DIR, `${t.history}.yaml`)),
    turns: t.turns,
    id: t.history,
  }));
  const params: RangedParameter[] = documentedParameters(loadScenario(TARGETS[0].scenario), PATHS);
  const unit = latinHypercube(POINTS, params.length, LHS_SEED);
  // Point 0 is the model as it stands, for reference.
  const points: Override[][] = [[], ...unit.map((u) => params.map((p, k) => ({ path: p.path, value: scaleUnit(u[k], p) })))];
  const header = ['point', 'objective', ...targets.flatMap((t) => [`${t.id}.score`, `${t.id}.hits`]), ...params.map((p) => p.path)];
  const rows: string[] = [header.join(',')];
  const scored: Array<{ point: number; objective: number }> = [];
  const started = Date.now();
  for (let i = 0; i < points.length; i++) {
    const r = await scorePoint(targets, points[i], 1, RUNS);
    scored.push({ point: i, objective: r.objective });
    const values = params.map((p) => points[i].find((o) => o.path === p.path)?.value ?? '');
    rows.push([i, r.objective.toFixed(4), ...r.parts.flatMap((p) => [p.score.toFixed(4), p.hits]), ...values].join(','));
    if (i % 10 === 0 || i === points.length - 1) {
      const best = scored.reduce((a, b) => (b.objective > a.objective ? b : a));
      process.stderr.write(`calibrate: ${i + 1}/${points.length} points, ${((Date.now() - started) / 1000).toFixed(0)} s; best so far point ${best.point} at ${best.objective.toFixed(4)} (point 0, the model as it stands: ${scored[0].objective.toFixed(4)})\n`);
    }
  }
  writeFileSync(OUT, rows.join('\n') + '\n');
  // Score the best points again on seeds none of them was chosen on.
  const top = [...scored].sort((a, b) => b.objective - a.objective || a.point - b.point).slice(0, RECHECK);
  if (!top.some((t) => t.point === 0)) top.push({ point: 0, objective: scored[0].objective });
  process.stderr.write(`calibrate: rechecking points ${top.map((t) => t.point).join(', ')} on seeds 100001-${100000 + RECHECK_RUNS}\n`);
  const rechecked = [];
  for (const t of top) {
    const r = await scorePoint(targets, points[t.point], 100001, RECHECK_RUNS);
    rechecked.push({ point: t.point, first: t.objective, objective: r.objective, parts: r.parts });
    process.stderr.write(`  point ${t.point}: ${t.objective.toFixed(4)} on the first seeds, ${r.objective.toFixed(4)} on fresh ones (${r.parts.map((p, k) => `${targets[k].id} ${p.score.toFixed(3)}, ${p.hits} hits`).join('; ')})\n`);
  }
  const best = rechecked.reduce((a, b) => (b.objective > a.objective ? b : a));
  console.log(JSON.stringify({
    engine: ENGINE_VERSION, points: POINTS, runs: RUNS, recheckRuns: RECHECK_RUNS, lhsSeed: LHS_SEED, best: best.point,
    objective: { firstSeeds: best.first, freshSeeds: best.objective }, reference: rechecked.find((r) => r.point === 0)!.objective,
    coefficients: Object.fromEntries(points[best.point].map((o) => [o.path, o.value])),
  }, null, 2));
}

await main();
