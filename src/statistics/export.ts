import type pg from 'pg';
import { describeConnection, parseConnectionString } from '../engine/index.ts';
import { connect } from '../engine/index.ts';
import { UserError, errorMessage, oneLine } from '../util/errors.ts';
import {
  attributesSql,
  columnStatsSql,
  expressionStatsSql,
  extendedSql,
  extendedStatsSql,
  INDEXES_SQL,
  relationsSql,
  SCHEMAS_SQL,
  VERSION_SQL,
} from './catalog.ts';
import {
  DISTINCT_VALUES_LIMIT,
  STATISTICS_FILE_VERSION,
  type ColumnStatistics,
  type ColumnStatsRow,
  type ExpressionStatsRow,
  type ExtendedStatistics,
  type ExtendedStatsRow,
  type IndexStatistics,
  type ProductionStatistics,
  type RelationKind,
  type TableStatistics,
} from './format.ts';
import { applyValueRules, parseDropValues } from './value-rules.ts';
import { scalarText } from '../util/text.ts';

export interface ExportOptions {
  url: string;
  /** Empty: every schema but the system ones. */
  schemas: readonly string[];
  keepValues: boolean;
  dropValues: readonly string[];
  /** Who wrote the file, e.g. `pg-plan-gate 0.1.0`. */
  generator: string;
  now?: Date;
}

export interface ExportResult {
  statistics: ProductionStatistics;
  /** Where it came from, for messages (never the password). */
  source: string;
  role: string;
  /** Tables whose column statistics the role may not read. */
  unreadable: string[];
  /** Tables never analyzed (no row count). */
  notAnalyzed: string[];
  /** Extended statistics objects whose data the role may not read (PostgreSQL shows it to the table owner's role only). */
  hiddenExtended: string[];
}

type Row = Record<string, unknown>;

/** What the catalog queries returned, as rows. */
export interface CatalogRows {
  server: Row;
  relations: Row[];
  attributes: Row[];
  indexes: Row[];
  columnStats: Row[];
  extended: Row[];
  extendedStats: Row[];
  expressionStats: Row[];
}

/**
 * Reads production's statistics in one READ ONLY transaction (a consistent snapshot; also fine
 * on a hot standby) with a fixed number of catalog queries, and applies the value rules.
 */
export async function exportStatistics(options: ExportOptions): Promise<ExportResult> {
  const dropTargets = options.dropValues.map(parseDropValues);
  let config: pg.ClientConfig;
  try {
    config = parseConnectionString(options.url);
  } catch (error) {
    throw new UserError(`--url: ${errorMessage(error).replace(/^engine url: /, '')}`);
  }
  const source = describeConnection(config);
  let client: pg.Client;
  try {
    client = await connect({ connectionTimeoutMillis: 20_000, ...config });
  } catch (error) {
    throw new UserError(`export-statistics: cannot connect to ${source}: ${oneLine(errorMessage(error)) || 'connection failed'}`);
  }
  let rows: CatalogRows;
  try {
    rows = await readCatalogs(client, options.schemas, source);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      // A read-only transaction on a connection about to close: the read's error is the one to report.
    });
    if (error instanceof UserError) throw error;
    throw new UserError(`export-statistics: reading the catalogs of ${source} failed: ${oneLine(errorMessage(error))}`);
  } finally {
    await client.end().catch(() => {
      // Everything is read or has failed already; a failed goodbye changes nothing.
    });
  }
  const assembled = assemble(rows);
  const dropped = applyValueRules(assembled.tables, assembled.extended, { keepValues: options.keepValues, dropValues: dropTargets });
  const schemas = options.schemas.length ? [...options.schemas] : [...new Set(assembled.tables.map((table) => table.schema))];
  const version = String(rows.server.version).split(' ')[0]!;
  const statistics: ProductionStatistics = {
    version: STATISTICS_FILE_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    serverVersion: version,
    serverVersionNum: Number(rows.server.num),
    database: String(rows.server.database),
    generator: options.generator,
    schemas: schemas.sort(compare),
    options: { keepValues: options.keepValues, dropValues: [...options.dropValues], distinctValuesLimit: DISTINCT_VALUES_LIMIT },
    tables: assembled.tables,
    extended: assembled.extended,
    dropped,
  };
  return {
    statistics,
    source,
    role: String(rows.server.role),
    unreadable: assembled.tables.filter((table) => !table.readable).map(qualified),
    notAnalyzed: assembled.tables.filter((table) => table.readable && table.kind !== 'partitioned table' && table.reltuples < 0).map(qualified),
    hiddenExtended: assembled.extended.filter((object) => object.stats.length === 0).map((object) => `${object.statisticsSchema}.${object.name}`),
  };
}

