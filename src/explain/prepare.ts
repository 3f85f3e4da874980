import { parseSync } from 'libpg-query';
import type { ExplainRequest } from '../engine/types.ts';
import { leftoverPlaceholders, toPostgresSql } from './placeholders.ts';
import type { QueryDef } from './queries.ts';

/** How a query was planned: with given values, with values inferred from the data, or generically. */
export type PlanMode = 'params' | 'inferred' | 'generic';

export type PreparedQuery = ExplainRequest & { planMode: PlanMode };

/**
 * Check a query with the real parser before it reaches the database: exactly one statement
 * (so nothing can ride along with the EXPLAIN), and whether it has $n placeholders.
 */
export function toExplainRequest(def: QueryDef, placeholders: Readonly<Record<string, string>> = {}): PreparedQuery | { error: string } {
  if (def.definitionError) return { error: def.definitionError };
  let text = toPostgresSql(def.sql, def.dialect ?? 'plain', placeholders);
  let statements = tryParse(text);
  if (!statements && !def.dialect) {
    // A yesql/aiosql file with a single query is not told apart by its markers: its `:id`
    // parameters show when the text only parses with them rewritten.
    const colon = toPostgresSql(def.sql, 'colon', placeholders);
    statements = tryParse(colon);
    if (statements) text = colon;
  }
  if (!statements) return { error: parseFailure(text) };
  if (statements.length !== 1) return { error: `expected exactly one SQL statement, found ${statements.length}` };
  const bytes = Buffer.from(text, 'utf8');
  const start = statements[0]!.stmt_location ?? 0;
  const sql = bytes.subarray(start, statements[0]!.stmt_len ? start + statements[0]!.stmt_len : bytes.length).toString('utf8').trim();
  const tree = JSON.stringify(statements[0]);
  const paramCount = Math.max(0, ...[...tree.matchAll(/"ParamRef":\{"number":(\d+)/g)].map((match) => Number(match[1])));
  const writes = WRITING_STATEMENT.test(tree) ? { writes: true } : {};
  if (paramCount > 0 && def.planMode === 'generic') return { sql, generic: true, paramCount, planMode: 'generic', ...writes };
  if (def.params) return { sql, params: def.params.map(toParamValue), generic: false, paramCount, planMode: def.paramsInferred ? 'inferred' : 'params', ...writes };
  return { sql, generic: paramCount > 0, paramCount, planMode: paramCount > 0 ? 'generic' : 'params', ...writes };
}

/** The statement, or a CTE of it, writes rows. */
const WRITING_STATEMENT = /"(InsertStmt|UpdateStmt|DeleteStmt|MergeStmt)"/;

/** Objects go as JSON text (for json/jsonb parameters); everything else as the driver sends it. */
function toParamValue(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : value;
}

function tryParse(sql: string): NonNullable<ReturnType<typeof parseSync>['stmts']> | null {
  try {
    return parseSync(sql).stmts ?? [];
  } catch {
    return null;
  }
}

/** Why the text does not parse: a placeholder the application fills in, or a syntax error. */
function parseFailure(text: string): string {
  const leftover = leftoverPlaceholders(text);
  if (leftover.length) return `the query contains the application placeholder ${leftover.join(', ')}: give it replacement text in the placeholders: map of the config`;
  try {
    parseSync(text);
    return 'syntax error';
  } catch (error) {
    const details = (error as { sqlDetails?: { message?: string } }).sqlDetails;
    return `syntax error: ${details?.message ?? (error as Error).message}`;
  }
}
