import { parseSync } from 'libpg-query';

/** Statements EXPLAIN takes; anything else (DDL, ANALYZE, SET, LOCK, NOTIFY, ...) is not a query to plan. */
const EXPLAINABLE = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'CreateTableAsStmt', 'DeclareCursorStmt']);

/** Command tags of the parse-tree nodes whose name does not say it (`IndexStmt` is CREATE INDEX). */
const TAGS: Record<string, string> = {
  CreateStmt: 'CREATE TABLE',
  IndexStmt: 'CREATE INDEX',
  CreateSeqStmt: 'CREATE SEQUENCE',
  CreateEnumStmt: 'CREATE TYPE',
  CompositeTypeStmt: 'CREATE TYPE',
  CreateFunctionStmt: 'CREATE FUNCTION',
  CreateTrigStmt: 'CREATE TRIGGER',
  CreateExtensionStmt: 'CREATE EXTENSION',
  CreateSchemaStmt: 'CREATE SCHEMA',
  CreateDomainStmt: 'CREATE DOMAIN',
  CreatePolicyStmt: 'CREATE POLICY',
  ViewStmt: 'CREATE VIEW',
  RuleStmt: 'CREATE RULE',
  AlterTableStmt: 'ALTER TABLE',
  RenameStmt: 'ALTER ... RENAME',
  DropStmt: 'DROP',
  TruncateStmt: 'TRUNCATE',
  CommentStmt: 'COMMENT',
  GrantStmt: 'GRANT',
  LockStmt: 'LOCK',
  NotifyStmt: 'NOTIFY',
  ListenStmt: 'LISTEN',
  UnlistenStmt: 'UNLISTEN',
  RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
  ClusterStmt: 'CLUSTER',
  ReindexStmt: 'REINDEX',
  DoStmt: 'DO',
  CallStmt: 'CALL',
  CopyStmt: 'COPY',
  TransactionStmt: 'transaction control',
  DiscardStmt: 'DISCARD',
  VariableShowStmt: 'SHOW',
  CheckPointStmt: 'CHECKPOINT',
  ExplainStmt: 'EXPLAIN',
  PrepareStmt: 'PREPARE',
  ExecuteStmt: 'EXECUTE',
  DeallocateStmt: 'DEALLOCATE',
};

/**
 * The kind of each statement of `sql` that EXPLAIN cannot take (`ANALYZE`, `CREATE TABLE`,
 * `SET`), by the real parser; null when the text does not parse or holds a statement EXPLAIN
 * takes (then it is explained, and any error is the query's own).
 */
export function unexplainableKinds(sql: string): string[] | null {
  // Both sides ask about mostly the same texts.
  if (kindsByText.has(sql)) return kindsByText.get(sql)!;
  const kinds = kindsOf(sql);
  if (kindsByText.size >= 5000) kindsByText.clear();
  kindsByText.set(sql, kinds);
  return kinds;
}

const kindsByText = new Map<string, string[] | null>();

function kindsOf(sql: string): string[] | null {
  let statements: { stmt?: Record<string, unknown> }[];
  try {
    statements = parseSync(sql).stmts ?? [];
  } catch {
    return null;
  }
  if (statements.length === 0) return null;
  const kinds: string[] = [];
  for (const { stmt } of statements) {
    const type = Object.keys(stmt ?? {})[0];
    if (!type || EXPLAINABLE.has(type)) return null;
    kinds.push(kindOf(type, (stmt![type] ?? {}) as Record<string, unknown>));
  }
  return kinds;
}

function kindOf(type: string, node: Record<string, unknown>): string {
  if (type === 'VacuumStmt') return node.is_vacuumcmd ? 'VACUUM' : 'ANALYZE';
  if (type === 'VariableSetStmt') return String(node.kind).startsWith('VAR_RESET') ? 'RESET' : 'SET';
  return (
    TAGS[type] ??
    type
      .replace(/Stmt$/, '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toUpperCase()
  );
}

/** `ANALYZE`, or `CREATE TABLE ×2, CREATE INDEX` for several statements. */
export function describeKinds(kinds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => (count > 1 ? `${kind} ×${count}` : kind)).join(', ');
}
