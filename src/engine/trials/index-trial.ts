import { statisticsTarget } from '../build/statistics-target.ts';
import type { ExplainOutcome, IndexRef, IndexTrial, Session, TableRef } from '../database.ts';
import { failureOf } from '../failure.ts';
import { rollbackQuietly } from '../session/rollback.ts';

/**
 * What-if: build the index, EXPLAIN the query as the gate did (`explain`: same session, so
 * the same planner settings and plan mode), then roll both back, so the database stays as built.
 * `timeoutMs` caps each statement on a native server; PGlite does not enforce
 * statement_timeout (a 1 s pg_sleep ran to the end under a 100 ms timeout), so there the
 * caller's deadline is only checked between trials.
 */
export async function explainWithIndexOn(
  session: Session,
  index: IndexTrial,
  timeoutMs: number,
  explain: () => Promise<ExplainOutcome>,
  /** Production's statistics are in place: sizes the trial overwrites are put back after it. */
  keepSizes = false,
): Promise<ExplainOutcome> {
  const sizes = keepSizes ? await relationSizes(session) : undefined;
  await session.exec('BEGIN');
  try {
    await session.exec(`SET LOCAL statement_timeout = ${Math.max(1, Math.ceil(timeoutMs))}`);
    await session.exec(index.createIndex);
    if (index.analyze) await analyzeIndexExpressions(session, index.analyze);
    return await explain();
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    // A failed EXPLAIN already rolled back (explainOn): a second ROLLBACK only warns.
    await rollbackQuietly(session);
    if (sizes) await restoreSizes(session, sizes);
  }
}

/**
 * CREATE INDEX and ANALYZE write the table's relpages and reltuples in place, outside the
 * transaction: ROLLBACK keeps the seed's row count over production's grown pages, and the
 * next trial would plan with that. What changed is written back.
 */
async function relationSizes(session: Session): Promise<Record<string, unknown>[]> {
  return session.exec(
    `SELECT oid::int8 AS oid, relpages, reltuples::float8 AS reltuples, relallvisible FROM pg_class WHERE relkind IN ('r', 'm') AND relnamespace <> 'pg_catalog'::regnamespace`,
  );
}

async function restoreSizes(session: Session, before: Record<string, unknown>[]): Promise<void> {
  await session.query(
    `UPDATE pg_class c SET relpages = x.relpages, reltuples = x.reltuples, relallvisible = x.relallvisible
     FROM jsonb_to_recordset($1::jsonb) AS x(oid oid, relpages int4, reltuples real, relallvisible int4)
     WHERE c.oid = x.oid AND (c.relpages, c.reltuples, c.relallvisible) IS DISTINCT FROM (x.relpages, x.reltuples, x.relallvisible)`,
    [JSON.stringify(before)],
  );
}

/**
 * An expression index has no statistics until ANALYZE: without them `lower(email) = $1` is
 * guessed to match 0.5 % of the rows. The build's target reads every row again (up to 3M
 * rows), so the table's other statistics come out as built and only the expression's are new.
 */
export async function analyzeAsBuilt(session: Session, table: string): Promise<void> {
  const rows = await session.query('SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = $1::regclass', [table]);
  await session.exec(`SET LOCAL default_statistics_target = ${statisticsTarget(Number(rows[0]?.rows ?? 0))}`);
  await session.exec(`ANALYZE ${table}`);
}

/**
 * The trial index's expression statistics, as `analyzeAsBuilt` makes them, without computing
 * every column's again: inside the trial's transaction each column's target is 0, so ANALYZE
 * reads the same sample (the index expression's target sets its size) and leaves the columns'
 * statistics as built. On a 1M-row table (PostgreSQL 15) 0.43 s instead of 2.3 s. Where the
 * targets cannot be set (not the table's owner), every column is analyzed again, as built.
 */
async function analyzeIndexExpressions(session: Session, table: string): Promise<void> {
  const columns = await session.query(
    'SELECT quote_ident(attname) AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped',
    [table],
  );
  if (columns.length === 0) return analyzeAsBuilt(session, table);
  await session.exec('SAVEPOINT columns_as_built');
  try {
    await session.exec(`ALTER TABLE ${table} ${columns.map((column) => `ALTER COLUMN ${String(column.name)} SET STATISTICS 0`).join(', ')}`);
  } catch {
    await session.exec('ROLLBACK TO SAVEPOINT columns_as_built');
  }
  await analyzeAsBuilt(session, table);
}

/**
 * `pg_get_indexdef` of each index, by the name a plan gave it and its table's schema (an
 * index lives in its table's schema); null where there is no such index.
 */
export async function indexDefinitionsOn(session: Session, indexes: readonly IndexRef[]): Promise<(string | null)[]> {
  if (indexes.length === 0) return [];
  const rows = await session.query(
    `SELECT i.ordinality AS position, pg_get_indexdef(c.oid) AS definition
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS i(schema, name, ordinality)
     JOIN pg_class c ON c.relname = i.name AND c.relkind IN ('i', 'I')
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = coalesce(i.schema, current_schema())`,
    [indexes.map((index) => index.schema ?? null), indexes.map((index) => index.name)],
  );
  const definitions: (string | null)[] = indexes.map(() => null);
  for (const row of rows) definitions[Number(row.position) - 1] = String(row.definition);
  return definitions;
}

/**
 * The valid indexes each table already has, as `pg_get_indexdef` writes them: a candidate
 * equal to one of them would only build a twin of an index the planner already weighed.
 */
export async function tableIndexDefinitionsOn(session: Session, tables: readonly TableRef[]): Promise<string[][]> {
  if (tables.length === 0) return [];
  const rows = await session.query(
    `SELECT t.ordinality AS position, pg_get_indexdef(x.indexrelid) AS definition
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(schema, name, ordinality)
     JOIN pg_namespace n ON n.nspname = coalesce(t.schema, current_schema())
     JOIN pg_class c ON c.relname = t.name AND c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'm')
     JOIN pg_index x ON x.indrelid = c.oid AND x.indisvalid
     ORDER BY t.ordinality, x.indexrelid`,
    [tables.map((table) => table.schema ?? null), tables.map((table) => table.name)],
  );
  const definitions: string[][] = tables.map(() => []);
  for (const row of rows) definitions[Number(row.position) - 1]!.push(String(row.definition));
  return definitions;
}
