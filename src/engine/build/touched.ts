/**
 * The tables a schema statement may change the rows, columns or indexes of, by name, from its
 * parse tree: what an incremental head must analyze again after its new files (the others keep
 * base's statistics, identical by construction). `all` where a statement can do anything (a DO
 * block, a function call, an extension's own tables); an empty list where it changes no table's
 * statistics (a view, a function, a comment, a grant).
 */
export type Touched = string[] | 'all';

/** Statements that name their table in `relation` (a RangeVar). */
const ON_RELATION = new Set([
  'CreateStmt',
  'AlterTableStmt',
  'InsertStmt',
  'UpdateStmt',
  'DeleteStmt',
  'MergeStmt',
  'CopyStmt',
  'RefreshMatViewStmt',
  'ClusterStmt',
]);

/** Statements that change no table's rows, columns or indexes. */
const NOTHING = new Set([
  'ViewStmt',
  'CreateFunctionStmt',
  'AlterFunctionStmt',
  'CommentStmt',
  'GrantStmt',
  'GrantRoleStmt',
  'AlterOwnerStmt',
  'AlterDefaultPrivilegesStmt',
  'DropStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'CreateTrigStmt',
  'CreatePolicyStmt',
  'AlterPolicyStmt',
  'CreateEnumStmt',
  'AlterEnumStmt',
  'CreateDomainStmt',
  'AlterDomainStmt',
  'CompositeTypeStmt',
  'CreateSchemaStmt',
  'DefineStmt',
  'RenameStmt',
  'VariableSetStmt',
  'TransactionStmt',
  'CreateRoleStmt',
  'AlterRoleStmt',
]);

interface RangeVar {
  relname?: string;
}

export function touchedBy(statement: Record<string, unknown> | undefined): Touched {
  if (!statement) return [];
  const [type] = Object.keys(statement);
  if (!type) return [];
  const body = statement[type] as Record<string, unknown>;
  if (NOTHING.has(type)) return [];
  if (type === 'TruncateStmt') return names((body.relations as { RangeVar?: RangeVar }[] | undefined)?.map((item) => item.RangeVar));
  // ALTER INDEX ... SET STATISTICS names the index, not the table ANALYZE takes.
  if (type === 'AlterTableStmt' && body.objtype === 'OBJECT_INDEX') return 'all';
  if (ON_RELATION.has(type)) return names([body.relation as RangeVar | undefined]);
  // New extended statistics are empty until their table is analyzed.
  if (type === 'CreateStatsStmt') return names((body.relations as { RangeVar?: RangeVar }[] | undefined)?.map((item) => item.RangeVar));
  if (type === 'IndexStmt') {
    // An index on plain columns brings no statistics of its own (CREATE INDEX sets its size);
    // one on an expression does, from ANALYZE of its table.
    const keys = (body.indexParams as { IndexElem?: { expr?: unknown } }[] | undefined) ?? [];
    return keys.some((key) => key.IndexElem?.expr !== undefined) ? names([body.relation as RangeVar | undefined]) : [];
  }
  if (type === 'CreateTableAsStmt') return names([(body.into as { rel?: RangeVar } | undefined)?.rel]);
  if (type === 'VacuumStmt') {
    const relations = (body.rels as { VacuumRelation?: { relation?: RangeVar } }[] | undefined)?.map((item) => item.VacuumRelation?.relation);
    return relations?.length ? names(relations) : 'all';
  }
  return 'all';
}

function names(relations: (RangeVar | undefined)[] | undefined): Touched {
  const found = (relations ?? []).map((relation) => relation?.relname).filter((name): name is string => typeof name === 'string');
  // A statement of a touching kind whose table is not where expected: play safe.
  return found.length ? found : 'all';
}

export function mergeTouched(all: readonly Touched[]): Touched {
  if (all.includes('all')) return 'all';
  return [...new Set((all as string[][]).flat())];
}
