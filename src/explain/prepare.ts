import { parseSync } from 'libpg-query';
import type { ExplainRequest } from '../engine/types.ts';
import type { QueryDef } from './queries.ts';

/**
 * Check a query with the real parser before it reaches the database: exactly one statement
 * (so nothing can ride along with the EXPLAIN), and whether it has $n placeholders.
 */
export function toExplainRequest(def: QueryDef): ExplainRequest | { error: string } {
  if (def.definitionError) return { error: def.definitionError };
  let statements;
  try {
    statements = parseSync(def.sql).stmts ?? [];
  } catch (error) {
    const details = (error as { sqlDetails?: { message?: string } }).sqlDetails;
    return { error: `syntax error: ${details?.message ?? (error as Error).message}` };
  }
  if (statements.length !== 1) return { error: `expected exactly one SQL statement, found ${statements.length}` };
  const bytes = Buffer.from(def.sql, 'utf8');
  const start = statements[0]!.stmt_location ?? 0;
  const sql = bytes.subarray(start, statements[0]!.stmt_len ? start + statements[0]!.stmt_len : bytes.length).toString('utf8').trim();
  const paramCount = Math.max(0, ...[...JSON.stringify(statements[0]).matchAll(/"ParamRef":\{"number":(\d+)/g)].map((match) => Number(match[1])));
  if (def.params) return { sql, params: def.params.map(toParamValue), generic: false, paramCount };
  return { sql, generic: paramCount > 0, paramCount };
}

/** Objects go as JSON text (for json/jsonb parameters); everything else as the driver sends it. */
function toParamValue(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : value;
}
