import { DEFAULT_RULES, type Scenario } from '../model/index.js';
import { runCsvColumns } from './csv.js';
import { ResearchError } from './errors.js';
import type { JobSpec } from './job.js';
import { ENGINE, type ResearchManifest, type SeriesManifest } from './manifest.js';
import { worldOutcomes } from './outcomes.js';
import type { SeedRange } from './pool.js';
import type { Job } from './unit.js';

/** What a command asks for: the series' scenarios and labels, the seeds, the length, the settings. */
export interface PlanInput {
  readonly kind: 'batch' | 'compare' | 'sweep';
  readonly scenarios: readonly Scenario[];
  /** One label per series: for a sweep, the value's text. */
  readonly labels: readonly string[];
  /** A sweep's values, one per series. */
  readonly values?: ReadonlyArray<string | number | boolean>;
  readonly seeds: SeedRange;
  readonly turns: number;
  readonly compare?: ResearchManifest['compare'];
  readonly sweep?: ResearchManifest['sweep'];
}

/** A research run ready to execute: its manifest and what each thread needs to play a seed. */
export interface Plan {
  readonly manifest: ResearchManifest;
  readonly job: Job;
}

/**
 * Pure: the manifest and job spec of a research run. The outcomes are the first series' (the base of
 * a comparison); a sweep whose values change which regimes the scenario has is refused, since its
 * outcomes could not be compared.
 */
export function makePlan(input: PlanInput): Plan {
  const outcomes = worldOutcomes(input.scenarios[0]);
  // One column per actor: every series must have the same actors to share a table.
  const actorIds = input.scenarios[0].rules.actorIds;
  input.scenarios.forEach((s, i) => {
    // The summaries score the escalation ladder's default bounds (outcomes.ts): a moved bound would be misread.
    if (JSON.stringify(s.rules.ladder) !== JSON.stringify(DEFAULT_RULES.ladder)) {
      throw new ResearchError(`${input.labels[i]} moves the escalation ladder's bounds (rules.ladder); research summaries score the default bounds, so vary the escalation index's coefficients instead`);
    }
    if (s.rules.actorIds.join(',') !== actorIds.join(',')) {
      throw new ResearchError(`${input.labels[i]} has actors ${s.rules.actorIds.join(', ')}, ${input.labels[0]} has ${actorIds.join(', ')}: series with different actors cannot share one table`);
    }
  });
  if (input.kind === 'sweep') {
    input.scenarios.forEach((s, i) => {
      if (JSON.stringify(worldOutcomes(s)) !== JSON.stringify(outcomes)) {
        throw new ResearchError(`sweeping ${input.sweep!.param} to ${input.labels[i]} changes which regimes the scenario has, so outcomes could not be compared; sweep a figure instead`);
      }
    });
  }
  const series: SeriesManifest[] = input.scenarios.map((s, i) => ({
    label: input.labels[i],
    scenario: { id: s.id, sha256: s.sha256, chain: s.chain ?? [] },
    start: s.start,
    ...(input.values ? { value: input.values[i] } : {}),
  }));
  const lead = input.kind === 'batch' ? [] : [input.kind === 'compare' ? 'arm' : input.sweep!.param];
  const manifest: ResearchManifest = {
    kind: input.kind,
    engine: ENGINE,
    series,
    seeds: input.seeds,
    turns: input.turns,
    columns: [...lead, ...runCsvColumns(actorIds), ...outcomes.map((o) => o.id)],
    outcomes,
    ...(input.compare ? { compare: input.compare } : {}),
    ...(input.sweep ? { sweep: input.sweep } : {}),
  };
  const spec: JobSpec = {
    scenarios: input.scenarios,
    lead: input.scenarios.map((_, i) => (input.kind === 'batch' ? [] : [input.values ? String(input.values[i]) : input.labels[i]])),
    turns: input.turns,
    outcomes,
  };
  return { manifest, job: { kind: 'seeds', spec } };
}
