import { isPlan, type QueryResult } from './query-result.ts';
import type { Database, ExplainRequest, MeasureOutcome } from '../engine/index.ts';
import { errorMessage, oneLine } from '../util/errors.ts';
import type { PlanSummary } from './plan-summary.ts';
import { measuredWork } from './measured-work.ts';
import { requestKey } from './prepare.ts';

type WorkFields = Pick<PlanSummary, 'work' | 'workDetail' | 'unmeasured'>;

/**
 * Measure every explained query on its side (EXPLAIN ANALYZE, rolled back) and add `work` to its
 * plan summary. Queries that only read run first, on the data as built. A rolled-back write
 * still leaves its row versions in the table's pages (a rolled-back UPDATE run three times read
 * 36,500, 40,365 and 41,841 blocks; a VACUUM between runs did not restore them either), so the
 * writing queries run last, in name order, which is the same on both sides.
 */
export async function measureSides(
  databases: { base: Database; head: Database },
  results: { base: QueryResult[]; head: QueryResult[] },
  timeoutMs: number,
): Promise<{ base: QueryResult[]; head: QueryResult[] }> {
  await Promise.all([...new Set([databases.base, databases.head])].map((database) => database.settleForMeasure()));
  if (databases.base !== databases.head) {
    const [base, head] = await Promise.all([measureAll(databases.base, results.base, timeoutMs), measureAll(databases.head, results.head, timeoutMs)]);
    return { base, head };
  }
  // One database for both sides (identical inputs): the same request on the same data is the
  // same run, so head reuses base's numbers instead of running every query twice.
  const base = await measureAll(databases.base, results.base, timeoutMs);
  const byRequest = new Map(base.map((result) => [requestKey(result.request), result.result]));
  const reused = results.head.map((result) => {
    const measured = byRequest.get(requestKey(result.request));
    return measured && isPlan(measured) && isPlan(result.result) ? { ...result, result: { ...result.result, ...workFieldsOf(measured) } } : result;
  });
  const left = reused.filter((result, index) => result === results.head[index]);
  const measuredLeft = new Map((await measureAll(databases.head, left, timeoutMs)).map((result) => [result.name, result]));
  return { base, head: reused.map((result) => measuredLeft.get(result.name) ?? result) };
}

async function measureAll(database: Database, results: QueryResult[], timeoutMs: number): Promise<QueryResult[]> {
  const order = [
    ...results.filter((result) => !result.request?.writes),
    ...results.filter((result) => result.request?.writes).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  ];
  const measured = new Map<QueryResult, QueryResult>();
  for (const result of order) {
    if (!result.request || !isPlan(result.result)) continue;
    measured.set(result, { ...result, result: { ...result.result, ...(await measureOne(database, result.request, timeoutMs)) } });
  }
  return results.map((result) => measured.get(result) ?? result);
}

async function measureOne(database: Database, request: ExplainRequest, timeoutMs: number): Promise<WorkFields> {
  if (request.generic) return { unmeasured: { reason: 'generic', message: 'not measured: a generic plan has no values to run with' } };
  let outcome: MeasureOutcome;
  try {
    outcome = await database.measure(request, timeoutMs);
  } catch (error) {
    // A dead worker or connection: this query has no numbers, the run goes on.
    return { unmeasured: { reason: 'failed', message: `measured run failed: ${oneLine(errorMessage(error))}` } };
  }
  return workFromOutcome(outcome, timeoutMs);
}

/** The `work` fields of a measured run, or why there are none. */
export function workFromOutcome(outcome: MeasureOutcome, timeoutMs: number): WorkFields {
  if (!outcome.ok) {
    return outcome.kind === 'timeout'
      ? { unmeasured: { reason: 'timeout', message: `measured run went past its ${formatSeconds(timeoutMs)} bound (measure.timeout_seconds)` } }
      : { unmeasured: { reason: 'failed', message: `measured run failed: ${outcome.error}` } };
  }
  if (outcome.unrepeatable) {
    // Only numbers that repeat on the same data may be compared (a few blocks of noise would
    // read as a change in the comment).
    return {
      unmeasured: {
        reason: 'unrepeatable',
        message: `not measured: uses the ${outcome.unrepeatable}, whose pages differ from build to build (PostgreSQL breaks ties at random while building it)`,
      },
    };
  }
  try {
    const { work, spills, worst } = measuredWork(outcome.plan);
    return { work, workDetail: { spills, worstEstimate: worst } };
  } catch (error) {
    return { unmeasured: { reason: 'failed', message: `measured run failed: ${oneLine(errorMessage(error))}` } };
  }
}

function workFieldsOf(summary: PlanSummary): WorkFields {
  const { work, workDetail, unmeasured } = summary;
  return { ...(work && { work }), ...(workDetail && { workDetail }), ...(unmeasured && { unmeasured }) };
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/**
 * Production statistics: plans come from production's statistics, measured work from runs on
 * the seed with the seed's own (a run would read the grown files' empty pages). Each planned
 * query takes the work measured for the same query; one that was not measured says why.
 */
export function withMeasuredWork(planned: QueryResult[], measured: QueryResult[]): QueryResult[] {
  const byName = new Map(measured.map((result) => [result.name, result.result]));
  return planned.map((result) => {
    const seed = byName.get(result.name);
    if (!isPlan(result.result) || !seed || !isPlan(seed)) return result;
    return { ...result, result: { ...result.result, ...workFieldsOf(seed) } };
  });
}
