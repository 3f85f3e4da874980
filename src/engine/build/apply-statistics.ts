import { relationLabel } from '../../util/relation-name.ts';
import { UserError, errorMessage, oneLine } from '../../util/errors.ts';
import { USER_SCHEMA } from '../session/session-settings.ts';
import type { ColumnStatsRow, ProductionStatistics, TableStatistics } from '../statistics-format.ts';
import type { AppliedStatistics, Session, StatisticsScope } from '../database.ts';
import { rollbackQuietly } from '../session/rollback.ts';
import { scalarText } from '../../util/text.ts';

/**
 * Production's statistics on a built database: every table, partition, materialized view, index
 * and column production has under the same name (and type) gets production's sizes and column
 * statistics; the rest keeps the seed's and is listed. The planner scales `reltuples` by a
 * relation's current number of pages (estimate_rel_size), so each relation's files are also
 * extended, as sparse files, to production's page count: the seeded rows stay in the first
 * pages and the zero pages after them read as empty (ENGINE-FACTS, "Production statistics").
 */

/**
 * A relation's files, by the path pg_relation_filepath gives (relative to the data directory),
 * in segments of `segmentBytes`. Read from the file system: pg_relation_size on 6,000 relations
 * took 1 s on PGlite.
 */
export interface RelationFiles {
  size(path: string, segmentBytes: number): number;
  grow(path: string, bytes: number, segmentBytes: number): void;
}

interface Relation {
  oid: number;
  schema: string;
  name: string;
  kind: string;
  path: string | null;
  bytes: number;
  relpages: number;
  reltuples: number;
  /** Indexes: the table. */
  table: number | null;
  /** Indexes: pg_get_indexdef, spelled as the export spells it. */
  definition: string | null;
}

interface Column {
  oid: number;
  name: string;
  attnum: number;
  type: string;
  typeOid: number;
  typmod: number;
  collation: number;
  elementOid: number;
}

/**
 * Production's server wrote the file: the element and range slots it could not fill are absent.
 * Only relations in `scope` are written (null: all): a relation no plan scans changes no plan,
 * and on PGlite each column costs about 0.2 ms to restore.
 */
export async function applyStatisticsOn(
  session: Session,
  statistics: ProductionStatistics,
  files: RelationFiles | undefined,
  file: string,
  scope: StatisticsScope = null,
): Promise<AppliedStatistics> {
  if (!files) {
    throw new UserError(
      `${file}: production statistics need the database's files (to give relations production's sizes): use engine embedded or server, not url`,
    );
  }
  const version = Number((await session.exec(`SELECT current_setting('server_version_num')::int AS v`))[0]?.v ?? 0);
  const [layout] = await session.exec(`SELECT current_setting('block_size')::int8 AS block, current_setting('segment_size', true) AS segment`);
  const blockSize = Number(layout?.block ?? 8192);
  const segmentBytes = segmentSize(scalarText(layout?.segment ?? ''), blockSize);
  await session.exec('BEGIN');
  try {
    // format_type as production's export spelled types: qualified outside pg_catalog.
    await session.exec('SET LOCAL search_path = pg_catalog');
    // One row of JSON per read: PGlite hands back rows one field at a time (16,000 columns: 0.5 s as rows, 0.15 s as JSON).
    const catalog = await readJson(
      session,
      `
      SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS kind,
             c.relpages, c.reltuples::float8 AS reltuples, i.indrelid::int8 AS "table",
             ARRAY(SELECT h.inhparent::int8 FROM pg_inherits h WHERE h.inhrelid = c.oid) AS parents
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_index i ON i.indexrelid = c.oid
      WHERE c.relkind IN ('r', 'p', 'm', 'i') AND ${USER_SCHEMA}
      ORDER BY n.nspname, c.relname`,
    );
    const production = new Map(statistics.tables.map((table) => [key(table.schema, table.name), table]));
    const matched = (row: Record<string, unknown>) => {
      const table = production.get(key(String(row.schema), String(row.name)));
      return table !== undefined && sameKind(table, String(row.kind));
    };
    if (!catalog.some(matched)) {
      const schemas = [...new Set(statistics.tables.map((table) => table.schema))].join(', ');
      throw new UserError(
        `${file}: matches no table of this database (production's ${statistics.tables.length} tables are in ${schemas || 'no schema'}): is it the statistics of another application?`,
      );
    }
    const wanted = planned(catalog, scope);
    const chosen = catalog.filter((row) => wanted === null || wanted.has(Number(row.kind === 'i' ? row.table : row.oid)));
    const written = new Set(chosen);
    const unplanned = catalog.filter((row) => row.kind !== 'i' && matched(row) && !written.has(row)).length;
    // Paths and index definitions (pg_get_indexdef: 1-3.7 s for 7,900 indexes on PGlite) only for what is written.
    const chosenOids = chosen.map((row) => Number(row.oid));
    const details = new Map(
      (
        await readJson(
          session,
          `SELECT c.oid::int8 AS oid, pg_relation_filepath(c.oid) AS path, CASE WHEN c.relkind = 'i' THEN pg_get_indexdef(c.oid) END AS definition
           FROM pg_class c WHERE c.oid = ANY($1::oid[])`,
          [chosenOids],
        )
      ).map((row) => [Number(row.oid), row]),
    );
    const relations = chosen.map((row) => toRelation({ ...row, ...details.get(Number(row.oid)) }, files, segmentBytes));
    const columns = (
      await readJson(
        session,
        `
      SELECT a.attrelid::int8 AS oid, a.attname AS name, a.attnum, format_type(a.atttypid, a.atttypmod) AS type,
             a.atttypid::int8 AS type_oid, a.atttypmod AS typmod, a.attcollation::int8 AS collation,
             -- tsvector's lexemes are analyzed as text elements.
             CASE WHEN t.typcategory = 'A' THEN t.typelem WHEN t.oid = 'tsvector'::regtype THEN 'text'::regtype ELSE 0 END::int8 AS element_oid
      FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped`,
        [chosenOids],
      )
    ).map(toColumn);
    const columnsOf = new Map<number, Column[]>();
    for (const column of columns) columnsOf.set(column.oid, [...(columnsOf.get(column.oid) ?? []), column]);
    const byName = new Map(relations.filter((relation) => relation.kind !== 'i').map((relation) => [key(relation.schema, relation.name), relation]));
    const indexesOf = new Map<number, Relation[]>();
    for (const index of relations.filter((relation) => relation.kind === 'i' && relation.table !== null))
      indexesOf.set(index.table!, [...(indexesOf.get(index.table!) ?? []), index]);

    const applied: string[] = [];
    const missing: string[] = [];
    const estimatedIndexes: string[] = [];
    const sizes: { relation: Relation; relpages: number; reltuples: number; relallvisible: number }[] = [];
    const writer = version >= 180000 ? restoreFunctions(session, statistics.serverVersionNum) : catalogWriter(session);
    for (const relation of byName.values()) {
      const label = relationLabel(relation.schema, relation.name);
      const table = production.get(key(relation.schema, relation.name));
      if (!table || !sameKind(table, relation.kind)) {
        missing.push(`${label} (${table ? `a ${table.kind} in production` : 'not in production'})`);
        continue;
      }
      // -1: never analyzed (14+); before 14, 0 rows in 0 pages could be either.
      if (table.reltuples < 0 || (statistics.serverVersionNum < 140000 && table.reltuples === 0 && table.relpages === 0)) {
        missing.push(`${label} (never analyzed in production)`);
        continue;
      }
      applied.push(label);
      // Never fewer pages than the seed's rows fill: the planner takes reltuples per page times the
      // file's pages, so production's rows over the larger count still make production's rows.
      const relpages = relation.kind === 'p' ? 0 : Math.max(table.relpages, pagesOf(relation, blockSize));
      sizes.push({ relation, relpages, reltuples: table.reltuples, relallvisible: relation.kind === 'p' ? 0 : Math.min(table.relallvisible, relpages) });
      const here = new Map((columnsOf.get(relation.oid) ?? []).map((column) => [column.name, column]));
      for (const column of table.columns) {
        const mine = here.get(column.name);
        if (!mine) continue;
        here.delete(column.name);
        if (mine.type !== column.type) {
          missing.push(`${label}.${column.name} (type ${mine.type}, ${column.type} in production)`);
          continue;
        }
        if (column.stats.length === 0) {
          if (table.readable) missing.push(`${label}.${column.name} (no statistics in production)`);
          continue;
        }
        for (const row of column.stats) await writer.column(relation, mine, row);
      }
      if (!table.readable) missing.push(`${label} (production's role could not read its column statistics: sizes only)`);
      for (const column of here.keys()) missing.push(`${label}.${column} (not in production)`);
      // Indexes: production's where it has one of that name and definition; else estimated from
      // the seed's index scaled to production's rows (a partial index keeps its share of the table).
      const productionIndexes = new Map(table.indexes.map((index) => [index.name, index]));
      for (const index of indexesOf.get(relation.oid) ?? []) {
        const known = productionIndexes.get(index.name);
        if (known && known.definition === index.definition) {
          sizes.push({ relation: index, relpages: Math.max(known.relpages, pagesOf(index, blockSize)), reltuples: known.reltuples, relallvisible: 0 });
          // An expression's statistics (lower(email)) are the index's column's: the planner
          // estimates a condition on the expression from them.
          const mine = new Map((columnsOf.get(index.oid) ?? []).map((column) => [column.name, column]));
          for (const column of known.columns) {
            if (column.stats.length === 0) continue;
            const here = mine.get(column.name);
            if (!here || here.type !== column.type) {
              missing.push(
                `${relationLabel(index.schema, index.name)}.${column.name} (${here ? `type ${here.type}, ${column.type} in production` : 'not in this index'})`,
              );
              continue;
            }
            for (const row of column.stats) await writer.column(index, here, row);
          }
          continue;
        }
        sizes.push({ relation: index, ...estimatedIndexSize(index, relation, table.reltuples, blockSize), relallvisible: 0 });
        estimatedIndexes.push(relationLabel(index.schema, index.name));
      }
    }
    missing.push(...(await writer.flush()));
    await writeSizes(
      session,
      sizes.map((size) => ({ oid: size.relation.oid, relpages: size.relpages, reltuples: size.reltuples, relallvisible: size.relallvisible })),
    );
    await session.exec('COMMIT');
    // Every page on disk before the files grow behind the server's back.
    await session.exec('CHECKPOINT');
    for (const size of sizes) {
      if (!size.relation.path || size.relation.kind === 'p') continue;
      const bytes = size.relpages * blockSize;
      if (bytes > size.relation.bytes) files.grow(size.relation.path, bytes, segmentBytes);
    }
    return { applied: applied.length, missing, estimatedIndexes, unplanned };
  } catch (error) {
    await rollbackQuietly(session);
    throw error;
  }
}

/** `segment_size` as SHOW gives it (`1GB`); 1 GB, PostgreSQL's default, where it does not say. */
function segmentSize(shown: string, blockSize: number): number {
  const match = /^(\d+)\s*(kB|MB|GB|TB)?$/.exec(shown.trim());
  if (!match) return 1024 ** 3;
  const unit = { kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 }[match[2] as 'kB' | 'MB' | 'GB' | 'TB'] ?? blockSize;
  return Number(match[1]) * unit;
}

/** The relation's pages on disk now (what the planner scales by). */
const pagesOf = (relation: Relation, blockSize: number) => Math.ceil(relation.bytes / blockSize);

/**
 * An index production does not have: the seed's scaled by production's rows over the seed's;
 * on a table the seed leaves empty, about 40 bytes an entry at 90% fill.
 */
function estimatedIndexSize(index: Relation, table: Relation, productionRows: number, blockSize: number): { relpages: number; reltuples: number } {
  if (table.reltuples > 0) {
    const scale = productionRows / table.reltuples;
    return { reltuples: Math.round(Math.max(0, index.reltuples) * scale), relpages: Math.max(index.relpages, Math.ceil(index.relpages * scale)) };
  }
  return { reltuples: productionRows, relpages: Math.max(1, pagesOf(index, blockSize), Math.ceil((productionRows * 40) / (blockSize * 0.9)) + 1) };
}

const key = (schema: string, name: string) => `${schema}\u0000${name}`;

function sameKind(table: TableStatistics, relkind: string): boolean {
  if (table.kind === 'partitioned table') return relkind === 'p';
  if (table.kind === 'materialized view') return relkind === 'm';
  return relkind === 'r';
}

