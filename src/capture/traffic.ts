import type { Config } from '../config/config.ts';
import type { QueryResult } from '../explain/query-result.ts';
import type { Database, RelationSizes } from '../engine/index.ts';
import type { QueryDef } from '../explain/queries.ts';
import { explainAll } from '../explain/run.ts';
import type { Progress } from '../util/progress.ts';
import type { SideTree } from '../sides/tree.ts';
import { analyzeCapture, capturedQueries, type CapturedQuery, type CaptureStats } from './analyze.ts';
import { captureSide } from './side.ts';

export interface CaptureOutcome {
  /** The captured queries as explained on each side, named `<endpoint> <short id>`. */
  base: QueryResult[];
  head: QueryResult[];
  /** Per side, what its traffic was per endpoint (compare/capture-rules.ts compares them). */
  stats: { base: CaptureStats; head: CaptureStats };
  queries: { base: CapturedQuery[]; head: CapturedQuery[] };
}

/**
 * Capture both sides' traffic (one after the other: an application under test usually binds
 * ports), count it per endpoint, and EXPLAIN one sample of every distinct captured query so
 * it joins the plan comparison.
 */
export async function captureTraffic(options: {
  config: Config;
  trees: { base: SideTree; head: SideTree };
  databases: { base: Database; head: Database };
  /** Relation sizes as seeded: the seq-scan rule must not see what the command emptied. */
  sizes: { base: RelationSizes; head: RelationSizes };
  cwd: string;
  progress: Progress;
}): Promise<CaptureOutcome> {
  const { config, progress } = options;
  const capture = config.capture!;
  const statements = {
    base: await captureSide({ side: 'base', capture, tree: options.trees.base, database: options.databases.base, cwd: options.cwd, progress }),
    head: await captureSide({ side: 'head', capture, tree: options.trees.head, database: options.databases.head, cwd: options.cwd, progress }),
  };
  const baseStats = analyzeCapture(statements.base);
  const headStats = analyzeCapture(statements.head);
  if (!headStats.boundaries && headStats.statements > 0) {
    progress.info(
      'captured traffic has no request boundaries (sqlcommenter traceparent or request_id tags, or endpoint tags such as route or controller on a connection): query counts are per endpoint over the whole run, and n-plus-one needs them',
    );
  }
  const queries = capturedQueries(baseStats, headStats);
  const [base, head] = await Promise.all([
    explainCaptured(options.databases.base, queries.base, options.sizes.base),
    explainCaptured(options.databases.head, queries.head, options.sizes.head),
  ]);
  return { base, head, stats: { base: baseStats, head: headStats }, queries };
}

async function explainCaptured(database: Database, queries: CapturedQuery[], sizes: RelationSizes): Promise<QueryResult[]> {
  const defs: QueryDef[] = queries.map((query) => ({
    name: query.name,
    endpoint: query.endpoint,
    file: null,
    line: 0,
    sql: query.sql,
    ...(query.params.length > 0 && { params: query.params }),
  }));
  const normalized = new Map(queries.map((query) => [query.name, query.normalized]));
  return (await explainAll(database, defs, sizes)).map((result) => ({ ...result, captured: true, sql: normalized.get(result.name)! }));
}
