import { budgetsFor } from '../config/overrides.ts';
import type { AdviceConfig, Budgets, Config } from '../config/config.ts';
import { costRegressionLimit, countedSeqScans } from '../compare/rules.ts';
import { type QueryComparison } from '../compare/comparison.ts';
import { isPlan, type QueryResult } from '../explain/query-result.ts';
import type { Database, IndexRef } from '../engine/index.ts';
import { relationLabel } from '../util/relation-name.ts';
import { indexCandidates, type IndexCandidate, type RelationName } from './candidates.ts';
import { candidateFromDefinition } from './lost-index.ts';
import { tryIndexes, type AdviceRun, type AdviceTarget } from './try-indexes.ts';

/** The findings an index can answer. */
const ADVISED_RULES = new Set(['seq-scan', 'cost-regression']);

/**
 * Index advice for every query with a seq-scan or cost-regression finding: candidates from
 * the query's parse tree and the index base used that head lost, tried on head's database
 * (still open, as built) within `advice.timeout_seconds` for the whole run.
 */
export async function adviseIndexes(
  config: Pick<Config, 'budgets' | 'overrides'>,
  advice: AdviceConfig,
  compared: readonly QueryComparison[],
  results: { base: readonly QueryResult[]; head: readonly QueryResult[] },
  databases: { base: Database; head: Database },
  headRelationRows: Readonly<Record<string, number>>,
): Promise<AdviceRun> {
  const deadline = performance.now() + advice.timeoutSeconds * 1000;
  const headByName = new Map(results.head.map((result) => [result.name, result]));
  const baseByName = new Map(results.base.map((result) => [result.name, result]));
  const wanted = compared.filter((query) => isPlan(query.head) && query.findings.some((finding) => ADVISED_RULES.has(finding.rule)));
  // Nothing to ask the databases: a remembered database stays closed.
  if (wanted.length === 0) return { byQuery: new Map(), cutShort: false, trials: 0 };
  const lost = await lostIndexes(
    wanted.map((query) => baseByName.get(query.name)?.indexes ?? []),
    databases,
  );

  // Each query's candidates, parsed once: the tables they name are where head's indexes are looked up.
  const candidatesOf = wanted.map((query, index) => {
    const request = headByName.get(query.name)?.request;
    return request ? withoutRepeats([...lost[index]!, ...indexCandidates(request.sql)]) : [];
  });
  const twins = await indexesOnHead(
    candidatesOf.flat().map((candidate) => candidate.relation),
    databases.head,
  );
  const targets: AdviceTarget[] = [];
  wanted.forEach((query, index) => {
    const request = headByName.get(query.name)?.request;
    if (!request || !isPlan(query.head)) return;
    const budgets = budgetsFor(config, query.name, query.endpoint);
    // The budget the finding used: within cost-regression's thresholds of base, and under max_cost.
    const limits = [
      ...(isPlan(query.base) ? [costRegressionLimit(query.base.totalCost, budgets)] : []),
      ...(budgets.maxCost !== null ? [budgets.maxCost] : []),
    ];
    const candidates = candidatesOf[index]!;
    // A twin of an index head has would only be weighed again by the planner: not worth a build.
    const used = new Set((headByName.get(query.name)?.indexes ?? []).map((index) => index.name));
    const existing = candidates.flatMap((candidate) => {
      const twin = twins.get(candidateKey(candidate));
      return twin ? [{ index: twin.text, used: used.has(twin.name), relation: candidate.relation.name, keys: candidate.keys }] : [];
    });
    const newSeqScans = seqScanOnly(query) ? newScans(query, budgets) : undefined;
    targets.push({
      name: query.name,
      request,
      headCost: query.head.totalCost,
      costLimit: limits.length ? Math.min(...limits) : query.head.totalCost,
      budgets,
      candidates: candidates.filter((candidate) => !twins.has(candidateKey(candidate))),
      ...(existing.length && { existing }),
      ...(newSeqScans?.size && { newSeqScans }),
      ...(isPlan(query.base) && { baseShape: query.base.shape }),
      ...(lost[index]!.length && { lost: new Set(lost[index]!.map((candidate) => candidate.sql)) }),
    });
  });
  return tryIndexes(databases.head, targets, headRelationRows, deadline);
}