/** The rows of a query, read as one JSON value. */
async function readJson(session: Session, sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> {
  const wrapped = `SELECT coalesce(json_agg(q), '[]')::text AS rows FROM (${sql}) q`;
  const [row] = params ? await session.query(wrapped, params) : await session.exec(wrapped);
  return JSON.parse(scalarText(row?.rows ?? '[]')) as Record<string, unknown>[];
}

/**
 * The tables, partitions and materialized views to write (oids), or null for all: those the
 * plans scan, with their whole partition trees (another parameter value may prune to another
 * partition, and a parent's inherited statistics shape estimates over its partitions).
 */
function planned(catalog: Record<string, unknown>[], scope: StatisticsScope): Set<number> | null {
  if (scope === null) return null;
  const named = new Set(scope.map((relation) => key(relation.schema, relation.name)));
  const related = new Map<number, number[]>();
  const link = (from: number, to: number) => related.set(from, [...(related.get(from) ?? []), to]);
  for (const row of catalog) {
    if (row.kind === 'i') continue;
    for (const parent of (row.parents as unknown[] | null) ?? []) {
      link(Number(row.oid), Number(parent));
      link(Number(parent), Number(row.oid));
    }
  }
  const wanted = new Set<number>();
  const pending = catalog.filter((row) => row.kind !== 'i' && named.has(key(String(row.schema), String(row.name)))).map((row) => Number(row.oid));
  for (let oid = pending.pop(); oid !== undefined; oid = pending.pop()) {
    if (wanted.has(oid)) continue;
    wanted.add(oid);
    pending.push(...(related.get(oid) ?? []));
  }
  return wanted;
}

function toRelation(row: Record<string, unknown>, files: RelationFiles, segmentBytes: number): Relation {
  const path = row.path === null || row.path === undefined ? null : scalarText(row.path);
  return {
    oid: Number(row.oid),
    schema: String(row.schema),
    name: String(row.name),
    kind: String(row.kind),
    path,
    bytes: path === null ? 0 : files.size(path, segmentBytes),
    relpages: Number(row.relpages ?? 0),
    reltuples: Number(row.reltuples ?? 0),
    table: row.table === null || row.table === undefined ? null : Number(row.table),
    definition: row.definition === null || row.definition === undefined ? null : scalarText(row.definition),
  };
}

function toColumn(row: Record<string, unknown>): Column {
  return {
    oid: Number(row.oid),
    name: String(row.name),
    attnum: Number(row.attnum),
    type: String(row.type),
    typeOid: Number(row.type_oid),
    typmod: Number(row.typmod),
    collation: Number(row.collation),
    elementOid: Number(row.element_oid),
  };
}

/**
 * Collects what to write, then writes it in a few statements: one call per column was 2 ms on
 * PGlite (20 s for 500 tables of 8 columns); rows go as one jsonb array per statement instead.
 */
interface Writer {
  /** Takes one column's row: written now, or kept for `flush`. */
  column(relation: Relation, column: Column, row: ColumnStatsRow): Promise<void> | void;
  /** Writes everything; returns the columns whose production values the built type refused, for `missing`. */
  flush(): Promise<string[]>;
}

/** Rows per statement: a jsonb parameter stays a few MB. */
const BATCH = 2000;

async function inBatches<T>(rows: T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let at = 0; at < rows.length; at += BATCH) await run(rows.slice(at, at + BATCH));
}

