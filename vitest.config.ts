import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // End-to-end tests run the compiled CLI (npm test builds it first with tsc).
    testTimeout: 60_000,
  },
});
