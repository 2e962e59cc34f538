import type { Scenario } from '../../model/index.js';
import { runCsvColumns } from '../csv.js';
import { ResearchError } from '../errors.js';
import { ENGINE, type ResearchManifest, type SeriesManifest } from '../manifest.js';
import { worldOutcomes } from '../outcomes.js';
import type { Plan } from '../plan.js';
import type { SeedRange } from '../pool.js';
import type { SweepValue } from '../sweep.js';
import type { Override } from '../../scenario/index.js';
import type { DesignSpec } from './designJob.js';
import type { DesignManifest } from './designManifest.js';
import { checkPointCount, designPoints, pointCount } from './points.js';
import { pointScenario, type BaseDocument } from './pointScenario.js';

/** A scenario as a design needs it: built (for its id, start and outcomes) and as its validated document. */
export interface DesignArm {
  readonly scenario: Scenario;
  readonly document: BaseDocument;
}

/** What `design` or `sensitivity` asks for. */
export interface DesignPlanInput {
  readonly base: DesignArm;
  /** A variant each point also plays: its outputs become differences (variant - base). */
  readonly variant?: DesignArm;
  readonly design: Omit<DesignManifest, 'points'>;
  readonly seeds: SeedRange;
  readonly turns: number;
}

/**
 * The manifest and job of a design. Every point's scenario is built once here, so a path or a value
 * the scenario refuses is a ResearchError before any run, and so is a point that changes which
 * regimes the scenario has (its outcomes could not be compared).
 */
export function makeDesignPlan(input: DesignPlanInput): Plan {
  const count = pointCount(input.design);
  checkPointCount(count, input.seeds.count);
  const design: DesignManifest = { ...input.design, points: count };
  const { values } = designPoints(design);
  const arms = input.variant ? [input.base, input.variant] : [input.base];
  // The outcomes are the base's, as in compare (a variant's missing regime reads 0); a parameter
  // must not change which regimes an arm has.
  const outcomes = worldOutcomes(input.base.scenario);
  const expected = arms.map((arm) => JSON.stringify(worldOutcomes(arm.scenario)));
  const paths = design.parameters.map((p) => p.path);
  for (const overrides of checkedPoints(design, values)) {
    for (const [a, arm] of arms.entries()) {
      if (JSON.stringify(worldOutcomes(pointScenario(arm.document, overrides))) !== expected[a]) {
        throw new ResearchError(`the point ${overrides.map((o) => `${o.path}=${o.value}`).join(', ')} changes which regimes ${arm.scenario.id} has, so outcomes could not be compared; vary a figure instead`);
      }
    }
  }
  const labels = input.variant ? ['base', 'variant'] : [input.base.scenario.id];
  const series: SeriesManifest[] = arms.map((arm, i) => ({ label: labels[i], scenario: { id: arm.scenario.id, sha256: arm.scenario.sha256, chain: arm.scenario.chain ?? [] }, start: arm.scenario.start }));
  const manifest: ResearchManifest = {
    kind: 'design',
    engine: ENGINE,
    series,
    seeds: input.seeds,
    turns: input.turns,
    columns: ['point', ...paths, ...(input.variant ? ['arm'] : []), ...runCsvColumns(input.base.scenario.rules.actorIds), ...outcomes.map((o) => o.id)],
    outcomes,
    design,
  };
  const spec: DesignSpec = {
    arms: arms.map((a) => a.document), armLabels: labels, paths, values,
    runs: input.seeds.count, seedFrom: input.seeds.from, turns: input.turns, outcomes,
  };
  return { manifest, job: { kind: 'design', spec } };
}

/**
 * The points to build before any run, so that a value the scenario refuses is reported at once: a
 * file's points all; for a grid or a sample, the first point, and each parameter at each of its
 * levels (a grid) or at both ends of its range, the others at the first point's values. Every
 * value a sampled design takes lies within those ends; building each of a million points would take
 * minutes before the first run.
 */
function checkedPoints(design: DesignManifest, values: ReadonlyArray<readonly SweepValue[]>): Override[][] {
  const paths = design.parameters.map((p) => p.path);
  const point = (v: readonly SweepValue[]) => paths.map((path, i) => ({ path, value: v[i] }));
  if (design.method === 'from') return values.map(point);
  const first = values[0];
  const variants = design.parameters.flatMap((p, i) => {
    const levels = design.method === 'grid' ? design.levels![i] : [p.lo!, p.hi!];
    return levels.map((level) => first.map((v, j) => (j === i ? level : v)));
  });
  return [first, ...variants].map(point);
}
