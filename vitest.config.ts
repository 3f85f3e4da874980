import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests build real databases; the machine has two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // Runs (and the CLIs they spawn) build every database: a fixture cache in ~/.cache would make
    // one test's outcome depend on another's. The cache's own tests turn it on with a directory.
    env: { PG_PLAN_GATE_NO_CACHE: '1' },
  },
});
