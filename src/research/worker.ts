/**
 * The worker-thread entry of a research run: it receives the job spec once (workerData) and then
 * batches of seeds, and answers each batch with its results, in seed order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSeed, type JobSpec } from './job.js';

/** A batch of seeds sent to a worker. */
export interface TaskMessage {
  readonly task: number;
  readonly from: number;
  readonly count: number;
}

const spec = (workerData as { spec: JobSpec }).spec;

parentPort!.on('message', (msg: TaskMessage) => {
  const results = [];
  for (let i = 0; i < msg.count; i++) results.push(runSeed(spec, msg.from + i));
  const buffers = results.flatMap((r) => r.trajectories.flatMap((t) => [t.values.buffer, t.flags.buffer]));
  parentPort!.postMessage({ task: msg.task, results }, buffers as ArrayBuffer[]);
});
