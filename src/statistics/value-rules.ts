import { UserError } from '../util/errors.ts';
import {
  DISTINCT_VALUES_LIMIT,
  VALUE_FIELDS,
  type ColumnStatistics,
  type ColumnStatsRow,
  type DroppedValues,
  type ExpressionStatsRow,
  type ExtendedStatistics,
  type TableStatistics,
} from './format.ts';

/**
 * Which values leave production. Values (most common values, histogram bounds, most common
 * elements, range bounds) are kept for numbers, dates and times, intervals, booleans and enums,
 * and for every other type (text, uuid, json, inet, geometry, ...) only when the column has at
 * most DISTINCT_VALUES_LIMIT distinct values (statuses, countries). Counts and fractions are
 * always kept. Pure functions: the export reads the catalogs, these decide.
 */

/** pg_type.typcategory values whose values are kept whatever their number. */
const ALWAYS_KEPT = new Map([
  ['N', 'numeric'],
  ['D', 'date/time'],
  ['T', 'interval'],
  ['B', 'boolean'],
  ['E', 'enum'],
]);

export interface ValueRuleOptions {
  keepValues: boolean;
  dropValues: readonly DropValuesTarget[];
  limit?: number;
}

export interface DropValuesTarget {
  /** As the user wrote it, for the reason. */
  text: string;
  schema: string | null;
  table: string;
  column: string;
}

export interface Decision {
  keep: boolean;
  reason: string;
}

/** `TABLE.COLUMN` or `SCHEMA.TABLE.COLUMN` (names as PostgreSQL stores them, unquoted). */
export function parseDropValues(text: string): DropValuesTarget {
  const parts = text.split('.');
  if ((parts.length !== 2 && parts.length !== 3) || parts.some((part) => part.trim() === '')) {
    throw new UserError(`--drop-values ${text}: expected TABLE.COLUMN or SCHEMA.TABLE.COLUMN`);
  }
  const [schema, table, column] = parts.length === 3 ? parts : [null, ...parts];
  return { text, schema: schema ?? null, table: table!, column: column! };
}

/**
 * A column's number of distinct values: pg_stats' n_distinct when positive, its negative form
 * (a fraction of the rows) times the relation's rows, null when unknown (0, or no row count).
 */
export function resolveDistinct(nDistinct: number, rows: number): number | null {
  if (nDistinct > 0) return nDistinct;
  if (nDistinct < 0 && rows > 0) return Math.round(-nDistinct * rows);
  return null;
}

/**
 * Whether a column's values may stay. `category` is the type's pg_type.typcategory (of the
 * elements for an array, of the subtype for a range); `typeName` is for the reason.
 * An unknown category (an expression's type is not in the catalogs a role can read) is text-like.
 */
export function valueDecision(category: string | null, typeName: string, distinct: number | null, limit: number = DISTINCT_VALUES_LIMIT): Decision {
  const kind = category === null ? undefined : ALWAYS_KEPT.get(category);
  if (kind) return { keep: true, reason: `${kind} type ${typeName}` };
  if (distinct === null) return { keep: false, reason: `type ${typeName}: number of distinct values unknown` };
  if (distinct > limit) return { keep: false, reason: `type ${typeName} with about ${distinct} distinct values (over ${limit})` };
  return { keep: true, reason: `type ${typeName} with ${distinct} distinct values (at most ${limit})` };
}

/** The category that decides: an array's elements', a range's subtype's, else the type's own. */
export function decidingCategory(column: Pick<ColumnStatistics, 'category' | 'elementCategory' | 'type' | 'elementType'>): {
  category: string;
  typeName: string;
} {
  if ((column.category === 'A' || column.category === 'R') && column.elementCategory) return { category: column.elementCategory, typeName: column.type };
  return { category: column.category, typeName: column.type };
}

/** Sets every value field of a row to null; the names of those that held something. */
function clearValues(row: ColumnStatsRow | ExpressionStatsRow): string[] {
  const cleared: string[] = [];
  const record = row as unknown as Record<string, unknown>;
  for (const field of VALUE_FIELDS) {
    if (field in record && record[field] !== null) {
      cleared.push(field);
      record[field] = null;
    }
  }
  return cleared;
}

const wordIn = (text: string, word: string) => new RegExp(`(^|[^\\w$])"?${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?($|[^\\w$])`).test(text);

/**
 * Applies the value rules to an export in place and returns what was dropped. `--drop-values`
 * targets that match no column are an error (a typo must not let values through).
 */