/** A seq-scan finding and no cost finding: the cost is within budget, the new scan is the news. */
function seqScanOnly(query: QueryComparison): boolean {
  return (
    query.findings.some((finding) => finding.rule === 'seq-scan') &&
    !query.findings.some((finding) => finding.rule === 'cost-regression' || finding.rule === 'max-cost')
  );
}

/** Relations with more counted seq scans on head than base's plan had, with base's count (as the seq-scan rule counts them). */
function newScans(query: QueryComparison, budgets: Budgets): Map<string, number> {
  const onBase = new Map<string, number>();
  for (const scan of isPlan(query.base) ? query.base.seqScans : []) onBase.set(scan.relation, (onBase.get(scan.relation) ?? 0) + 1);
  const onHead = new Map<string, number>();
  for (const scan of isPlan(query.head) ? countedSeqScans(query.head.seqScans, budgets) : []) onHead.set(scan.relation, (onHead.get(scan.relation) ?? 0) + 1);
  return new Map([...onHead].filter(([relation, count]) => count > (onBase.get(relation) ?? 0)).map(([relation]) => [relation, onBase.get(relation) ?? 0]));
}

/**
 * Per query, the indexes its base plan used that head does not have as base had them
 * (dropped, or the name now on other columns), as base's pg_get_indexdef defines them.
 */
async function lostIndexes(used: IndexRef[][], databases: { base: Database; head: Database }): Promise<IndexCandidate[][]> {
  if (databases.base === databases.head) return used.map(() => []);
  const all = [...new Map(used.flat().map((index) => [`${index.schema ?? ''}.${index.name}`, index])).values()];
  if (all.length === 0) return used.map(() => []);
  const [onBase, onHead] = await Promise.all([databases.base.indexDefinitions(all), databases.head.indexDefinitions(all)]);
  const lostByKey = new Map<string, IndexCandidate>();
  all.forEach((index, position) => {
    const definition = onBase[position];
    if (!definition || definition === onHead[position]) return;
    const candidate = candidateFromDefinition(definition, onHead[position] === null);
    if (candidate) lostByKey.set(`${index.schema ?? ''}.${index.name}`, candidate);
  });
  return used.map((indexes) => indexes.flatMap((index) => lostByKey.get(`${index.schema ?? ''}.${index.name}`) ?? []));
}

/** The indexes head has on these tables, by the key a candidate with their keys would have, with what to call them. */
async function indexesOnHead(tables: RelationName[], head: Database): Promise<Map<string, { name: string; text: string }>> {
  const unique = [...new Map(tables.map((table) => [relationLabel(table.schema, table.name), table])).values()];
  if (unique.length === 0) return new Map();
  const definitions = (await head.tableIndexDefinitions(unique)).flat();
  const byKey = new Map<string, { name: string; text: string }>();
  for (const definition of definitions) {
    const twin = candidateFromDefinition(definition, true);
    const name = /^CREATE (?:UNIQUE )?INDEX (\S+) ON/.exec(definition)?.[1] ?? '';
    const key = twin?.keys.length ? candidateKey(twin) : null;
    if (key && !byKey.has(key)) byKey.set(key, { name: name.replace(/^"|"$/g, ''), text: `${name} on ${key}` });
  }
  return byKey;
}

/** Plain B-tree candidates by table and keys; any other by its statement. */
function candidateKey(candidate: IndexCandidate): string {
  return candidate.keys.length ? `${relationLabel(candidate.relation.schema, candidate.relation.name)} (${candidate.keys.join(', ')})` : candidate.sql;
}

/** One trial per index: a derived candidate with the same keys as the lost index is that index. */
function withoutRepeats(candidates: IndexCandidate[]): IndexCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = candidateKey(candidate);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The report's queries with what advice found for them. */
export function withAdvice(queries: QueryComparison[], run: AdviceRun | null): QueryComparison[] {
  if (!run) return queries;
  return queries.map((query) => {
    const found = run.byQuery.get(query.name);
    return found ? { ...query, advice: found.advice, ...(found.note && { adviceNote: found.note }) } : query;
  });
}
