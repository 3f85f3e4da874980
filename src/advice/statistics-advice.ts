import type { AdviceConfig, Config } from '../config/config.ts';
import { budgetsFor } from '../config/overrides.ts';
import { type QueryComparison } from '../compare/comparison.ts';
import { isPlan, type QueryResult } from '../explain/query-result.ts';
import type { Database } from '../engine/index.ts';
import { measuredWork } from '../explain/measured-work.ts';
import { relationLabel } from '../util/relation-name.ts';
import { indexCandidates, type IndexCandidate } from './candidates.ts';
import { identifier } from './index-sql.ts';
import type { AdviceRun, QueryAdvice } from './try-indexes.ts';

/** One CREATE STATISTICS to try: the columns of one table that the query filters together. */
export interface StatisticsCandidate {
  table: string;
  columns: string[];
  sql: string;
}

/** Tables tried per query: each trial ANALYZEs the table again. */
const MAX_TRIALS = 3;

/**
 * Extended statistics for queries with a misestimate finding: the planner multiplies the
 * selectivities of columns it believes independent, so `city = $1 AND zip = $2` on correlated
 * columns is estimated far too low. Where two or more columns of one table are filtered together,
 * `CREATE STATISTICS ... (dependencies, mcv)` on them is tried on head in a rolled-back
 * transaction (with the table analyzed as built) and the query measured again; it is advised
 * when the misestimate falls below `misestimate_ratio`.
 */
export async function adviseStatistics(
  config: Pick<Config, 'budgets' | 'overrides'>,
  advice: AdviceConfig,
  measureTimeoutMs: number,
  compared: readonly QueryComparison[],
  headResults: readonly QueryResult[],
  head: Database,
): Promise<AdviceRun> {
  const deadline = performance.now() + advice.timeoutSeconds * 1000;
  const headByName = new Map(headResults.map((result) => [result.name, result]));
  const byQuery = new Map<string, QueryAdvice>();
  let cutShort = false;
  let trials = 0;
  for (const query of compared) {
    const request = headByName.get(query.name)?.request;
    if (!request || !isPlan(query.head) || !query.findings.some((finding) => finding.rule === 'misestimate')) continue;
    const budgets = budgetsFor(config, query.name, query.endpoint);
    const candidates = statisticsCandidates(indexCandidates(request.sql)).slice(0, MAX_TRIALS);
    if (candidates.length === 0) {
      byQuery.set(query.name, { advice: [], note: 'no statistics advice: the query filters no two columns of one table together' });
      continue;
    }
    const kept: QueryAdvice['advice'] = [];
    const after: number[] = [];
    for (const candidate of candidates) {
      const left = deadline - performance.now();
      if (left <= 0) {
        cutShort = true;
        break;
      }
      trials++;
      const outcome = await head.measure(request, Math.min(left, measureTimeoutMs), { createStatistics: candidate.sql, analyze: candidate.table });
      if (!outcome.ok) continue;
      const { work } = measuredWork(outcome.plan);
      after.push(work.maxMisestimate);
      const cost = (outcome.plan as { Plan?: { 'Total Cost'?: number } }[])[0]?.Plan?.['Total Cost'] ?? 0;
      if (work.maxMisestimate < budgets.misestimateRatio) kept.push({ sql: candidate.sql, cost, maxMisestimate: work.maxMisestimate });
    }
    kept.sort((a, b) => (a.maxMisestimate ?? 0) - (b.maxMisestimate ?? 0));
    const note = kept.length
      ? undefined
      : after.length
        ? `no statistics help: the best of ${after.length} tried leaves a misestimate of ×${Math.min(...after)}`
        : 'not tried: the advice time bound ran out first';
    byQuery.set(query.name, { advice: kept, ...(note && { note }) });
  }
  return { byQuery, cutShort, trials };
}

/**
 * From the index candidates' column sets (equality columns together, then with a range
 * column): per table, the widest set of two or more plain columns. Extended statistics
 * cover columns only up to PostgreSQL 13, so an expression key is left out.
 */
export function statisticsCandidates(candidates: readonly IndexCandidate[]): StatisticsCandidate[] {
  const widest = new Map<string, IndexCandidate>();
  for (const candidate of candidates) {
    if (candidate.expressions || candidate.keys.length < 2 || candidate.keys.some((key) => / DESC$/.test(key))) continue;
    const label = relationLabel(candidate.relation.schema, candidate.relation.name);
    const found = widest.get(label);
    if (!found || candidate.keys.length > found.keys.length) widest.set(label, candidate);
  }
  return [...widest.values()].map((candidate) => {
    const bare = candidate.keys.map((key) => key.replace(/^"|"$/g, '').replace(/""/g, '"'));
    const name = `${candidate.relation.name}_${bare.join('_')}_stats`.replace(/\W+/g, '_').slice(0, 63).toLowerCase();
    const qualified = [candidate.relation.schema, name]
      .filter((part): part is string => part !== undefined)
      .map((part) => identifier(part))
      .join('.');
    return {
      table: candidate.table,
      columns: candidate.keys,
      sql: `CREATE STATISTICS ${qualified} (dependencies, mcv) ON ${candidate.keys.join(', ')} FROM ${candidate.table}`,
    };
  });
}

/** Index advice and statistics advice of the same run, per query: both lists, and a note where neither has advice. */
export function mergeAdviceRuns(first: AdviceRun | null, second: AdviceRun | null): AdviceRun | null {
  if (!first || !second) return first ?? second;
  const byQuery = new Map(first.byQuery);
  for (const [name, found] of second.byQuery) {
    const earlier = byQuery.get(name);
    if (!earlier) {
      byQuery.set(name, found);
      continue;
    }
    const advice = [...earlier.advice, ...found.advice];
    const notes = [earlier.note, found.note].filter((note): note is string => note !== undefined);
    byQuery.set(name, { advice, ...(notes.length && { note: notes.join('; ') }) });
  }
  return { byQuery, cutShort: first.cutShort || second.cutShort, trials: first.trials + second.trials };
}