export function applyValueRules(tables: TableStatistics[], extended: ExtendedStatistics[], options: ValueRuleOptions): DroppedValues[] {
  const limit = options.limit ?? DISTINCT_VALUES_LIMIT;
  const dropped: DroppedValues[] = [];
  const used = new Set<DropValuesTarget>();
  const byName = new Map(tables.map((table) => [`${table.schema}.${table.name}`, table]));
  const children = new Map<string, TableStatistics[]>();
  for (const table of tables) {
    if (table.partitionOf) children.set(table.partitionOf, [...(children.get(table.partitionOf) ?? []), table]);
  }
  /** A partitioned table's rows: its own reltuples (14+ sets it), else its partitions' sum. */
  const rowsOf = (table: TableStatistics): number => {
    if (table.reltuples > 0) return table.reltuples;
    return (children.get(`${table.schema}.${table.name}`) ?? []).reduce((sum, child) => sum + Math.max(0, rowsOf(child)), 0);
  };
  /** The table and every table it is a partition of, for --drop-values on a parent. */
  const lineage = (table: TableStatistics): TableStatistics[] => {
    const parent = table.partitionOf ? byName.get(table.partitionOf) : undefined;
    return [table, ...(parent ? lineage(parent) : [])];
  };
  const forced = (table: TableStatistics, mentions: (column: string) => boolean): DropValuesTarget | undefined => {
    const names = lineage(table);
    const target = options.dropValues.find(
      (target) => names.some((t) => t.name === target.table && (target.schema === null || target.schema === t.schema)) && mentions(target.column),
    );
    if (target) used.add(target);
    return target;
  };

  const columnDecision = (table: TableStatistics, column: ColumnStatistics, rows: number, mentions: (name: string) => boolean): Decision => {
    const target = forced(table, mentions);
    if (target) return { keep: false, reason: `--drop-values ${target.text}` };
    if (options.keepValues) return { keep: true, reason: '--keep-values' };
    const { category, typeName } = decidingCategory(column);
    const row = column.stats.find((r) => !r.inherited) ?? column.stats[0];
    return valueDecision(category, typeName, row ? resolveDistinct(row.n_distinct, rows) : null, limit);
  };
  const record = (schema: string, relation: string, column: string | null, statistics: string | null, fields: Set<string>, reason: string) => {
    if (fields.size) dropped.push({ schema, relation, column, statistics, fields: [...fields], reason });
  };

  const droppedColumns = new Map<TableStatistics, Set<string>>();
  for (const table of tables) {
    const rows = rowsOf(table);
    const droppedHere = new Set<string>();
    for (const column of table.columns) {
      const decision = columnDecision(table, column, rows, (name) => name === column.name);
      if (decision.keep) continue;
      droppedHere.add(column.name);
      const fields = new Set(column.stats.flatMap(clearValues));
      record(table.schema, table.name, column.name, null, fields, decision.reason);
    }
    droppedColumns.set(table, droppedHere);
    for (const index of table.indexes) {
      const indexRows = index.reltuples > 0 ? index.reltuples : rows;
      for (const column of index.columns) {
        const decision = columnDecision(table, column, indexRows, (name) => wordIn(column.expression, name));
        if (decision.keep) continue;
        const fields = new Set(column.stats.flatMap(clearValues));
        record(table.schema, index.name, column.name, null, fields, decision.reason);
      }
    }
  }

  for (const object of extended) {
    const table = byName.get(`${object.schema}.${object.table}`);
    const rows = table ? rowsOf(table) : 0;
    const reasons: string[] = [];
    const fields = new Set<string>();
    for (const expression of object.expressionStats) {
      const target = table && forced(table, (name) => wordIn(expression.expr, name));
      const decision = target
        ? { keep: false, reason: `--drop-values ${target.text}` }
        : options.keepValues
          ? { keep: true, reason: '--keep-values' }
          : valueDecision(null, 'unknown (an expression)', resolveDistinct(expression.n_distinct, rows), limit);
      if (decision.keep) continue;
      for (const field of clearValues(expression)) fields.add(`${field} of ${expression.expr}`);
      reasons.push(`expression ${expression.expr}: ${decision.reason}`);
    }
    const droppedHere = table ? droppedColumns.get(table) : undefined;
    const columnsDropped = object.columns.filter((name) => !table || droppedHere?.has(name) || !table.columns.some((column) => column.name === name));
    const expressionsDropped = object.expressions.filter((expr) => {
      const stats = object.expressionStats.filter((row) => row.expr === expr);
      return (stats.length === 0 && !options.keepValues) || stats.some((row) => reasons.some((reason) => reason.startsWith(`expression ${row.expr}:`)));
    });
    if (columnsDropped.length || expressionsDropped.length) {
      for (const row of object.stats) {
        if (row.most_common_vals !== null) fields.add('most_common_vals');
        row.most_common_vals = null;
      }
      const what = [...columnsDropped.map((name) => `column ${name}`), ...expressionsDropped.map((expr) => `expression ${expr}`)];
      reasons.push(`the values of ${what.join(', ')} are dropped`);
    }
    record(object.schema, object.table, null, `${object.statisticsSchema}.${object.name}`, fields, reasons.join('; '));
  }

  const unused = options.dropValues.filter((target) => !used.has(target) && !matchesAnyColumn(tables, target));
  if (unused.length) throw new UserError(`--drop-values ${unused[0]!.text}: no exported table has that column (check --schema and the spelling)`);
  return dropped;
}

function matchesAnyColumn(tables: readonly TableStatistics[], target: DropValuesTarget): boolean {
  return tables.some(
    (table) =>
      table.name === target.table &&
      (target.schema === null || target.schema === table.schema) &&
      table.columns.some((column) => column.name === target.column),
  );
}
