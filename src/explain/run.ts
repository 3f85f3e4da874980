import { errorMessage, oneLine } from '../util/errors.ts';
import type { Database, RelationSizes } from '../engine/types.ts';
import type { QueryResult } from '../compare/types.ts';
import { parsePlan } from './plan.ts';
import { toExplainRequest } from './prepare.ts';
import type { QueryDef } from './queries.ts';
import { summarizePlan } from './summary.ts';

/**
 * EXPLAIN every query; a failing query becomes a result, never an exception. `sizes` are the
 * relation sizes as seeded, taken once per database (Database.relationSizes).
 */
export async function explainAll(
  database: Database,
  defs: QueryDef[],
  sizes: RelationSizes,
  placeholders: Readonly<Record<string, string>> = {},
): Promise<QueryResult[]> {
  const { rows: relationRows, partitionRoots } = sizes;
  const results: QueryResult[] = [];
  for (const def of defs) {
    let result: QueryResult['result'];
    let plan: QueryResult['plan'];
    try {
      const request = toExplainRequest(def, placeholders);
      if ('error' in request) {
        result = { error: request.error };
      } else {
        plan = { mode: request.planMode, params: request.params ?? [] };
        const outcome = await database.explain(request);
        result = outcome.ok ? summarizePlan(parsePlan(outcome.plan), relationRows, partitionRoots) : { error: outcome.error };
      }
    } catch (error) {
      // Whatever one query does (a plan too deep to walk, a dead connection), the rest still run.
      result = { error: `could not explain: ${oneLine(errorMessage(error))}` };
    }
    results.push({ name: def.name, endpoint: def.endpoint, file: def.file, line: def.line, result, ...(plan && { plan }) });
  }
  return results;
}
