import { compare } from '../../src/compare/compare.ts';
import type { Comparison } from '../../src/compare/comparison.ts';
import { DEFAULT_BUDGETS } from '../../src/config/config.ts';
import type { QueryResult, SideResult } from '../../src/explain/query-result.ts';
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

/** A query's result on one side, from line 3 of queries/<name>.sql unless `options` say otherwise. */
export const queryResult = (name: string, result: SideResult, options: Partial<QueryResult> = {}): QueryResult => ({
  name,
  endpoint: null,
  file: `queries/${name}.sql`,
  line: 3,
  result,
  ...options,
});

/** Base's and head's results compared with the default budgets and no overrides, as the report the renderers get. */
export const comparedReport = (base: QueryResult[], head: QueryResult[]) => reportOf(compare({ budgets: DEFAULT_BUDGETS, overrides: [] }, base, head));
