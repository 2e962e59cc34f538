import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run fuzz`: the fuzz properties of test/reliability/fuzz with 10,000 cases each for scenario
 * files and for argument lists, 2,000 for variants, and 1,000 for each hostile class (prototype-named
 * ids in scenarios and in saves, deeply nested saves and records, tampered shard heads): 26,000 in
 * all, on fresh random seeds. A failure prints its seed; MULTIPOLAR_FUZZ_SEED=<seed> npm run fuzz replays it.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/reliability/fuzz/**/*.test.ts'],
    env: { MULTIPOLAR_FUZZ_RUNS: '10000' },
    testTimeout: 30 * 60_000,
  },
});
