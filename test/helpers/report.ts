import type { Comparison } from '../../src/compare/comparison.ts';
import type { Report } from '../../src/report/report.ts';

/** A comparison as the report the renderers get: main → feature/login on the embedded engine. */
export function reportOf(comparison: Comparison): Report {
  return {
    version: 1,
    verdict: comparison.verdict,
    config: 'pg-plan-gate.yml',
    base: { ref: 'main', sha: '0123456789abcdef0123456789abcdef01234567' },
    head: { ref: 'feature/login', sha: 'fedcba9876543210fedcba9876543210fedcba98' },
    engine: { kind: 'embedded', serverVersion: '18.6' },
    queries: comparison.queries,
    endpoints: comparison.endpoints,
    productionStatistics: null,
    findings: comparison.findings,
    warnings: [],
    planner: {},
    build: { base: 'fresh', head: 'fresh' },
    ignored: 0,
    skipped: [],
    timings: { totalMs: 1234 },
  };
}
