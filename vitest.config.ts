import { defineConfig } from 'vitest/config';

// Three projects, one per kind of story: `npm run test:unit` (pure code, seconds, no database),
// `test:integration` (real databases, real git repositories) and `test:e2e` (the bundled dist/
// and the CLI as processes). `npm test` runs all three.
export default defineConfig({
  test: {
    // Integration tests build real databases; the machine has two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // Runs (and the CLIs they spawn) build every database: a fixture cache in ~/.cache would make
    // one test's outcome depend on another's. The cache's own tests turn it on with a directory.
    env: { PG_PLAN_GATE_NO_CACHE: '1' },
    coverage: { provider: 'v8', include: ['src/**/*.ts'], reporter: ['text-summary', 'html'], reportsDirectory: '.tmp/coverage' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // @actions/github reads the event when it is imported and @actions/core keeps the summary's path:
      // inlined, a test's vi.resetModules() gives each run its own.
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], server: { deps: { inline: ['@actions/github', '@actions/core'] } } },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