/** PostgreSQL 18: its own functions, which check every value against the column's type. */
function restoreFunctions(session: Session, sourceVersion: number): Writer {
  const columns: Record<string, unknown>[] = [];
  return {
    column(relation, column, row) {
      columns.push({
        key: statisticKey(relation.oid, column.attnum, row.inherited),
        label: `${relationLabel(relation.schema, relation.name)}.${column.name}`,
        schemaname: relation.schema,
        relname: relation.name,
        attname: column.name,
        inherited: row.inherited,
        null_frac: row.null_frac,
        avg_width: row.avg_width,
        n_distinct: row.n_distinct,
        // A slot needs both halves: values whose text the export dropped leave their frequencies unused.
        most_common_vals: row.most_common_freqs ? row.most_common_vals : null,
        most_common_freqs: row.most_common_vals ? row.most_common_freqs : null,
        histogram_bounds: row.histogram_bounds,
        correlation: row.correlation,
        most_common_elems: row.most_common_elem_freqs ? row.most_common_elems : null,
        most_common_elem_freqs: row.most_common_elems ? row.most_common_elem_freqs : null,
        elem_count_histogram: row.elem_count_histogram,
        range_length_histogram: row.range_empty_frac !== null ? row.range_length_histogram : null,
        range_empty_frac: row.range_length_histogram !== null ? row.range_empty_frac : null,
        range_bounds_histogram: row.range_bounds_histogram,
      });
    },
    async flush() {
      const failed: string[] = [];
      await inBatches(columns, async (batch) => {
        // The function warns and returns false for a value the column's type refuses, having
        // written the rest of the row; the batch is written again without those columns, which
        // keep the seed's.
        const refusedLabels = await replaceStatistics(session, batch, async (rows) => {
          // Arguments that are NULL are left out by the function: a slot production lacks stays empty.
          const refusedRows = await session.query(
            `SELECT x.label FROM jsonb_to_recordset($1::jsonb) AS x(label text, schemaname text, relname text, attname text, inherited bool,
               null_frac real, avg_width int4, n_distinct real, most_common_vals text, most_common_freqs real[],
               histogram_bounds text, correlation real, most_common_elems text, most_common_elem_freqs real[],
               elem_count_histogram real[], range_length_histogram text, range_empty_frac real, range_bounds_histogram text)
             WHERE NOT pg_restore_attribute_stats(
               'schemaname', x.schemaname, 'relname', x.relname, 'attname', x.attname, 'inherited', x.inherited, 'version', $2::int4,
               'null_frac', x.null_frac, 'avg_width', x.avg_width, 'n_distinct', x.n_distinct,
               'most_common_vals', x.most_common_vals, 'most_common_freqs', x.most_common_freqs,
               'histogram_bounds', x.histogram_bounds, 'correlation', x.correlation,
               'most_common_elems', x.most_common_elems, 'most_common_elem_freqs', x.most_common_elem_freqs,
               'elem_count_histogram', x.elem_count_histogram, 'range_length_histogram', x.range_length_histogram,
               'range_empty_frac', x.range_empty_frac, 'range_bounds_histogram', x.range_bounds_histogram)`,
            [JSON.stringify(rows), sourceVersion],
          );
          return refusedRows.map((row) => ({ label: String(row.label), why: 'see the server log' }));
        });
        failed.push(...refusedLabels);
      });
      return failed;
    },
  };
}

/** pg_statistic's row of a column: (relation, attnum, inherited) as one int8 (attnum < 2^15, oid < 2^32: below 2^53). */
const statisticKey = (relation: number, attnum: number, inherited: boolean) => (relation * 65536 + attnum) * 2 + (inherited ? 1 : 0);

/** Deletes the seed's pg_statistic rows of these columns, in one statement (a hashed = ANY). */
async function clearStatistics(session: Session, keys: number[]): Promise<void> {
  if (keys.length === 0) return;
  await session.query(`DELETE FROM pg_statistic WHERE (starelid::int8 * 65536 + staattnum) * 2 + stainherit::int4 = ANY($1::int8[])`, [keys]);
}

type Refusal = { label: string; why: string };

/**
 * Replaces the seed's statistics of a batch's columns with production's: the seed's rows go first
 * (one DELETE; pg_clear_attribute_stats per column took 0.6-1.2 s for 16,000 columns on PGlite),
 * so a slot production lacks stays empty. A value the built type refuses (an enum label the pull
 * request renamed) undoes the batch: `write` either names the columns it refused, and the batch
 * is written again without them, or fails whole, and the batch is written again a column at a
 * time. Either way the refused columns keep the seed's statistics. Returns them, for `missing`.
 */
async function replaceStatistics(
  session: Session,
  batch: Record<string, unknown>[],
  write: (rows: Record<string, unknown>[]) => Promise<Refusal[]>,
): Promise<string[]> {
  const attempt = async (rows: Record<string, unknown>[]): Promise<Refusal[] | { error: string }> => {
    await session.exec('SAVEPOINT pg_plan_gate_statistics');
    let outcome: Refusal[] | { error: string };
    try {
      await clearStatistics(
        session,
        rows.map((row) => Number(row.key)),
      );
      outcome = await write(rows);
    } catch (error) {
      outcome = { error: oneLine(errorMessage(error)) };
    }
    if (!Array.isArray(outcome) || outcome.length > 0) await session.exec('ROLLBACK TO SAVEPOINT pg_plan_gate_statistics');
    await session.exec('RELEASE SAVEPOINT pg_plan_gate_statistics');
    return outcome;
  };
  const failed: string[] = [];
  const refuse = (label: unknown, why: string) => failed.push(`${String(label)} (production's values do not fit this type: ${why})`);
  let rows = batch;
  while (rows.length > 0) {
    const outcome = await attempt(rows);
    if (Array.isArray(outcome)) {
      if (outcome.length === 0) break;
      for (const refusal of outcome) refuse(refusal.label, refusal.why);
      const gone = new Set(outcome.map((refusal) => refusal.label));
      rows = rows.filter((row) => !gone.has(String(row.label)));
      continue;
    }
    if (rows.length === 1) {
      refuse(rows[0]!.label, outcome.error);
      break;
    }
    for (const row of rows) failed.push(...(await replaceStatistics(session, [row], write)));
    break;
  }
  return failed;
}

