import { analyzeAsBuilt } from './index-trial.ts';
import type { ExplainRequest, MeasureOutcome, Session, StatisticsTrial } from '../database.ts';
import { failureOf } from '../failure.ts';
import { rollbackQuietly } from '../session/rollback.ts';

/**
 * One measured run of a query, in the EXPLAIN session (same planner settings, same values):
 * EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) inside a transaction that is always rolled back, so a
 * query that writes (INSERT/UPDATE/DELETE/MERGE, a data-modifying CTE, a volatile function)
 * leaves the rows as built (not the pages: see explain/measure-sides.ts). `statement_timeout` bounds it on a native server; PGlite ignores
 * it (measured: pg_sleep(1.5) ran 1.5 s under a 200 ms timeout), so the embedded engine bounds
 * the run from outside (engine/embedded.ts).
 */
export async function measureOn(session: Session, request: ExplainRequest, timeoutMs: number, statistics?: StatisticsTrial): Promise<MeasureOutcome> {
  // A generic plan has no values to run with; running it with NULLs would measure another query.
  if (request.generic) return { ok: false, error: 'not measured: planned generically, without values to run it with', kind: 'refused' };
  let plan: unknown;
  await session.exec('BEGIN');
  try {
    await session.exec(`SET LOCAL statement_timeout = ${Math.max(1, Math.ceil(timeoutMs))}`);
    // A synchronized seq scan starts where another scan of the table is: with a LIMIT, the
    // blocks it reads would depend on what ran before.
    await session.exec('SET LOCAL synchronize_seqscans = off');
    if (statistics) {
      await session.exec(statistics.createStatistics);
      await analyzeAsBuilt(session, statistics.analyze);
    }
    const run = (explain: string) => (request.params ? session.query(explain, request.params) : session.exec(explain));
    const measured = `EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ${request.sql}`;
    // First once without counting, so the catalog entries the run needs are in this backend's
    // caches whatever it did before: a fresh build's session has read them all, a restored
    // database's new backend none (3 blocks more on a 656-block run), and a run that answers
    // some questions from memory skips the reads that would have loaded them. Planning alone
    // does not load what the executor reads (a partitioned table's or a materialized view's
    // scan read 3 blocks more on pagila), so the query is run once, to a savepoint rolled back:
    // a write's row versions are then in the pages on every path alike too.
    await session.exec('SAVEPOINT pg_plan_gate_warm');
    await run(measured);
    await session.exec('ROLLBACK TO SAVEPOINT pg_plan_gate_warm');
    const rows = await run(measured);
    const value = rows[0]?.['QUERY PLAN'];
    plan = typeof value === 'string' ? JSON.parse(value) : value;
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    await rollbackQuietly(session);
  }
  const unrepeatable = await unrepeatableIndex(session, plan);
  return { ok: true, plan, ...(unrepeatable && { unrepeatable }) };
}

/** Access methods that break ties at random while building: their page layout, and the blocks a scan reads, differ between identical builds. */
const RANDOM_LAYOUT = ['gist', 'spgist'];

/**
 * The first index of such an access method that the plan uses, as `gist index film_fulltext_idx`.
 * Measured on pagila's full-text search (GiST): 44 vs 45, 45 vs 50, 46 vs 49 blocks between
 * two builds of the same files, run after run; costs and plans were identical.
 */
async function unrepeatableIndex(session: Session, plan: unknown): Promise<string | undefined> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as Record<string, unknown>;
    if (typeof record['Index Name'] === 'string') names.add(record['Index Name']);
    for (const value of Object.values(record)) if (value && typeof value === 'object') visit(value);
  };
  visit(plan);
  if (!names.size) return undefined;
  const list = [...names].map((name) => `'${name.replace(/'/g, "''")}'`).join(', ');
  const rows = await session.exec(
    `SELECT am.amname AS am, c.relname AS name FROM pg_class c JOIN pg_am am ON am.oid = c.relam
     WHERE c.relkind = 'i' AND c.relname IN (${list}) AND am.amname IN (${RANDOM_LAYOUT.map((am) => `'${am}'`).join(', ')})
     ORDER BY c.relname LIMIT 1`,
  );
  const found = rows[0];
  return found ? `${String(found.am)} index ${String(found.name)}` : undefined;
}