async function readCatalogs(client: pg.Client, schemas: readonly string[], source: string): Promise<CatalogRows> {
  const query = async (sql: string, params: unknown[] = []): Promise<Row[]> => (await client.query(sql, params)).rows as Row[];
  await query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  // pg_get_indexdef, pg_get_statisticsobjdef and format_type then qualify every name outside pg_catalog.
  await query('SET LOCAL search_path = pg_catalog');
  const server = (await query(VERSION_SQL))[0]!;
  const versionNum = Number(server.num);
  if (versionNum < 130000) throw new UserError(`export-statistics: ${source} runs PostgreSQL ${String(server.version)}; 13 or later is needed`);
  const schemaParam = schemas.length ? [...schemas] : null;
  if (schemaParam) {
    const found = new Set((await query(SCHEMAS_SQL, [schemaParam])).map((row) => String(row.name)));
    const missing = schemaParam.find((name) => !found.has(name));
    if (missing !== undefined) throw new UserError(`--schema ${missing}: no such schema in ${source}`);
  }
  const params = [schemaParam];
  const result: CatalogRows = {
    server,
    relations: await query(relationsSql(versionNum), params),
    attributes: await query(attributesSql(versionNum), params),
    indexes: await query(INDEXES_SQL, params),
    columnStats: await query(columnStatsSql(versionNum), params),
    extended: await query(extendedSql(versionNum), params),
    extendedStats: await query(extendedStatsSql(versionNum), params),
    expressionStats: versionNum >= 140000 ? await query(expressionStatsSql(versionNum), params) : [],
  };
  await query('COMMIT');
  return result;
}

const KINDS: Record<string, RelationKind> = { r: 'table', p: 'partitioned table', m: 'materialized view' };

