import type { ResourceLimits } from 'node:worker_threads';

/**
 * The V8 heap limits of a research worker thread.
 *
 * Why: left to the defaults, which V8 sizes from the machine's memory (a 4 GB old space on 16 GB or
 * more), a worker lets its old space grow to four times its ~15 MB of live objects before a full
 * collection, and keeps the pages it grew into. Over the first few thousand runs each worker of a
 * batch grew to about 90 MB, most of the batch's peak RSS, which is why the peak rose with the runs
 * until it levelled off above 300 MB. With an old space of at most 2 GB V8 grows it by less (at 1 GB:
 * 1.6 times the live objects, or 16 MB if that is more), so a worker stays near 60 MB however many runs
 * it plays. 1 GB is still far above what a worker holds (its job and a batch or two of results), and
 * what V8 gives a machine with 4 GB anyway. The young generation keeps its default: smaller semi-spaces
 * cost more time in scavenges than they save in memory.
 *
 * The limits change only when the garbage is collected, never a result: a worker's output depends on
 * its job and its seeds alone.
 *
 * The cost: more full collections. Measured on 2 shared cores, 10,000 runs with 2 workers ran at
 * 76-88 runs/s against 95-104 before (peak RSS 270 MiB against 346); 1,000 runs showed no difference.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };
