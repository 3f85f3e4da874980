/**
 * The catalog queries of an export: a handful for the whole database, whatever the number of
 * tables (a 2,000-table schema must export in seconds). They differ by major only in columns
 * that a major added: range statistics in pg_stats (17), pg_stats_ext_exprs (14),
 * pg_stats_ext.inherited (15), pg_class.relallfrozen (18), multiranges (14).
 */

/** The schemas to read: $1 is the list given with --schema, or null for every non-system schema. */
const SCHEMA_FILTER = (column: string) =>
  `(CASE WHEN $1::text[] IS NULL THEN ${column} NOT IN ('pg_catalog', 'information_schema') AND ${column} !~ '^pg_(toast|temp_)' ELSE ${column} = ANY ($1::text[]) END)`;

export const VERSION_SQL = `SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num, current_database() AS database, current_user AS role`;

export const SCHEMAS_SQL = `SELECT nspname AS name FROM pg_namespace WHERE nspname = ANY ($1::text[])`;

export function relationsSql(versionNum: number): string {
  return `SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind,
  c.relpages, c.reltuples, c.relallvisible, ${versionNum >= 180000 ? 'c.relallfrozen' : 'NULL::int'} AS relallfrozen,
  (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
     JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE c.relispartition AND i.inhrelid = c.oid) AS partition_of,
  has_any_column_privilege(c.oid, 'SELECT') AND (NOT c.relrowsecurity OR NOT row_security_active(c.oid)) AS readable
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm') AND ${SCHEMA_FILTER('n.nspname')}`;
}

/** Columns of the tables and the expression columns of their indexes, with what the value rules need of their types. */
export function attributesSql(versionNum: number): string {
  const range = versionNum >= 140000 ? '(r.rngtypid = bt.oid OR r.rngmultitypid = bt.oid)' : 'r.rngtypid = bt.oid';
  return `SELECT a.attrelid::int8 AS rel, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
  bt.typcategory AS category,
  CASE WHEN et.oid IS NOT NULL THEN format_type(et.oid, NULL) END AS element_type, et.typcategory AS element_category,
  CASE WHEN c.relkind IN ('i', 'I') THEN pg_get_indexdef(a.attrelid, a.attnum, true) END AS expression
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
LEFT JOIN pg_range r ON ${range}
LEFT JOIN pg_type et ON et.oid = CASE WHEN bt.typcategory = 'A' THEN bt.typelem ELSE r.rngsubtype END
LEFT JOIN pg_index i ON i.indexrelid = c.oid
WHERE a.attnum > 0 AND NOT a.attisdropped AND ${SCHEMA_FILTER('n.nspname')}
  -- An index's columns only where it has an expression (only those have statistics of their own).
  AND (c.relkind IN ('r', 'p', 'm') OR (c.relkind IN ('i', 'I') AND i.indkey[a.attnum - 1] = 0))
ORDER BY a.attrelid, a.attnum`;
}

export const INDEXES_SQL = `SELECT i.indexrelid::int8 AS oid, i.indrelid::int8 AS table_oid, ic.relname AS name, ic.relpages, ic.reltuples,
  pg_get_indexdef(i.indexrelid) AS definition, am.amname AS method, i.indisunique AS unique, i.indisprimary AS primary
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
WHERE c.relkind IN ('r', 'p', 'm') AND ${SCHEMA_FILTER('n.nspname')}
ORDER BY ic.relname`;

export function columnStatsSql(versionNum: number): string {
  const range =
    versionNum >= 170000
      ? 'range_length_histogram::text, range_empty_frac, range_bounds_histogram::text'
      : 'NULL::text AS range_length_histogram, NULL::real AS range_empty_frac, NULL::text AS range_bounds_histogram';
  return `SELECT schemaname AS schema, tablename AS relation, attname AS name, inherited, null_frac, avg_width, n_distinct,
  most_common_vals::text, most_common_freqs, histogram_bounds::text, correlation,
  most_common_elems::text, most_common_elem_freqs, elem_count_histogram, ${range}
FROM pg_stats WHERE ${SCHEMA_FILTER('schemaname')}
ORDER BY schemaname, tablename, attname, inherited`;
}

export function extendedSql(versionNum: number): string {
  const expressions = versionNum >= 140000 ? 'pg_get_statisticsobjdef_expressions(s.oid)' : 'NULL::text[]';
  return `SELECT n.nspname AS schema, c.relname AS table, sn.nspname AS statistics_schema, s.stxname AS name,
  pg_get_statisticsobjdef(s.oid) AS definition,
  ARRAY(SELECT a.attname FROM unnest(s.stxkeys::int2[]) WITH ORDINALITY AS k(attnum, position)
        JOIN pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = k.attnum ORDER BY k.position)::text[] AS columns,
  s.stxkeys::int2[]::int[] AS attnums,
  ${expressions} AS expressions, s.stxkind::text[] AS kinds
FROM pg_statistic_ext s
JOIN pg_class c ON c.oid = s.stxrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_namespace sn ON sn.oid = s.stxnamespace
WHERE ${SCHEMA_FILTER('n.nspname')}
ORDER BY n.nspname, c.relname, sn.nspname, s.stxname`;
}

export function extendedStatsSql(versionNum: number): string {
  return `SELECT statistics_schemaname AS statistics_schema, statistics_name AS name, ${versionNum >= 150000 ? 'inherited' : 'false AS inherited'},
  n_distinct::text, dependencies::text, most_common_vals::text, most_common_val_nulls::text, most_common_freqs, most_common_base_freqs
FROM pg_stats_ext WHERE ${SCHEMA_FILTER('schemaname')}`;
}

/** PostgreSQL 14+ (statistics on expressions). */
export function expressionStatsSql(versionNum: number): string {
  return `SELECT statistics_schemaname AS statistics_schema, statistics_name AS name, expr, ${versionNum >= 150000 ? 'inherited' : 'false AS inherited'},
  null_frac, avg_width, n_distinct, most_common_vals::text, most_common_freqs, histogram_bounds::text, correlation,
  most_common_elems::text, most_common_elem_freqs, elem_count_histogram
FROM pg_stats_ext_exprs WHERE ${SCHEMA_FILTER('schemaname')}`;
}
