import { isSqlParseError } from '../util/errors.ts';
import { parseSync } from 'libpg-query';
import { scalarText } from '../util/text.ts';

/**
 * Which captured statements count as the application's queries.
 *
 * Recorded: SELECT (including WITH ... and VALUES), INSERT, UPDATE, DELETE and MERGE — the
 * statements EXPLAIN can plan and an endpoint's query count is about — and SQL the parser
 * rejects (the application still sent it; EXPLAIN will report the error).
 *
 * Skipped, counted per reason so the report can say what was left out:
 * - `transaction`: BEGIN/START, COMMIT/END, ROLLBACK, SAVEPOINT, RELEASE, PREPARE TRANSACTION.
 *   ORMs wrap writes in them; they are round-trips but not queries to plan, and counting
 *   them would make "wrap this in a transaction" look like a query-count regression.
 * - `session`: SET/RESET (SET application_name updates the session's name), SHOW, DISCARD,
 *   DEALLOCATE, LISTEN/UNLISTEN — driver and pool housekeeping.
 * - `health-check`: a SELECT of constants only, with no FROM/WHERE (`SELECT 1`, `SELECT 'ok'`),
 *   which pools and frameworks send to validate connections (Django CONN_HEALTH_CHECKS,
 *   HikariCP's connectionTestQuery, pgbouncer). `SELECT now()`, `SELECT nextval(...)` and
 *   any function call are kept: they are real work.
 * - `catalog`: statements that read only pg_catalog / information_schema (or unqualified
 *   `pg_*` relations): ORM type and schema introspection on connect, not application queries.
 * - `utility`: everything else — DDL, COPY, TRUNCATE (test-suite cleaners), VACUUM, EXPLAIN,
 *   CALL, DO, LOCK, NOTIFY, SQL-level PREPARE/EXECUTE: not plannable as a query here.
 */
export type NoiseReason = 'transaction' | 'session' | 'health-check' | 'catalog' | 'utility';

/** What a skipped statement does to the session state the recorder tracks. */
export type SessionEffect =
  /** SET application_name (value) or RESET / SET ... TO DEFAULT (null: back to the startup value). */
  | { kind: 'application-name'; value: string | null }
  /** RESET ALL, or DISCARD ALL (which also drops prepared statements and portals). */
  | { kind: 'reset-all'; discard: boolean }
  /** DEALLOCATE name, or DEALLOCATE ALL (null). */
  | { kind: 'deallocate'; name: string | null };

export type Classification = { kind: 'record'; parsed: boolean } | { kind: 'skip'; reason: NoiseReason; effect?: SessionEffect };

const DML = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);
const SESSION = new Set(['VariableSetStmt', 'VariableShowStmt', 'DiscardStmt', 'DeallocateStmt', 'ListenStmt', 'UnlistenStmt']);

const cache = new Map<string, Classification>();
const CACHE_LIMIT = 20_000;

/** Classify one statement (libpg-query must be loaded). Results are cached per text. */
export function classifyStatement(sql: string): Classification {
  const cached = cache.get(sql);
  if (cached) return cached;
  const result = classifyUncached(sql);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sql, result);
  return result;
}

function classifyUncached(sql: string): Classification {
  let stmts;
  try {
    stmts = parseSync(sql).stmts ?? [];
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    return { kind: 'record', parsed: false };
  }
  const node = stmts[0]?.stmt as Record<string, unknown> | undefined;
  if (!node) return { kind: 'skip', reason: 'utility' }; // empty query: only comments or ';'
  const [type, body] = Object.entries(node)[0] as [string, Record<string, unknown>];
  if (DML.has(type)) {
    if (type === 'SelectStmt' && body.intoClause) return { kind: 'skip', reason: 'utility' }; // SELECT INTO = CREATE TABLE AS
    if (type === 'SelectStmt' && isHealthCheck(body)) return { kind: 'skip', reason: 'health-check' };
    if (readsOnlyCatalog(body)) return { kind: 'skip', reason: 'catalog' };
    return { kind: 'record', parsed: true };
  }
  if (type === 'TransactionStmt') return { kind: 'skip', reason: 'transaction' };
  if (SESSION.has(type)) {
    const effect = sessionEffect(type, body);
    return effect ? { kind: 'skip', reason: 'session', effect } : { kind: 'skip', reason: 'session' };
  }
  return { kind: 'skip', reason: 'utility' };
}

