import { playHindcast, type HindcastSpec } from '../hindcast/job.js';
import { designPlayer, type DesignSpec } from './design/designJob.js';
import { runSeed, type JobSpec, type SeedResult } from './job.js';

/** What a research run plays, unit by unit: seeds of series (batch, compare, sweep), a design's (point, seed) pairs, or a hindcast's seeds. */
export type Job =
  | { readonly kind: 'seeds'; readonly spec: JobSpec }
  | { readonly kind: 'design'; readonly spec: DesignSpec }
  | { readonly kind: 'hindcast'; readonly spec: HindcastSpec };

/** A function that plays one unit of the job (a seed, or a design's unit); the same unit gives the same result in any thread. */
export function unitPlayer(job: Job): (unit: number) => SeedResult {
  switch (job.kind) {
    case 'seeds':
      return (seed) => runSeed(job.spec, seed);
    case 'design':
      return designPlayer(job.spec);
    case 'hindcast':
      return (seed) => playHindcast(job.spec, seed);
  }
}
