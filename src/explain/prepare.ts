import { parseSync } from 'libpg-query';
import type { ExplainRequest } from '../engine/index.ts';
import { canonical } from '../util/canonical.ts';
import { READ_ONLY_BUILTINS } from './read-only-builtins.generated.ts';
import { leftoverPlaceholders, toPostgresSql } from './placeholders.ts';
import type { QueryDef } from './queries.ts';

/** How a query was planned: with given values, with values inferred from the data, or generically. */
export type PlanMode = 'params' | 'inferred' | 'generic';

export type PreparedQuery = ExplainRequest & { planMode: PlanMode };

/**
 * What the parser says about one query text: the statement to explain, its highest `$n` and
 * whether it writes, an error, or null when the text does not parse.
 */
type TextAnalysis = { sql: string; paramCount: number; writes?: true } | { error: string } | null;

/**
 * Analyses by query text. Base and head mostly share their queries' text: each distinct text
 * is parsed once. A parse costs about its text × 70 in memory for a moment (libpg-query's JSON
 * parse tree, then its objects): a 5 MB IN list, ~3 s and ~400 MB a parse.
 */
export type ParsedTexts = Map<string, TextAnalysis>;

/**
 * Check a query with the real parser before it reaches the database: exactly one statement
 * (so nothing can ride along with the EXPLAIN), and whether it has $n placeholders.
 */
export function toExplainRequest(
  def: QueryDef,
  placeholders: Readonly<Record<string, string>> = {},
  parsed: ParsedTexts = new Map(),
): PreparedQuery | { error: string } {
  if (def.definitionError) return { error: def.definitionError };
  let text = toPostgresSql(def.sql, def.dialect ?? 'plain', placeholders);
  let analysis = analyzeText(text, parsed);
  if (analysis === null && !def.dialect) {
    // A yesql/aiosql file with a single query is not told apart by its markers: its `:id`
    // parameters show when the text only parses with them rewritten.
    const colon = toPostgresSql(def.sql, 'colon', placeholders);
    const again = analyzeText(colon, parsed);
    if (again !== null) [text, analysis] = [colon, again];
  }
  if (analysis === null) return { error: parseFailure(text) };
  if ('error' in analysis) return analysis;
  const { sql, paramCount } = analysis;
  const writes = analysis.writes && { writes: true };
  if (paramCount > 0 && def.planMode === 'generic') return { sql, generic: true, paramCount, planMode: 'generic', ...writes };
  if (def.params)
    return { sql, params: def.params.map(toParamValue), generic: false, paramCount, planMode: def.paramsInferred ? 'inferred' : 'params', ...writes };
  return { sql, generic: paramCount > 0, paramCount, planMode: paramCount > 0 ? 'generic' : 'params', ...writes };
}

function analyzeText(text: string, parsed: ParsedTexts): TextAnalysis {
  if (parsed.has(text)) return parsed.get(text)!;
  const analysis = analyzeStatements(text);
  parsed.set(text, analysis);
  return analysis;
}

function analyzeStatements(text: string): TextAnalysis {
  const statements = tryParse(text);
  if (!statements) return null;
  if (statements.length !== 1) return { error: `expected exactly one SQL statement, found ${statements.length}` };
  const bytes = Buffer.from(text, 'utf8');
  const start = statements[0]!.stmt_location ?? 0;
  const sql = bytes
    .subarray(start, statements[0]!.stmt_len ? start + statements[0]!.stmt_len : bytes.length)
    .toString('utf8')
    .trim();
  return { sql, ...treeFacts(statements[0]) };
}

/** Statements that write rows, at the top or in a CTE. */
const WRITING_STATEMENTS = ['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt'];

/*
 * A query that calls a function other than a built-in no overload of which is VOLATILE (a
 * function of yours that runs an UPDATE, nextval, random) may write: its measured run then counts
 * as a write, ordered with the writes and replayed with them (engine/cache/remembering.ts), so that
 * what it leaves in the pages is there for every later question on every path. The built-ins are
 * PostgreSQL's own volatility marks (read-only-builtins.generated.ts); a harmless function of
 * the user's taken for a write only moves its query among the writes.
 */

/**
 * The highest `$n` of a parse tree and whether it writes, walked with a stack of its own: no
 * JSON copy of the tree (44 MB for a 5 MB IN list) and no recursion limit on deeply nested
 * expressions.
 */
function treeFacts(tree: unknown): { paramCount: number; writes?: true } {
  let highest = 0;
  let writes = false;
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const ref = (value as { ParamRef?: { number?: number } }).ParamRef;
    if (ref?.number !== undefined) highest = Math.max(highest, ref.number);
    if (!writes) writes = WRITING_STATEMENTS.some((name) => name in value) || callsUnknownFunction(value);
    for (const item of Object.values(value)) stack.push(item);
  }
  return { paramCount: highest, ...(writes && { writes: true as const }) };
}

function callsUnknownFunction(node: object): boolean {
  const call = (node as { FuncCall?: { funcname?: { String?: { sval?: string } }[] } }).FuncCall;
  const name = call?.funcname?.at(-1)?.String?.sval;
  return name !== undefined && !READ_ONLY_BUILTINS.has(name.toLowerCase());
}

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
  if (leftover.length)
    return `the query contains the application placeholder ${leftover.join(', ')}: give it replacement text in the placeholders: map of the config`;
  try {
    parseSync(text);
    return 'syntax error';
  } catch (error) {
    const details = (error as { sqlDetails?: { message?: string } }).sqlDetails;
    return `syntax error: ${details?.message ?? (error as Error).message}`;
  }
}

/** What makes two requests the same EXPLAIN (and the same measured run) on one database; `.inf` and null are two values. */
export function requestKey(request: ExplainRequest | undefined): string {
  return request ? canonical([request.sql, request.params ?? null, request.generic]) : '';
}
