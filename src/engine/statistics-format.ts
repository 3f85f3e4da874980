/**
 * The production statistics file (`export-statistics` writes it, `production_statistics:` reads
 * it). Statistics are kept as PostgreSQL gives them, under pg_stats' own column names (which are
 * also the argument names of PostgreSQL 18's pg_restore_attribute_stats), so they can be applied
 * either way: through pg_restore_relation_stats/pg_restore_attribute_stats on 18, or by writing
 * pg_statistic's slots on 13–17. Value arrays (most_common_vals, histogram_bounds, ...) are the
 * text form of the array (`{a,b}`), as `array_in` reads it with the column's type.
 * schema/production-statistics.schema.json is the same definition for validation. It lives in
 * engine/ because the engine applies the file (build/apply-statistics.ts); statistics/ writes it.
 */

export const STATISTICS_FILE_VERSION = 1;
export const DEFAULT_STATISTICS_FILE = '.pg-plan-gate/production-statistics.json';
/** Text-like columns keep their values up to this many distinct values (statuses, countries). */
export const DISTINCT_VALUES_LIMIT = 1000;

/** One pg_stats row (one per column, and one more with inherited = true for a parent's tree). */
export interface ColumnStatsRow {
  inherited: boolean;
  null_frac: number;
  avg_width: number;
  n_distinct: number;
  most_common_vals: string | null;
  most_common_freqs: number[] | null;
  histogram_bounds: string | null;
  correlation: number | null;
  most_common_elems: string | null;
  most_common_elem_freqs: number[] | null;
  elem_count_histogram: number[] | null;
  /** PostgreSQL 17+ (null before): range types' statistics. */
  range_length_histogram: string | null;
  range_empty_frac: number | null;
  range_bounds_histogram: string | null;
}

/** The fields of a row that hold the column's own values (dropped by the value rules). */
export const VALUE_FIELDS = ['most_common_vals', 'histogram_bounds', 'most_common_elems', 'range_bounds_histogram'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

export interface ColumnStatistics {
  name: string;
  /** format_type(atttypid, atttypmod) with search_path = pg_catalog: types outside pg_catalog are schema-qualified. */
  type: string;
  /** pg_type.typcategory of the type, of its base type for a domain (N numeric, S string, E enum, A array, R range, U user ...). */
  category: string;
  /** The element type of an array, the subtype of a range (format_type); null otherwise. */
  elementType: string | null;
  elementCategory: string | null;
  /** Empty when the column has no statistics (never analyzed, or the role may not read them). */
  stats: ColumnStatsRow[];
}

export interface IndexStatistics {
  name: string;
  /** pg_get_indexdef: a schema-qualified CREATE INDEX statement. */
  definition: string;
  method: string;
  unique: boolean;
  primary: boolean;
  relpages: number;
  reltuples: number;
  /** Statistics of expression columns (an index on lower(email) has a column `lower`). */
  columns: IndexColumnStatistics[];
}

export interface IndexColumnStatistics extends ColumnStatistics {
  /** pg_get_indexdef(index, column): the expression (`lower(email)`), or the table column's name. */
  expression: string;
}

export type RelationKind = 'table' | 'partitioned table' | 'materialized view';

export interface TableStatistics {
  schema: string;
  name: string;
  kind: RelationKind;
  /** The parent of a partition ("schema.name"), else null. */
  partitionOf: string | null;
  relpages: number;
  /** -1 (14+) or 0 with relpages 0 (13): never vacuumed or analyzed. */
  reltuples: number;
  relallvisible: number;
  /** PostgreSQL 18+, else null. */
  relallfrozen: number | null;
  /** The role could read the table's column statistics (SELECT privilege, no row security in the way). */
  readable: boolean;
  columns: ColumnStatistics[];
  indexes: IndexStatistics[];
}

/** One pg_stats_ext row. n_distinct and dependencies are the text output of pg_ndistinct/pg_dependencies. */
export interface ExtendedStatsRow {
  inherited: boolean;
  n_distinct: string | null;
  dependencies: string | null;
  /** Text of the text[] of value combinations, in the order of the object's columns then expressions. */
  most_common_vals: string | null;
  most_common_val_nulls: string | null;
  most_common_freqs: number[] | null;
  most_common_base_freqs: number[] | null;
}

/** One pg_stats_ext_exprs row (14+): the statistics of one expression of the object. */
export interface ExpressionStatsRow extends Omit<ColumnStatsRow, 'range_length_histogram' | 'range_empty_frac' | 'range_bounds_histogram'> {
  expr: string;
}

export interface ExtendedStatistics {
  schema: string;
  table: string;
  statisticsSchema: string;
  name: string;
  /** pg_get_statisticsobjdef: the CREATE STATISTICS statement. */
  definition: string;
  columns: string[];
  /**
   * Production's attribute numbers of `columns`, in the same order. The text of n_distinct and
   * dependencies names columns by these numbers, and expressions as -1, -2, ... in `expressions`' order.
   */
  attnums: number[];
  expressions: string[];
  /** pg_statistic_ext.stxkind: d ndistinct, f dependencies, m mcv, e expressions. */
  kinds: string[];
  /** Empty when the role may not read them (PostgreSQL shows extended statistics to the table owner's role only). */
  stats: ExtendedStatsRow[];
  expressionStats: ExpressionStatsRow[];
}

/** What the value rules (or --drop-values) removed from the file: the fields were set to null. */
export interface DroppedValues {
  schema: string;
  /** The table, or the index for an index's expression column. */
  relation: string;
  /** A column, an index's expression column, or an extended statistics object (`statistics`). */
  column: string | null;
  statistics: string | null;
  fields: string[];
  reason: string;
}

export interface ExportOptionsRecord {
  keepValues: boolean;
  dropValues: string[];
  distinctValuesLimit: number;
}

export interface ProductionStatistics {
  version: typeof STATISTICS_FILE_VERSION;
  exportedAt: string;
  /** The server's version as it names it, first word (e.g. 15.8). */
  serverVersion: string;
  serverVersionNum: number;
  database: string;
  generator: string;
  schemas: string[];
  options: ExportOptionsRecord;
  tables: TableStatistics[];
  extended: ExtendedStatistics[];
  dropped: DroppedValues[];
}