function sessionEffect(type: string, body: Record<string, unknown>): SessionEffect | undefined {
  if (type === 'VariableSetStmt') {
    if (body.kind === 'VAR_RESET_ALL') return { kind: 'reset-all', discard: false };
    if (scalarText(body.name ?? '').toLowerCase() !== 'application_name') return undefined;
    if (body.kind === 'VAR_SET_VALUE') {
      const arg = (body.args as Record<string, unknown>[] | undefined)?.[0];
      const value = arg ? constantText(arg) : null;
      return { kind: 'application-name', value: value ?? '' };
    }
    if (body.kind === 'VAR_RESET' || body.kind === 'VAR_SET_DEFAULT') return { kind: 'application-name', value: null };
    return undefined;
  }
  if (type === 'DiscardStmt' && body.target === 'DISCARD_ALL') return { kind: 'reset-all', discard: true };
  if (type === 'DeallocateStmt') return { kind: 'deallocate', name: body.isall ? null : scalarText(body.name ?? '') };
  return undefined;
}

/** `SELECT 1`, `SELECT 'ok' AS status`, `SELECT true::bool`: constants only, nothing read. */
function isHealthCheck(select: Record<string, unknown>): boolean {
  if (select.fromClause || select.whereClause || select.valuesLists || select.withClause || select.larg || select.havingClause) return false;
  const targets = select.targetList as Record<string, unknown>[] | undefined;
  if (!targets?.length) return false;
  return targets.every((target) => {
    const value = (target.ResTarget as Record<string, unknown> | undefined)?.val as Record<string, unknown> | undefined;
    return !!value && constantText(value) !== undefined;
  });
}

/** The text of an A_Const (possibly under a TypeCast); undefined for anything else. */
export function constantText(node: Record<string, unknown>): string | null | undefined {
  if (node.TypeCast) return constantText((node.TypeCast as Record<string, unknown>).arg as Record<string, unknown>);
  const constant = node.A_Const as Record<string, unknown> | undefined;
  if (!constant) return undefined;
  return aConstText(constant);
}

/** Text of an A_Const body; protobuf JSON omits zero values (`ival: {}` is 0, `boolval: {}` false). */
export function aConstText(constant: Record<string, unknown>): string | null {
  if (constant.isnull) return null;
  if (constant.ival) return String((constant.ival as { ival?: number }).ival ?? 0);
  if (constant.fval) return String((constant.fval as { fval?: string }).fval ?? '0');
  if (constant.sval) return (constant.sval as { sval?: string }).sval ?? '';
  if (constant.boolval) return (constant.boolval as { boolval?: boolean }).boolval ? 'true' : 'false';
  if (constant.bsval) return (constant.bsval as { bsval?: string }).bsval ?? '';
  return '';
}

const CATALOG_SCHEMAS = new Set(['pg_catalog', 'information_schema']);

function readsOnlyCatalog(body: unknown): boolean {
  const relations: { schemaname?: string; relname?: string }[] = [];
  collectRangeVars(body, relations);
  if (relations.length === 0) return false;
  return relations.every((relation) =>
    relation.schemaname ? CATALOG_SCHEMAS.has(relation.schemaname.toLowerCase()) : (relation.relname ?? '').toLowerCase().startsWith('pg_'),
  );
}

function collectRangeVars(node: unknown, out: { schemaname?: string; relname?: string }[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRangeVars(item, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'RangeVar') out.push(value as { schemaname?: string; relname?: string });
    else collectRangeVars(value, out);
  }
}

/**
 * Split a simple-protocol Query string into its statements (libpg-query must be loaded).
 * Comments between statements stay with the statement that follows them, and a trailing
 * comment with the statement before it, so sqlcommenter tags — appended, or prepended as
 * Rails can — stay on their statement. Unparsable text is returned whole.
 */
export function splitStatements(sql: string): string[] {
  let stmts;
  try {
    stmts = parseSync(sql).stmts ?? [];
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    const whole = sql.trim();
    return whole ? [whole] : [];
  }
  if (stmts.length <= 1) {
    const whole = stripSemicolons(sql);
    return stmts.length === 1 && whole ? [whole] : [];
  }
  const bytes = Buffer.from(sql, 'utf8');
  const out: string[] = [];
  let from = 0;
  stmts.forEach((stmt, index) => {
    const start = stmt.stmt_location ?? 0;
    const end = index === stmts.length - 1 || !stmt.stmt_len ? bytes.length : start + stmt.stmt_len;
    const text = stripSemicolons(bytes.subarray(from, end).toString('utf8'));
    if (text) out.push(text);
    from = end;
  });
  return out;
}

/** Trim whitespace and leading/trailing semicolons around one statement. */
export function stripSemicolons(text: string): string {
  return text.replace(/^[\s;]+/, '').replace(/[\s;]+$/, '');
}
