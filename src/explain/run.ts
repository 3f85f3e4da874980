import { errorMessage, oneLine } from '../util/errors.ts';
import type { Database, ExplainOutcome, ExplainRequest, IndexRef, RelationSizes } from '../engine/index.ts';
import type { QueryResult } from './query-result.ts';
import { parsePlan, walk, type PlanNode } from './plan.ts';
import { requestKey, toExplainRequest, type ParsedTexts } from './prepare.ts';
import { inferenceKey, InferredParams } from './infer-params.ts';
import type { QueryDef } from './queries.ts';
import { summarizePlan } from './plan-summary.ts';

/**
 * EXPLAIN every query; a failing query becomes a result, never an exception. `sizes` are the
 * relation sizes as seeded, taken once per database (Database.relationSizes).
 */
export async function explainAll(
  database: Database,
  defs: QueryDef[],
  sizes: RelationSizes,
  placeholders: Readonly<Record<string, string>> = {},
  parsed: ParsedTexts = new Map(),
  shared?: SharedOutcomes,
): Promise<QueryResult[]> {
  const { rows: relationRows, partitionRoots } = sizes;
  const results: QueryResult[] = [];
  for (const def of defs) {
    let result: QueryResult['result'];
    let plan: QueryResult['plan'];
    let explained: Pick<QueryResult, 'request' | 'indexes' | 'relations'> = {};
    try {
      const request = toExplainRequest(def, placeholders, parsed);
      if ('error' in request) {
        result = { error: request.error };
      } else {
        plan = { mode: request.planMode, params: request.params ?? [] };
        const outcome = await explainOnce(database, request, shared);
        if (outcome.ok) {
          const root = parsePlan(outcome.plan);
          result = summarizePlan(root, relationRows, partitionRoots);
          explained = { request, indexes: indexesUsed(root), relations: relationsScanned(root) };
        } else {
          result = { error: outcome.error };
        }
      }
    } catch (error) {
      // Whatever one query does (a plan too deep to walk, a dead connection), the rest still run.
      result = { error: `could not explain: ${oneLine(errorMessage(error))}` };
    }
    results.push({ name: def.name, endpoint: def.endpoint, file: def.file, line: def.line, result, ...(plan && { plan }), ...explained });
  }
  return results;
}

/**
 * EXPLAIN outcomes by request, for two sides that share one database (identical schema and
 * seed): the same request on the same data is the same plan, so it is asked for once.
 */
export type SharedOutcomes = Map<string, Promise<ExplainOutcome>>;

function explainOnce(database: Database, request: ExplainRequest, shared: SharedOutcomes | undefined): Promise<ExplainOutcome> {
  if (!shared) return database.explain(request);
  const key = requestKey(request);
  let outcome = shared.get(key);
  if (!outcome) {
    outcome = database.explain(request);
    shared.set(key, outcome);
  }
  return outcome;
}

/** Each index the plan scans, once: index advice recreates one that base used and head lost. */
function indexesUsed(root: PlanNode): IndexRef[] {
  const found = new Map<string, IndexRef>();
  for (const node of walk(root)) {
    if (node.index) found.set(`${node.schema ?? ''}.${node.index}`, { ...(node.schema && { schema: node.schema }), name: node.index });
  }
  return [...found.values()];
}

/** Each table the plan scans, once (VERBOSE plans name its schema). */
function relationsScanned(root: PlanNode): { schema: string; name: string }[] {
  const found = new Map<string, { schema: string; name: string }>();
  for (const node of walk(root)) {
    if (node.relation) found.set(`${node.schema ?? ''}\u0000${node.relation}`, { schema: node.schema ?? 'public', name: node.relation });
  }
  return [...found.values()];
}

/**
 * The tables production's statistics can change a plan of: every table some query's plan scans
 * on either side (a query's tables do not depend on statistics). Null, so every table is
 * written, when a query has no plan on either side: its tables are unknown.
 */
