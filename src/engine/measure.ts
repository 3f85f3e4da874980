import { analyzeAsBuilt } from './what-if.ts';
import type { ExplainRequest, MeasureOutcome, Session, StatisticsTrial } from './types.ts';
import { errorMessage, oneLine } from '../util/errors.ts';

const TIMED_OUT = /statement timeout/i;

/**
 * One measured run of a query, in the EXPLAIN session (same planner settings, same values):
 * EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) inside a transaction that is always rolled back, so a
 * query that writes (INSERT/UPDATE/DELETE/MERGE, a data-modifying CTE, a volatile function)
 * leaves the rows as built (not the pages: see explain/measure.ts). `statement_timeout` bounds it on a native server; PGlite ignores
 * it (measured: pg_sleep(1.5) ran 1.5 s under a 200 ms timeout), so the embedded engine bounds
 * the run from outside (engine/embedded.ts).
 */
export async function measureOn(session: Session, request: ExplainRequest, timeoutMs: number, statistics?: StatisticsTrial): Promise<MeasureOutcome> {
  // A generic plan has no values to run with; running it with NULLs would measure another query.
  if (request.generic) return { ok: false, error: 'not measured: planned generically, without values to run it with', timedOut: false };
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
    const explain = `EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ${request.sql}`;
    const rows = request.params ? await session.query(explain, request.params) : await session.exec(explain);
    const value = rows[0]?.['QUERY PLAN'];
    plan = typeof value === 'string' ? JSON.parse(value) : value;
  } catch (error) {
    const message = oneLine(errorMessage(error));
    return { ok: false, error: message, timedOut: TIMED_OUT.test(message) };
  } finally {
    await session.exec('ROLLBACK').catch(() => {});
  }
  return { ok: true, plan };
}