/**
 * pg_class sizes, written directly on every version (the superuser's throwaway database): one
 * UPDATE, where pg_restore_relation_stats took 0.1 ms a relation on PGlite.
 */
async function writeSizes(session: Session, relations: Record<string, unknown>[]): Promise<void> {
  await inBatches(relations, (batch) =>
    session.query(
      `UPDATE pg_class c SET relpages = x.relpages, reltuples = x.reltuples, relallvisible = x.relallvisible
       FROM jsonb_to_recordset($1::jsonb) AS x(oid oid, relpages int4, reltuples real, relallvisible int4) WHERE c.oid = x.oid`,
      [JSON.stringify(batch)],
    ),
  );
}

/** pg_statistic's kinds (pg_statistic.h). */
const KIND = { mcv: 1, histogram: 2, correlation: 3, mcelem: 4, dechist: 5, rangeLength: 6, rangeBounds: 7 } as const;
/** float8 `<`: the operator ANALYZE records for a range's length histogram. */
const FLOAT8_LT = 672;

interface Slot {
  kind: number;
  op: number;
  collation: number;
  numbers: number[] | null;
  /** Array text and the element type array_in reads it with. */
  values: { text: string; type: number; typmod: number } | null;
}

/**
 * PostgreSQL 13–17: pg_statistic written directly, as the throwaway server's superuser. Each
 * row is replaced whole (stainherit apart), its slots in ANALYZE's order; values go through
 * array_in with the column's type, as ANALYZE would have stored them.
 */
