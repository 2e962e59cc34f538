/**
 * The worker-thread entry of a research run: it receives the job once (workerData) and then
 * batches of units (seeds, or a design's (point, seed) pairs), and answers each batch with its
 * results, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unitPlayer, type Job } from './unit.js';

/** A batch of seeds sent to a worker. */
export interface TaskMessage {
  readonly task: number;
  readonly from: number;
  readonly count: number;
}

const play = unitPlayer((workerData as { job: Job }).job);

parentPort!.on('message', (msg: TaskMessage) => {
  const results = [];
  for (let i = 0; i < msg.count; i++) results.push(play(msg.from + i));
  const buffers = results.flatMap((r) => r.trajectories.flatMap((t) => [t.values.buffer, t.flags.buffer]));
  parentPort!.postMessage({ task: msg.task, results }, buffers as ArrayBuffer[]);
});
