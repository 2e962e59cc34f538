import { designPlayer, type DesignSpec } from './design/designJob.js';
import { runSeed, type JobSpec, type SeedResult } from './job.js';

/** What a research run plays, unit by unit: seeds of series (batch, compare, sweep) or a design's (point, seed) pairs. */
export type Job = { readonly kind: 'seeds'; readonly spec: JobSpec } | { readonly kind: 'design'; readonly spec: DesignSpec };

/** A function that plays one unit of the job (a seed, or a design's unit); the same unit gives the same result in any thread. */
export function unitPlayer(job: Job): (unit: number) => SeedResult {
  return job.kind === 'seeds' ? (seed) => runSeed(job.spec, seed) : designPlayer(job.spec);
}
