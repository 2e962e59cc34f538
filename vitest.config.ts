import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // End-to-end tests run the compiled CLI (npm test builds it first with tsc).
    testTimeout: 60_000,
    // Child processes: several tests change the working directory (process.chdir), which worker threads cannot.
    pool: 'forks',
    // Vitest's default in `run` mode is one worker fewer than the cores: one worker on a 2-core machine,
    // which left the second core idle while e2e tests waited on their child processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Each file re-importing the engine, the CLI and their dependencies cost about 1.2 s of CPU per file
    // (half the CPU of the model, session and scenario files). The files share one module cache per
    // worker instead; no test relies on fresh module state: the engine's module-level caches are exact
    // memos, and tests restore what they change (spies, fake timers, the working directory) in after hooks.
    isolate: false,
  },
});