function catalogWriter(session: Session): Writer {
  const statistics: Record<string, unknown>[] = [];
  const operators = new Map<string, number>();
  const operator = async (type: number, strategy: 1 | 3): Promise<number> => {
    const cacheKey = `${type}/${strategy}`;
    const known = operators.get(cacheKey);
    if (known !== undefined) return known;
    // The default btree opclass of the type (of its base type for a domain; of the polymorphic
    // type for enums, arrays and ranges), as ANALYZE's type cache finds it.
    const rows = await session.query(
      `WITH RECURSIVE base(oid, typtype, typbasetype) AS (
         SELECT oid, typtype, typbasetype FROM pg_type WHERE oid = $1
         UNION ALL SELECT t.oid, t.typtype, t.typbasetype FROM pg_type t JOIN base b ON t.oid = b.typbasetype WHERE b.typtype = 'd')
       SELECT a.amopopr::int8 AS op FROM base b
       JOIN pg_type t ON t.oid = b.oid
       CROSS JOIN LATERAL (SELECT CASE WHEN t.typtype = 'e' THEN 'anyenum'::regtype WHEN t.typcategory = 'A' THEN 'anyarray'::regtype
         WHEN t.typtype = 'r' THEN 'anyrange'::regtype ELSE t.oid END AS wanted) w
       -- Or the default opclass of a type it casts to without conversion (varchar: text_ops), as GetDefaultOpClass finds it.
       JOIN pg_opclass c ON c.opcmethod = 403 AND c.opcdefault AND (c.opcintype = w.wanted
         OR EXISTS (SELECT 1 FROM pg_cast k WHERE k.castsource = w.wanted AND k.casttarget = c.opcintype AND k.castmethod = 'b'))
       JOIN pg_amop a ON a.amopfamily = c.opcfamily AND a.amoplefttype = c.opcintype AND a.amoprighttype = c.opcintype AND a.amopstrategy = $2
       WHERE b.typtype <> 'd' ORDER BY c.opcintype = w.wanted DESC LIMIT 1`,
      [type, strategy],
    );
    const found = Number(rows[0]?.op ?? 0);
    operators.set(cacheKey, found);
    return found;
  };
  return {
    async column(relation, column, row) {
      const slots: Slot[] = [];
      const eq = () => operator(column.typeOid, 3);
      const lt = () => operator(column.typeOid, 1);
      if (row.most_common_vals && row.most_common_freqs) {
        slots.push({
          kind: KIND.mcv,
          op: await eq(),
          collation: column.collation,
          numbers: row.most_common_freqs,
          values: { text: row.most_common_vals, type: column.typeOid, typmod: column.typmod },
        });
      }
      if (row.histogram_bounds) {
        slots.push({
          kind: KIND.histogram,
          op: await lt(),
          collation: column.collation,
          numbers: null,
          values: { text: row.histogram_bounds, type: column.typeOid, typmod: column.typmod },
        });
      }
      if (row.correlation !== null)
        slots.push({ kind: KIND.correlation, op: await lt(), collation: column.collation, numbers: [row.correlation], values: null });
      if (row.most_common_elems && row.most_common_elem_freqs && column.elementOid) {
        const op = await operator(column.elementOid, 3);
        slots.push({
          kind: KIND.mcelem,
          op,
          collation: column.collation || (column.elementOid === 25 ? 100 : 0),
          numbers: row.most_common_elem_freqs,
          values: { text: row.most_common_elems, type: column.elementOid, typmod: -1 },
        });
      }
      if (row.elem_count_histogram && column.elementOid) {
        slots.push({ kind: KIND.dechist, op: await operator(column.elementOid, 3), collation: 0, numbers: row.elem_count_histogram, values: null });
      }
      if (row.range_length_histogram && row.range_empty_frac !== null) {
        slots.push({
          kind: KIND.rangeLength,
          op: FLOAT8_LT,
          collation: 0,
          numbers: [row.range_empty_frac],
          values: { text: row.range_length_histogram, type: 701, typmod: -1 },
        });
      }
      if (row.range_bounds_histogram) {
        slots.push({
          kind: KIND.rangeBounds,
          op: 0,
          collation: 0,
          numbers: null,
          values: { text: row.range_bounds_histogram, type: column.typeOid, typmod: column.typmod },
        });
      }
      const record: Record<string, unknown> = {
        label: `${relationLabel(relation.schema, relation.name)}.${column.name}`,
        key: statisticKey(relation.oid, column.attnum, row.inherited),
        starelid: relation.oid,
        staattnum: column.attnum,
        stainherit: row.inherited,
        stanullfrac: row.null_frac,
        stawidth: row.avg_width,
        stadistinct: row.n_distinct,
      };
      slots.slice(0, 5).forEach((slot, index) => {
        const n = index + 1;
        Object.assign(record, { [`k${n}`]: slot.kind, [`o${n}`]: slot.op, [`c${n}`]: slot.collation, [`n${n}`]: slot.numbers });
        if (slot.values) Object.assign(record, { [`v${n}`]: slot.values.text, [`t${n}`]: slot.values.type, [`m${n}`]: slot.values.typmod });
      });
      statistics.push(record);
    },
    async flush() {
      const slotColumns = [1, 2, 3, 4, 5].map((n) => `k${n} int2, o${n} oid, c${n} oid, n${n} real[], v${n} text, t${n} oid, m${n} int4`).join(', ');
      const slotValues = [1, 2, 3, 4, 5]
        .map((n) => `coalesce(x.k${n}, 0), coalesce(x.o${n}, 0), coalesce(x.c${n}, 0), x.n${n}, array_in(x.v${n}::cstring, x.t${n}, x.m${n})`)
        .join(', ');
      const slotNames = [1, 2, 3, 4, 5].map((n) => `stakind${n}, staop${n}, stacoll${n}, stanumbers${n}, stavalues${n}`).join(', ');
      const rows = `jsonb_to_recordset($1::jsonb) AS x(starelid oid, staattnum int2, stainherit bool, stanullfrac real, stawidth int4, stadistinct real, ${slotColumns})`;
      // The INSERT fails whole on a value the column's type refuses: replaceStatistics finds which.
      const write = async (batch: Record<string, unknown>[]): Promise<Refusal[]> => {
        await session.query(
          `INSERT INTO pg_statistic (starelid, staattnum, stainherit, stanullfrac, stawidth, stadistinct, ${slotNames})
           SELECT x.starelid, x.staattnum, x.stainherit, x.stanullfrac, x.stawidth, x.stadistinct, ${slotValues} FROM ${rows}`,
          [JSON.stringify(batch)],
        );
        return [];
      };
      const failed: string[] = [];
      await inBatches(statistics, async (batch) => void failed.push(...(await replaceStatistics(session, batch, write))));
      return failed;
    },
  };
}
