import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  writeStatisticsFile
} from "./chunk-O7BCQB3I.js";
import {
  DISTINCT_VALUES_LIMIT,
  STATISTICS_FILE_VERSION,
  VALUE_FIELDS,
  connect,
  describeConnection,
  parseConnectionString
} from "./chunk-SHFXYGQ7.js";
import {
  scalarText
} from "./chunk-3QVA6SR5.js";
import {
  UserError,
  errorMessage,
  oneLine
} from "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";

// src/statistics/export-command.ts
import { resolve } from "node:path";

// src/statistics/catalog.ts
var SCHEMA_FILTER = (column) => `(CASE WHEN $1::text[] IS NULL THEN ${column} NOT IN ('pg_catalog', 'information_schema') AND ${column} !~ '^pg_(toast|temp_)' ELSE ${column} = ANY ($1::text[]) END)`;
var VERSION_SQL = `SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num, current_database() AS database, current_user AS role`;
var SCHEMAS_SQL = `SELECT nspname AS name FROM pg_namespace WHERE nspname = ANY ($1::text[])`;
function relationsSql(versionNum) {
  return `SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind,
  c.relpages, c.reltuples, c.relallvisible, ${versionNum >= 18e4 ? "c.relallfrozen" : "NULL::int"} AS relallfrozen,
  (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
     JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE c.relispartition AND i.inhrelid = c.oid) AS partition_of,
  has_any_column_privilege(c.oid, 'SELECT') AND (NOT c.relrowsecurity OR NOT row_security_active(c.oid)) AS readable
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm') AND ${SCHEMA_FILTER("n.nspname")}`;
}
function attributesSql(versionNum) {
  const range = versionNum >= 14e4 ? "(r.rngtypid = bt.oid OR r.rngmultitypid = bt.oid)" : "r.rngtypid = bt.oid";
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
WHERE a.attnum > 0 AND NOT a.attisdropped AND ${SCHEMA_FILTER("n.nspname")}
  -- An index's columns only where it has an expression (only those have statistics of their own).
  AND (c.relkind IN ('r', 'p', 'm') OR (c.relkind IN ('i', 'I') AND i.indkey[a.attnum - 1] = 0))
ORDER BY a.attrelid, a.attnum`;
}
var INDEXES_SQL = `SELECT i.indexrelid::int8 AS oid, i.indrelid::int8 AS table_oid, ic.relname AS name, ic.relpages, ic.reltuples,
  pg_get_indexdef(i.indexrelid) AS definition, am.amname AS method, i.indisunique AS unique, i.indisprimary AS primary
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
WHERE c.relkind IN ('r', 'p', 'm') AND ${SCHEMA_FILTER("n.nspname")}
ORDER BY ic.relname`;
function columnStatsSql(versionNum) {
  const range = versionNum >= 17e4 ? "range_length_histogram::text, range_empty_frac, range_bounds_histogram::text" : "NULL::text AS range_length_histogram, NULL::real AS range_empty_frac, NULL::text AS range_bounds_histogram";
  return `SELECT schemaname AS schema, tablename AS relation, attname AS name, inherited, null_frac, avg_width, n_distinct,
  most_common_vals::text, most_common_freqs, histogram_bounds::text, correlation,
  most_common_elems::text, most_common_elem_freqs, elem_count_histogram, ${range}
FROM pg_stats WHERE ${SCHEMA_FILTER("schemaname")}
ORDER BY schemaname, tablename, attname, inherited`;
}
function extendedSql(versionNum) {
  const expressions = versionNum >= 14e4 ? "pg_get_statisticsobjdef_expressions(s.oid)" : "NULL::text[]";
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
WHERE ${SCHEMA_FILTER("n.nspname")}
ORDER BY n.nspname, c.relname, sn.nspname, s.stxname`;
}
function extendedStatsSql(versionNum) {
  return `SELECT statistics_schemaname AS statistics_schema, statistics_name AS name, ${versionNum >= 15e4 ? "inherited" : "false AS inherited"},
  n_distinct::text, dependencies::text, most_common_vals::text, most_common_val_nulls::text, most_common_freqs, most_common_base_freqs
FROM pg_stats_ext WHERE ${SCHEMA_FILTER("schemaname")}`;
}
function expressionStatsSql(versionNum) {
  return `SELECT statistics_schemaname AS statistics_schema, statistics_name AS name, expr, ${versionNum >= 15e4 ? "inherited" : "false AS inherited"},
  null_frac, avg_width, n_distinct, most_common_vals::text, most_common_freqs, histogram_bounds::text, correlation,
  most_common_elems::text, most_common_elem_freqs, elem_count_histogram
FROM pg_stats_ext_exprs WHERE ${SCHEMA_FILTER("schemaname")}`;
}

