import type { ScriptFile, ScriptStep } from '../database.ts';

/**
 * Whether a build's rows may hold the time they were built at. Such a database is not the same
 * database a minute later: a query for "the last 60 seconds" finds its rows in a run that builds
 * it, and none in a run that reuses yesterday's copy. So it is never kept between runs (fixture
 * cache, remembered answers). The parse tree tells: a statement that runs (not one that only
 * stores an expression, such as a column default or a view) and reads the clock, or a row
 * inserted without a column whose default reads it.
 */

/** What one statement does with the clock, from its parse tree. */
export interface ClockFacts {
  /** It runs and reads the clock (now(), CURRENT_DATE, 'now'::timestamptz, ...). */
  reads?: true;
  /** `table.column` defaults it declares that read the clock. */
  defaults?: string[];
  /** Rows it inserts: the table and the columns it lists (null: none listed, every column given). */
  inserts?: { table: string; columns: string[] | null };
  /** A column it adds to a table, with a default that reads the clock: existing rows get the time. */
  fillsExisting?: string;
}

const CLOCK_FUNCTIONS = new Set(['now', 'clock_timestamp', 'statement_timestamp', 'transaction_timestamp', 'timeofday']);
const CLOCK_WORDS = new Set(['now', 'today', 'tomorrow', 'yesterday']);
/** Statements that keep an expression for later instead of running it. */
const STORES_EXPRESSIONS = new Set([
  'CreateStmt',
  'AlterTableStmt',
  'ViewStmt',
  'CreateFunctionStmt',
  'IndexStmt',
  'CreateTrigStmt',
  'RuleStmt',
  'CreatePolicyStmt',
  'AlterPolicyStmt',
  'CreateDomainStmt',
  'AlterDomainStmt',
  'DefineStmt',
  'CommentStmt',
]);

type Node = Record<string, unknown>;

/** Whether an expression tree reads the clock. */
export function readsClock(tree: unknown): boolean {
  const stack: unknown[] = [tree];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      stack.push(...(value as unknown[]));
      continue;
    }
    const node = value as Node;
    const call = node.FuncCall as { funcname?: { String?: { sval?: string } }[] } | undefined;
    const name = call?.funcname?.at(-1)?.String?.sval;
    if (name && CLOCK_FUNCTIONS.has(name.toLowerCase())) return true;
    const op = (node.SQLValueFunction as { op?: string } | undefined)?.op;
    if (op && /^SVFOP_(CURRENT_(DATE|TIME|TIMESTAMP)|LOCALTIME|LOCALTIMESTAMP)/.test(op)) return true;
    const cast = node.TypeCast as { arg?: { A_Const?: { sval?: { sval?: string } } } } | undefined;
    const word = cast?.arg?.A_Const?.sval?.sval;
    if (word && CLOCK_WORDS.has(word.trim().toLowerCase())) return true;
    stack.push(...Object.values(node));
  }
  return false;
}

interface RangeVar {
  schemaname?: string;
  relname?: string;
}
interface ColumnDef {
  colname?: string;
  constraints?: { Constraint?: { contype?: string; raw_expr?: unknown } }[];
}

const clockDefault = (column: ColumnDef | undefined) =>
  column?.constraints?.some((item) => item.Constraint?.contype === 'CONSTR_DEFAULT' && readsClock(item.Constraint.raw_expr)) ?? false;

/** A statement's clock facts, or undefined when it has none. */
export function clockFactsOf(statement: Node | undefined): ClockFacts | undefined {
  if (!statement) return undefined;
  const [type] = Object.keys(statement);
  if (!type) return undefined;
  const body = statement[type] as Node;
  const facts: ClockFacts = {};
  if (type === 'CreateStmt') {
    const table = (body.relation as RangeVar | undefined)?.relname;
    const columns = ((body.tableElts as { ColumnDef?: ColumnDef }[] | undefined) ?? []).map((item) => item.ColumnDef).filter(clockDefault);
    if (table && columns.length) facts.defaults = columns.map((column) => `${table}.${column!.colname}`);
  } else if (type === 'AlterTableStmt') {
    const table = (body.relation as RangeVar | undefined)?.relname;
    for (const item of (body.cmds as { AlterTableCmd?: { subtype?: string; name?: string; def?: unknown } }[] | undefined) ?? []) {
      const cmd = item.AlterTableCmd;
      if (!table || !cmd) continue;
      if (cmd.subtype === 'AT_AddColumn' && clockDefault((cmd.def as { ColumnDef?: ColumnDef } | undefined)?.ColumnDef)) {
        const column = (cmd.def as { ColumnDef: ColumnDef }).ColumnDef.colname;
        (facts.defaults ??= []).push(`${table}.${column}`);
        facts.fillsExisting = table;
      } else if (cmd.subtype === 'AT_ColumnDefault' && cmd.def !== undefined && readsClock(cmd.def)) {
        (facts.defaults ??= []).push(`${table}.${cmd.name}`);
      }
    }
  } else if (!STORES_EXPRESSIONS.has(type) && readsClock(body)) {
    facts.reads = true;
  }
  if (type === 'InsertStmt') {
    const table = (body.relation as RangeVar | undefined)?.relname;
    const cols = body.cols as { ResTarget?: { name?: string } }[] | undefined;
    // DEFAULT VALUES (no select) gives no column: every default fills.
    const columns = cols?.length ? cols.map((col) => col.ResTarget?.name ?? '') : body.selectStmt === undefined ? [] : null;
    if (table) facts.inserts = { table, columns };
  }
  return Object.keys(facts).length ? facts : undefined;
}

/** A pg_dump-style `COPY table (a, b) FROM stdin` line: the rows it inserts. */
function copyInserts(sql: string): ClockFacts['inserts'] {
  const match = /^COPY\s+(?:ONLY\s+)?((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)\s*(?:\(([^)]*)\))?/i.exec(sql);
  if (!match) return undefined;
  const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1) : name.toLowerCase());
  const table = unquote(match[1]!.split('.').pop()!);
  return { table, columns: match[2] ? match[2].split(',').map((name) => unquote(name.trim())) : null };
}

/**
 * Where the first statement is whose rows may hold the build's time (`db/seed.sql:3`), or null.
 * `increment`: files run on a populated copy (incremental head), where a column added with a
 * clock default fills every existing row.
 */
export function clockReadAt(files: readonly ScriptFile[], increment: readonly ScriptFile[] = []): string | null {
  const defaults = new Map<string, Set<string>>();
  const visit = (step: ScriptStep, populated: boolean): boolean => {
    const facts = step.kind === 'sql' ? step.clock : step.kind === 'copy' ? { inserts: copyInserts(step.sql) } : undefined;
    if (!facts) return false;
    for (const name of facts.defaults ?? []) {
      const [table, column] = [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.') + 1)];
      defaults.set(table, (defaults.get(table) ?? new Set()).add(column));
    }
    if (facts.reads || (populated && facts.fillsExisting)) return true;
    const inserts = facts.inserts;
    const clocked = inserts && defaults.get(inserts.table);
    // No column list: every column is given (a shorter VALUES list is not told apart here).
    return !!clocked && inserts.columns !== null && [...clocked].some((column) => !inserts.columns!.includes(column));
  };
  for (const [list, populated] of [
    [files, false],
    [increment, true],
  ] as const) {
    for (const file of list) for (const step of file.steps) if (visit(step, populated)) return `${file.path}:${step.line}`;
  }
  return null;
}