/** The catalog rows as the file's tables and extended statistics, in a stable order (a refresh's diff shows only what changed). */
export function assemble(rows: CatalogRows): { tables: TableStatistics[]; extended: ExtendedStatistics[] } {
  const statsOf = groupBy(rows.columnStats, (row) => `${String(row.schema)}.${String(row.relation)}.${String(row.name)}`);
  const attributesOf = groupBy(rows.attributes, (row) => String(row.rel));
  const column = (schema: string, relation: string, row: Row): ColumnStatistics => ({
    name: String(row.name),
    type: String(row.type),
    category: String(row.category),
    elementType: nullableString(row.element_type),
    elementCategory: nullableString(row.element_category),
    stats: (statsOf.get(`${schema}.${relation}.${String(row.name)}`) ?? []).map(columnStatsRow),
  });
  const schemaOf = new Map(rows.relations.map((row) => [String(row.oid), String(row.schema)]));
  const indexesOf = new Map<string, IndexStatistics[]>();
  for (const row of rows.indexes) {
    const schema = schemaOf.get(String(row.table_oid));
    if (schema === undefined) continue;
    const name = String(row.name);
    const index: IndexStatistics = {
      name,
      definition: String(row.definition),
      method: String(row.method),
      unique: row.unique === true,
      primary: row.primary === true,
      relpages: Number(row.relpages),
      reltuples: Number(row.reltuples),
      // Only expression columns have statistics of their own (ANALYZE computes them for the expression).
      columns: (attributesOf.get(String(row.oid)) ?? [])
        .map((attribute) => ({ ...column(schema, name, attribute), expression: String(attribute.expression) }))
        .filter((attribute) => attribute.stats.length > 0),
    };
    indexesOf.set(String(row.table_oid), [...(indexesOf.get(String(row.table_oid)) ?? []), index]);
  }
  const tables: TableStatistics[] = rows.relations
    .map((row) => {
      const schema = String(row.schema);
      const name = String(row.name);
      return {
        schema,
        name,
        kind: KINDS[String(row.kind)]!,
        partitionOf: nullableString(row.partition_of),
        relpages: Number(row.relpages),
        reltuples: Number(row.reltuples),
        relallvisible: Number(row.relallvisible),
        relallfrozen: row.relallfrozen === null || row.relallfrozen === undefined ? null : Number(row.relallfrozen),
        readable: row.readable === true,
        columns: (attributesOf.get(String(row.oid)) ?? []).map((attribute) => column(schema, name, attribute)),
        indexes: (indexesOf.get(String(row.oid)) ?? []).sort((a, b) => compare(a.name, b.name)),
      };
    })
    .sort((a, b) => compare(a.schema, b.schema) || compare(a.name, b.name));

  const extendedKey = (row: Row) => `${String(row.statistics_schema)}.${String(row.name)}`;
  const dataOf = groupBy(rows.extendedStats, extendedKey);
  const expressionsOf = groupBy(rows.expressionStats, extendedKey);
  const extended: ExtendedStatistics[] = rows.extended.map((row) => ({
    schema: String(row.schema),
    table: String(row.table),
    statisticsSchema: String(row.statistics_schema),
    name: String(row.name),
    definition: String(row.definition),
    columns: stringArray(row.columns),
    attnums: Array.isArray(row.attnums) ? row.attnums.map(Number) : [],
    expressions: stringArray(row.expressions),
    kinds: stringArray(row.kinds),
    stats: (dataOf.get(extendedKey(row)) ?? []).map(extendedStatsRow).sort((a, b) => Number(a.inherited) - Number(b.inherited)),
    expressionStats: (expressionsOf.get(extendedKey(row)) ?? []).map(expressionStatsRow),
  }));
  return { tables, extended };
}

function columnStatsRow(row: Row): ColumnStatsRow {
  return {
    inherited: row.inherited === true,
    null_frac: Number(row.null_frac),
    avg_width: Number(row.avg_width),
    n_distinct: Number(row.n_distinct),
    most_common_vals: nullableString(row.most_common_vals),
    most_common_freqs: numbers(row.most_common_freqs),
    histogram_bounds: nullableString(row.histogram_bounds),
    correlation: nullableNumber(row.correlation),
    most_common_elems: nullableString(row.most_common_elems),
    most_common_elem_freqs: numbers(row.most_common_elem_freqs),
    elem_count_histogram: numbers(row.elem_count_histogram),
    range_length_histogram: nullableString(row.range_length_histogram),
    range_empty_frac: nullableNumber(row.range_empty_frac),
    range_bounds_histogram: nullableString(row.range_bounds_histogram),
  };
}

function expressionStatsRow(row: Row): ExpressionStatsRow {
  const { range_length_histogram: _length, range_empty_frac: _empty, range_bounds_histogram: _bounds, ...rest } = columnStatsRow(row);
  return { expr: String(row.expr), ...rest };
}

function extendedStatsRow(row: Row): ExtendedStatsRow {
  return {
    inherited: row.inherited === true,
    n_distinct: nullableString(row.n_distinct),
    dependencies: nullableString(row.dependencies),
    most_common_vals: nullableString(row.most_common_vals),
    most_common_val_nulls: nullableString(row.most_common_val_nulls),
    most_common_freqs: numbers(row.most_common_freqs),
    most_common_base_freqs: numbers(row.most_common_base_freqs),
  };
}

function groupBy(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const qualified = (table: TableStatistics) => `${table.schema}.${table.name}`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nullableString = (value: unknown): string | null => (value === null || value === undefined ? null : scalarText(value));
const nullableNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const numbers = (value: unknown): number[] | null => (Array.isArray(value) ? value.map(Number) : null);
const stringArray = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