// src/statistics/value-rules.ts
var ALWAYS_KEPT = /* @__PURE__ */ new Map([
  ["N", "numeric"],
  ["D", "date/time"],
  ["T", "interval"],
  ["B", "boolean"],
  ["E", "enum"]
]);
function parseDropValues(text) {
  const parts = text.split(".");
  if (parts.length !== 2 && parts.length !== 3 || parts.some((part) => part.trim() === "")) {
    throw new UserError(`--drop-values ${text}: expected TABLE.COLUMN or SCHEMA.TABLE.COLUMN`);
  }
  const [schema, table, column] = parts.length === 3 ? parts : [null, ...parts];
  return { text, schema: schema ?? null, table, column };
}
function resolveDistinct(nDistinct, rows) {
  if (nDistinct > 0) return nDistinct;
  if (nDistinct < 0 && rows > 0) return Math.round(-nDistinct * rows);
  return null;
}
function valueDecision(category, typeName, distinct, limit = DISTINCT_VALUES_LIMIT) {
  const kind = category === null ? void 0 : ALWAYS_KEPT.get(category);
  if (kind) return { keep: true, reason: `${kind} type ${typeName}` };
  if (distinct === null) return { keep: false, reason: `type ${typeName}: number of distinct values unknown` };
  if (distinct > limit) return { keep: false, reason: `type ${typeName} with about ${distinct} distinct values (over ${limit})` };
  return { keep: true, reason: `type ${typeName} with ${distinct} distinct values (at most ${limit})` };
}
function decidingCategory(column) {
  if ((column.category === "A" || column.category === "R") && column.elementCategory) return { category: column.elementCategory, typeName: column.type };
  return { category: column.category, typeName: column.type };
}
function clearValues(row) {
  const cleared = [];
  const record = row;
  for (const field of VALUE_FIELDS) {
    if (field in record && record[field] !== null) {
      cleared.push(field);
      record[field] = null;
    }
  }
  return cleared;
}
var wordIn = (text, word) => new RegExp(`(^|[^\\w$])"?${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?($|[^\\w$])`).test(text);
function applyValueRules(tables, extended, options) {
  const limit = options.limit ?? DISTINCT_VALUES_LIMIT;
  const dropped = [];
  const used = /* @__PURE__ */ new Set();
  const byName = new Map(tables.map((table) => [`${table.schema}.${table.name}`, table]));
  const children = /* @__PURE__ */ new Map();
  for (const table of tables) {
    if (table.partitionOf) children.set(table.partitionOf, [...children.get(table.partitionOf) ?? [], table]);
  }
  const rowsOf = (table) => {
    if (table.reltuples > 0) return table.reltuples;
    return (children.get(`${table.schema}.${table.name}`) ?? []).reduce((sum, child) => sum + Math.max(0, rowsOf(child)), 0);
  };
  const lineage = (table) => {
    const parent = table.partitionOf ? byName.get(table.partitionOf) : void 0;
    return [table, ...parent ? lineage(parent) : []];
  };
  const forced = (table, mentions) => {
    const names = lineage(table);
    const target = options.dropValues.find(
      (target2) => names.some((t) => t.name === target2.table && (target2.schema === null || target2.schema === t.schema)) && mentions(target2.column)
    );
    if (target) used.add(target);
    return target;
  };
  const columnDecision = (table, column, rows, mentions) => {
    const target = forced(table, mentions);
    if (target) return { keep: false, reason: `--drop-values ${target.text}` };
    if (options.keepValues) return { keep: true, reason: "--keep-values" };
    const { category, typeName } = decidingCategory(column);
    const row = column.stats.find((r) => !r.inherited) ?? column.stats[0];
    return valueDecision(category, typeName, row ? resolveDistinct(row.n_distinct, rows) : null, limit);
  };
  const record = (schema, relation, column, statistics, fields, reason) => {
    if (fields.size) dropped.push({ schema, relation, column, statistics, fields: [...fields], reason });
  };
  const droppedColumns = /* @__PURE__ */ new Map();
  for (const table of tables) {
    const rows = rowsOf(table);
    const droppedHere = /* @__PURE__ */ new Set();
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
    const reasons = [];
    const fields = /* @__PURE__ */ new Set();
    for (const expression of object.expressionStats) {
      const target = table && forced(table, (name) => wordIn(expression.expr, name));
      const decision = target ? { keep: false, reason: `--drop-values ${target.text}` } : options.keepValues ? { keep: true, reason: "--keep-values" } : valueDecision(null, "unknown (an expression)", resolveDistinct(expression.n_distinct, rows), limit);
      if (decision.keep) continue;
      for (const field of clearValues(expression)) fields.add(`${field} of ${expression.expr}`);
      reasons.push(`expression ${expression.expr}: ${decision.reason}`);
    }
    const droppedHere = table ? droppedColumns.get(table) : void 0;
    const columnsDropped = object.columns.filter((name) => !table || droppedHere?.has(name) || !table.columns.some((column) => column.name === name));
    const expressionsDropped = object.expressions.filter((expr) => {
      const stats = object.expressionStats.filter((row) => row.expr === expr);
      return stats.length === 0 && !options.keepValues || stats.some((row) => reasons.some((reason) => reason.startsWith(`expression ${row.expr}:`)));
    });
    if (columnsDropped.length || expressionsDropped.length) {
      for (const row of object.stats) {
        if (row.most_common_vals !== null) fields.add("most_common_vals");
        row.most_common_vals = null;
      }
      const what = [...columnsDropped.map((name) => `column ${name}`), ...expressionsDropped.map((expr) => `expression ${expr}`)];
      reasons.push(`the values of ${what.join(", ")} are dropped`);
    }
    record(object.schema, object.table, null, `${object.statisticsSchema}.${object.name}`, fields, reasons.join("; "));
  }
  const unused = options.dropValues.filter((target) => !used.has(target) && !matchesAnyColumn(tables, target));
  if (unused.length) throw new UserError(`--drop-values ${unused[0].text}: no exported table has that column (check --schema and the spelling)`);
  return dropped;
}
function matchesAnyColumn(tables, target) {
  return tables.some(
    (table) => table.name === target.table && (target.schema === null || target.schema === table.schema) && table.columns.some((column) => column.name === target.column)
  );
}