export function plannedTables(plans: { base: QueryResult[]; head: QueryResult[] }): { schema: string; name: string }[] | null {
  const found = new Map<string, { schema: string; name: string }>();
  const byName = new Map<string, QueryResult[]>();
  for (const result of [...plans.base, ...plans.head]) byName.set(result.name, [...(byName.get(result.name) ?? []), result]);
  for (const results of byName.values()) {
    const known = results.filter((result) => result.relations !== undefined);
    if (known.length === 0) return null;
    for (const result of known) for (const relation of result.relations!) found.set(`${relation.schema}\u0000${relation.name}`, relation);
  }
  return [...found.values()].sort((a, b) => (a.schema === b.schema ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.schema < b.schema ? -1 : 1));
}

/**
 * Both sides' queries, with inferred values where there are some. Inferred values are a
 * guess: where one makes a side fail, or only one side could use them, that query is planned
 * generically on both sides, so the comparison never weighs one plan mode against another.
 */
export async function explainSides(
  databases: { base: Database; head: Database },
  defs: { base: QueryDef[]; head: QueryDef[] },
  sizes: { base: RelationSizes; head: RelationSizes },
  placeholders: Readonly<Record<string, string>>,
  inferred: ReadonlyMap<string, unknown[]>,
): Promise<{ base: QueryResult[]; head: QueryResult[] }> {
  const withValues = (list: QueryDef[]) =>
    list.map((def) => {
      const params = inferred.get(inferenceKey(def));
      return params ? { ...def, params, paramsInferred: true } : def;
    });
  // A query both sides have is parsed once, for both, and again for a retry.
  const parsed: ParsedTexts = new Map();
  const shared: SharedOutcomes | undefined = databases.base === databases.head ? new Map() : undefined;
  const explainBoth = (base: QueryDef[], head: QueryDef[]) =>
    Promise.all([
      explainAll(databases.base, base, sizes.base, placeholders, parsed, shared),
      explainAll(databases.head, head, sizes.head, placeholders, parsed, shared),
    ]);
  const [base, head] = await explainBoth(withValues(defs.base), withValues(defs.head));
  const baseByName = new Map(base.map((result) => [result.name, result]));
  const headByName = new Map(head.map((result) => [result.name, result]));
  // Retry where a side used inferred values and a side failed or was planned otherwise.
  const retry = new Set(
    [...new Set([...baseByName.keys(), ...headByName.keys()])].filter((name) => {
      const sides = [baseByName.get(name), headByName.get(name)].filter((result) => result !== undefined);
      return sides.some((result) => result.plan?.mode === 'inferred') && sides.some((result) => result.plan?.mode !== 'inferred' || 'error' in result.result);
    }),
  );
  const reasons = new Map<string, string>();
  for (const list of [defs.head, defs.base]) {
    for (const def of list) {
      const reason =
        def.planMode === 'generic' ? 'plan_mode: generic' : inferred instanceof InferredParams ? inferred.genericReasons.get(inferenceKey(def)) : undefined;
      if (reason && !reasons.has(def.name)) reasons.set(def.name, reason);
    }
  }
  for (const name of retry) reasons.set(name, retryReason(baseByName.get(name), headByName.get(name)));
  const withReason = (results: QueryResult[]) =>
    results.map((result) =>
      result.plan?.mode === 'generic' && reasons.has(result.name) ? { ...result, plan: { ...result.plan, genericReason: reasons.get(result.name)! } } : result,
    );
  if (retry.size === 0) return { base: withReason(base), head: withReason(head) };
  const generic = (list: QueryDef[]) => list.filter((def) => retry.has(def.name)).map((def) => ({ ...def, planMode: 'generic' as const }));
  const [baseAgain, headAgain] = await explainBoth(generic(defs.base), generic(defs.head));
  const replace = (results: QueryResult[], again: QueryResult[]) => {
    const byName = new Map(again.map((result) => [result.name, result]));
    return withReason(results.map((result) => byName.get(result.name) ?? result));
  };
  return { base: replace(base, baseAgain), head: replace(head, headAgain) };
}

/** Why a query with inferred values was planned generically after all. */
function retryReason(base: QueryResult | undefined, head: QueryResult | undefined): string {
  const failed = [['base', base] as const, ['head', head] as const].find(([, result]) => result?.plan?.mode === 'inferred' && 'error' in result.result);
  if (failed) return `the inferred values ${JSON.stringify(failed[1]!.plan!.params)} failed on ${failed[0]}: ${(failed[1]!.result as { error: string }).error}`;
  return 'only one side could be given inferred values';
}
