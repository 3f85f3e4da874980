import type { EngineKind } from '../config/config.ts';
import type { EndpointComparison, LocatedFinding, QueryComparison, Verdict } from '../compare/comparison.ts';
import type { BuildOrigin } from '../engine/index.ts';
import type { SkippedQuery } from '../explain/queries.ts';
import type { ProductionStatisticsReport } from '../statistics/use.ts';

/** The JSON report (`--json`, action output `report-json`), version 1 of the spec. */
export interface Report {
  version: 1;
  verdict: Verdict;
  config: string;
  base: { ref: string; sha: string | null };
  head: { ref: string; sha: string | null };
  engine: { kind: EngineKind; serverVersion: string };
  /** Non-default planner settings in effect for the EXPLAINs (`planner:` and the gate's own). */
  planner: Record<string, string>;
  /** How each side's database came to be: built, copied from the fixture cache, or the other side's. */
  build: { base: BuildOrigin; head: BuildOrigin };
  /** Queries not explained because `ignore:` matched them. */
  ignored: number;
  /** Statements of query files EXPLAIN cannot take (DDL, ANALYZE, SET, a schema file a query glob matched): listed, never findings. */
  skipped: SkippedQuery[];
  queries: QueryComparison[];
  endpoints: EndpointComparison[];
  /**
   * `production_statistics:` what was applied (plans are production's; measured work and captured
   * traffic the seed's), or null without a file.
   */
  productionStatistics: ProductionStatisticsReport | null;
  findings: LocatedFinding[];
  /** What the run warned about without failing: a base-only file, a materialized view it could not refresh. */
  warnings: string[];
  timings: Record<string, number> & { totalMs: number };
}