// src/statistics/export.ts
async function exportStatistics(options) {
  const dropTargets = options.dropValues.map(parseDropValues);
  let config;
  try {
    config = parseConnectionString(options.url);
  } catch (error) {
    throw new UserError(`--url: ${errorMessage(error).replace(/^engine url: /, "")}`);
  }
  const source = describeConnection(config);
  let client;
  try {
    client = await connect({ connectionTimeoutMillis: 2e4, ...config });
  } catch (error) {
    throw new UserError(`export-statistics: cannot connect to ${source}: ${oneLine(errorMessage(error)) || "connection failed"}`);
  }
  let rows;
  try {
    rows = await readCatalogs(client, options.schemas, source);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
    });
    if (error instanceof UserError) throw error;
    throw new UserError(`export-statistics: reading the catalogs of ${source} failed: ${oneLine(errorMessage(error))}`);
  } finally {
    await client.end().catch(() => {
    });
  }
  const assembled = assemble(rows);
  const dropped = applyValueRules(assembled.tables, assembled.extended, { keepValues: options.keepValues, dropValues: dropTargets });
  const schemas = options.schemas.length ? [...options.schemas] : [...new Set(assembled.tables.map((table) => table.schema))];
  const version = String(rows.server.version).split(" ")[0];
  const statistics = {
    version: STATISTICS_FILE_VERSION,
    exportedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
    serverVersion: version,
    serverVersionNum: Number(rows.server.num),
    database: String(rows.server.database),
    generator: options.generator,
    schemas: schemas.sort(compare),
    options: { keepValues: options.keepValues, dropValues: [...options.dropValues], distinctValuesLimit: DISTINCT_VALUES_LIMIT },
    tables: assembled.tables,
    extended: assembled.extended,
    dropped
  };
  return {
    statistics,
    source,
    role: String(rows.server.role),
    unreadable: assembled.tables.filter((table) => !table.readable).map(qualified),
    notAnalyzed: assembled.tables.filter((table) => table.readable && table.kind !== "partitioned table" && table.reltuples < 0).map(qualified),
    hiddenExtended: assembled.extended.filter((object) => object.stats.length === 0).map((object) => `${object.statisticsSchema}.${object.name}`)
  };
}
async function readCatalogs(client, schemas, source) {
  const query = async (sql, params2 = []) => (await client.query(sql, params2)).rows;
  await query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  await query("SET LOCAL search_path = pg_catalog");
  const server = (await query(VERSION_SQL))[0];
  const versionNum = Number(server.num);
  if (versionNum < 13e4) throw new UserError(`export-statistics: ${source} runs PostgreSQL ${String(server.version)}; 13 or later is needed`);
  const schemaParam = schemas.length ? [...schemas] : null;
  if (schemaParam) {
    const found = new Set((await query(SCHEMAS_SQL, [schemaParam])).map((row) => String(row.name)));
    const missing = schemaParam.find((name) => !found.has(name));
    if (missing !== void 0) throw new UserError(`--schema ${missing}: no such schema in ${source}`);
  }
  const params = [schemaParam];
  const result = {
    server,
    relations: await query(relationsSql(versionNum), params),
    attributes: await query(attributesSql(versionNum), params),
    indexes: await query(INDEXES_SQL, params),
    columnStats: await query(columnStatsSql(versionNum), params),
    extended: await query(extendedSql(versionNum), params),
    extendedStats: await query(extendedStatsSql(versionNum), params),
    expressionStats: versionNum >= 14e4 ? await query(expressionStatsSql(versionNum), params) : []
  };
  await query("COMMIT");
  return result;
}
var KINDS = { r: "table", p: "partitioned table", m: "materialized view" };
function assemble(rows) {
  const statsOf = groupBy(rows.columnStats, (row) => `${String(row.schema)}.${String(row.relation)}.${String(row.name)}`);
  const attributesOf = groupBy(rows.attributes, (row) => String(row.rel));
  const column = (schema, relation, row) => ({
    name: String(row.name),
    type: String(row.type),
    category: String(row.category),
    elementType: nullableString(row.element_type),
    elementCategory: nullableString(row.element_category),
    stats: (statsOf.get(`${schema}.${relation}.${String(row.name)}`) ?? []).map(columnStatsRow)
  });
  const schemaOf = new Map(rows.relations.map((row) => [String(row.oid), String(row.schema)]));
  const indexesOf = /* @__PURE__ */ new Map();
  for (const row of rows.indexes) {
    const schema = schemaOf.get(String(row.table_oid));
    if (schema === void 0) continue;
    const name = String(row.name);
    const index = {
      name,
      definition: String(row.definition),
      method: String(row.method),
      unique: row.unique === true,
      primary: row.primary === true,
      relpages: Number(row.relpages),
      reltuples: Number(row.reltuples),
      // Only expression columns have statistics of their own (ANALYZE computes them for the expression).
      columns: (attributesOf.get(String(row.oid)) ?? []).map((attribute) => ({ ...column(schema, name, attribute), expression: String(attribute.expression) })).filter((attribute) => attribute.stats.length > 0)
    };
    indexesOf.set(String(row.table_oid), [...indexesOf.get(String(row.table_oid)) ?? [], index]);
  }
  const tables = rows.relations.map((row) => {
    const schema = String(row.schema);
    const name = String(row.name);
    return {
      schema,
      name,
      kind: KINDS[String(row.kind)],
      partitionOf: nullableString(row.partition_of),
      relpages: Number(row.relpages),
      reltuples: Number(row.reltuples),
      relallvisible: Number(row.relallvisible),
      relallfrozen: row.relallfrozen === null || row.relallfrozen === void 0 ? null : Number(row.relallfrozen),
      readable: row.readable === true,
      columns: (attributesOf.get(String(row.oid)) ?? []).map((attribute) => column(schema, name, attribute)),
      indexes: (indexesOf.get(String(row.oid)) ?? []).sort((a, b) => compare(a.name, b.name))
    };
  }).sort((a, b) => compare(a.schema, b.schema) || compare(a.name, b.name));
  const extendedKey = (row) => `${String(row.statistics_schema)}.${String(row.name)}`;
  const dataOf = groupBy(rows.extendedStats, extendedKey);
  const expressionsOf = groupBy(rows.expressionStats, extendedKey);
  const extended = rows.extended.map((row) => ({
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
    expressionStats: (expressionsOf.get(extendedKey(row)) ?? []).map(expressionStatsRow)
  }));
  return { tables, extended };
}
function columnStatsRow(row) {
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
    range_bounds_histogram: nullableString(row.range_bounds_histogram)
  };
}
function expressionStatsRow(row) {
  const { range_length_histogram: _length, range_empty_frac: _empty, range_bounds_histogram: _bounds, ...rest } = columnStatsRow(row);
  return { expr: String(row.expr), ...rest };
}
function extendedStatsRow(row) {
  return {
    inherited: row.inherited === true,
    n_distinct: nullableString(row.n_distinct),
    dependencies: nullableString(row.dependencies),
    most_common_vals: nullableString(row.most_common_vals),
    most_common_val_nulls: nullableString(row.most_common_val_nulls),
    most_common_freqs: numbers(row.most_common_freqs),
    most_common_base_freqs: numbers(row.most_common_base_freqs)
  };
}
function groupBy(rows, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
var qualified = (table) => `${table.schema}.${table.name}`;
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var nullableString = (value) => value === null || value === void 0 ? null : scalarText(value);
var nullableNumber = (value) => value === null || value === void 0 ? null : Number(value);
var numbers = (value) => Array.isArray(value) ? value.map(Number) : null;
var stringArray = (value) => Array.isArray(value) ? value.map(String) : [];

// src/statistics/export-command.ts
function some(names) {
  return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}
async function runExportStatistics(command, write) {
  const started = performance.now();
  const result = await exportStatistics(command);
  const { statistics } = result;
  if (result.unreadable.length) {
    write(
      `warning: role ${result.role} may not read the statistics of ${result.unreadable.length} of ${statistics.tables.length} tables (${some(result.unreadable)}): their sizes are exported, their columns' statistics are not; grant SELECT on them, or pg_read_all_data (PostgreSQL 14+)`
    );
  }
  if (result.notAnalyzed.length)
    write(`warning: ${result.notAnalyzed.length} tables were never vacuumed or analyzed (${some(result.notAnalyzed)}): no row count to export`);
  if (result.hiddenExtended.length) {
    write(
      `warning: ${result.hiddenExtended.length} extended statistics (${some(result.hiddenExtended)}) are exported without their data: PostgreSQL shows it only to members of the table owner's role (or not yet analyzed)`
    );
  }
  writeStatisticsFile(command.out, statistics);
  const indexes = statistics.tables.reduce((sum, table) => sum + table.indexes.length, 0);
  const seconds = ((performance.now() - started) / 1e3).toFixed(1);
  write(
    `exported ${statistics.tables.length} tables, ${indexes} indexes and ${statistics.extended.length} extended statistics of ${result.source} (PostgreSQL ${statistics.serverVersion}) in ${seconds} s; values dropped for ${statistics.dropped.length} columns and statistics; wrote ${resolve(command.out)}`
  );
}
export {
  runExportStatistics
};
