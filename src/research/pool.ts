import { Worker } from 'node:worker_threads';
import type { SeedResult } from './job.js';
import { unitPlayer, type Job } from './unit.js';
import { workerFile } from './workerFile.js';
import { WORKER_RESOURCE_LIMITS } from './workerHeap.js';
import type { TaskMessage } from './worker.js';

/** Seeds (or a design's units) from..from+count-1. */
export interface SeedRange {
  readonly from: number;
  readonly count: number;
}

export interface PoolOptions {
  /** Worker threads; 1 runs in this thread. */
  readonly workers: number;
  /** Called with each unit's result, strictly in order. */
  readonly onResult: (result: SeedResult) => void;
  /** Called after each result with the number of seeds done. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Play every unit of `range` (seeds, or a design's (point, seed) pairs) and hand the results over in
 * order, whatever the number of workers.
 * Workers take small batches of seeds; a batch that finishes early waits in a bounded reorder buffer,
 * and no new batch is sent more than a few batches ahead of the oldest unfinished one, so memory
 * stays flat however many seeds there are.
 */
export async function runUnits(job: Job, range: SeedRange, options: PoolOptions): Promise<void> {
  const { workers, onResult, onProgress } = options;
  if (workers <= 1 || range.count <= 1) {
    const play = unitPlayer(job);
    for (let i = 0; i < range.count; i++) {
      onResult(play(range.from + i));
      onProgress?.(i + 1);
      // Let signals (Ctrl-C) and the progress bar through between runs.
      await yieldToLoop();
    }
    return;
  }
  const threads = Math.min(workers, range.count);
  const batch = Math.max(1, Math.min(16, Math.ceil(range.count / (threads * 16))));
  const tasks = Math.ceil(range.count / batch);
  const window = threads * 4;
  const file = workerFile();
  const pool = Array.from({ length: threads }, () => new Worker(file, { workerData: { job }, resourceLimits: WORKER_RESOURCE_LIMITS }));
  try {
    await new Promise<void>((resolve, reject) => {
      const done = new Map<number, SeedResult[]>();
      let sent = 0;
      let emitted = 0;
      let seedsDone = 0;
      const send = (worker: Worker) => {
        if (sent >= tasks || sent >= emitted + window) return false;
        const from = range.from + sent * batch;
        const msg: TaskMessage = { task: sent, from, count: Math.min(batch, range.from + range.count - from) };
        worker.postMessage(msg);
        sent++;
        return true;
      };
      // Two batches in flight per worker, so a worker never waits for the main thread between them.
      const inFlight = new Map(pool.map((w) => [w, 0]));
      const topUp = () => {
        for (const w of pool) while (inFlight.get(w)! < 2 && send(w)) inFlight.set(w, inFlight.get(w)! + 1);
      };
      for (const worker of pool) {
        worker.on('message', (msg: { task: number; results: SeedResult[] }) => {
          inFlight.set(worker, inFlight.get(worker)! - 1);
          done.set(msg.task, msg.results);
          try {
            while (done.has(emitted)) {
              for (const r of done.get(emitted)!) {
                onResult(r);
                onProgress?.(++seedsDone);
              }
              done.delete(emitted);
              emitted++;
            }
          } catch (e) {
            reject(e);
            return;
          }
          if (emitted === tasks) resolve();
          else topUp();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (emitted < tasks) reject(new Error(`a worker thread stopped (exit code ${code}) before the batch was done`));
        });
      }
      topUp();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** Resolve on the next turn of the event loop. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
