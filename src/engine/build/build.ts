import { errorLine } from './error-line.ts';
import { MissingExtensionError } from './extensions.ts';
import { SQLSTATE, sqlstateOf } from '../failure.ts';
import { runCommandFile, type CommandTargetMaker } from './schema-command.ts';
import { mergeTouched } from './touched.ts';
import { statisticsTarget } from './statistics-target.ts';
import { applySettings, USER_SCHEMA } from '../session/session-settings.ts';
import type { BuildInput, BuildTimings, ScriptFile, Session } from '../database.ts';
import { UserError, errorMessage, oneLine } from '../../util/errors.ts';
import { quoteIdent } from '../../util/sql.ts';
import { rollbackQuietly } from '../session/rollback.ts';
import { noopAsync } from '../../util/ignore.ts';
import { compareCodePoints, scalarText } from '../../util/text.ts';

const SEED = 0.4242;

/**
 * Apply schema then seed files statement by statement, reset session state after each
 * file, populate materialized views, then VACUUM and ANALYZE every table deterministically.
 */
export const buildDatabase: BuildProcedure = async (session, label, input, signal, options = {}) => {
  const { files } = input;
  const timings = { schemaMs: 0, seedMs: 0, analyzeMs: 0 };
  const skipExtensions = new Set(input.skipExtensions ?? []);
  const context = await startFiles(session, input, signal, options);
  const { checkpoint } = context;
  await createExtensions(
    session,
    label,
    input.extensions.filter((name) => !skipExtensions.has(name)),
  );
  const schemaFiles = files.filter((file) => file.phase === 'schema');
  const seedFiles = files.filter((file) => file.phase === 'seed');
  let started = performance.now();
  for (const file of schemaFiles) await runFile(session, label, file, context);
  timings.schemaMs = performance.now() - started;

  started = performance.now();
  // A seed command's statements cannot be read beforehand: nothing is set aside for it.
  const deferred = seedFiles.length && !seedFiles.some((file) => file.command) ? await dropDeferrableIndexes(session, seedFiles) : [];
  for (const file of seedFiles) await runFile(session, label, file, context);
  await rebuildDeferredIndexes(session, label, deferred);
  await checkpoint();
  timings.seedMs = performance.now() - started;

  started = performance.now();
  const warnings = await settle(session, label, context);
  timings.analyzeMs = performance.now() - started;
  return { timings, warnings, notes: skippedNotes(label, context) };
};

/**
 * Incremental head: `input.files` (head's new schema files) run on a copy of base's built
 * database, after its seed, as a deploy runs a migration on a populated database; then the
 * materialized views and statistics are brought up to date as after a build.
 */
export const buildIncrement: BuildProcedure = async (session, label, input, signal, options = {}) => {
  const failureNote = "this file ran on a copy of base's populated database, as at deploy time; build: fresh builds head from scratch instead";
  const context = await startFiles(session, input, signal, options, failureNote);
  let started = performance.now();
  for (const file of input.files) await runFile(session, label, file, context);
  const schemaMs = performance.now() - started;
  started = performance.now();
  // Only the tables the new files may have changed: the others keep base's statistics.
  // A COPY block's table is not parsed out of it: it may be any.
  // Nor what a command did: every table is analyzed again after one.
  const touched = mergeTouched(
    input.files.flatMap((file) =>
      file.command ? ['all' as const] : file.steps.map((step) => (step.kind === 'sql' ? (step.touches ?? []) : step.kind === 'copy' ? 'all' : [])),
    ),
  );
  const warnings = await settle(session, label, context, touched === 'all' ? undefined : touched);
  return { timings: { schemaMs, seedMs: 0, analyzeMs: performance.now() - started }, warnings, notes: skippedNotes(label, context) };
};

/**
 * An incremental head built again with no copy of base's database at hand (the embedded engine
 * after a statement outlived its bound ended the worker): base's files, then head's new ones on
 * it, as the first time. A fresh build of head's files would be another database.
 */
export const buildBaseThenIncrement: BuildProcedure = async (session, label, input, signal, options = {}) => {
  const added = newSchemaFiles(input);
  const kept = input.files.filter((file) => !added.includes(file));
  // Head's command goes on from base's: base's database ran base's entry in its place.
  const baseFiles = input.baseEntry
    ? [...kept.filter((file) => file.phase === 'schema'), input.baseEntry, ...kept.filter((file) => file.phase === 'seed')]
    : kept;
  const base = await buildDatabase(session, label, { ...input, files: baseFiles }, signal, options);
  const increment = await buildIncrement(session, label, { ...input, files: added }, signal, options);
  const timings = {
    schemaMs: base.timings.schemaMs + increment.timings.schemaMs,
    seedMs: base.timings.seedMs,
    analyzeMs: base.timings.analyzeMs + increment.timings.analyzeMs,
  };
  return withEarlier(base, { ...increment, timings });
};

/** Incremental head: the schema files after the `startAt` that base's database already ran. */
export function newSchemaFiles(input: BuildInput): BuildInput['files'] {
  return input.files.filter((file) => file.phase === 'schema').slice(input.startAt ?? 0);
}

/** What base's build said (replayed under this side's label) and what the new files added, once each. */
export function withEarlier<T extends { warnings: string[]; notes: string[] }>(earlier: { warnings: string[]; notes: string[] }, added: T): T {
  return { ...added, warnings: [...new Set([...earlier.warnings, ...added.warnings])], notes: [...new Set([...earlier.notes, ...added.notes])] };
}

export type BuildProcedure = (
  session: Session,
  label: string,
  input: BuildInput,
  signal?: AbortSignal,
  options?: BuildOptions,
) => Promise<{ timings: Omit<BuildTimings, 'startMs'>; warnings: string[]; notes: string[] }>;

/** `checkpoints`: CHECKPOINT as WAL piles up (embedded); `commandTarget`: how a command entry reaches the database. */
export interface BuildOptions {
  checkpoints?: boolean;
  commandTarget?: CommandTargetMaker;
}

/** What running files needs, once the session is known to accept the configured settings. */
async function startFiles(
  session: Session,
  input: BuildInput,
  signal: AbortSignal | undefined,
  options: BuildOptions,
  failureNote?: string,
): Promise<FileContext> {
  const checkpoint = options.checkpoints ? walCheckpointer(session) : noopAsync;
  await checkSessionSettings(session, input);
  const { commandTarget } = options;
  return {
    signal,
    settings: input.settings ?? {},
    skipped: new Map(),
    checkpoint,
    ...(failureNote && { failureNote }),
    ...(commandTarget && { commandTarget }),
  };
}

/**
 * After the files: materialized views refreshed, statistics taken (of `only` tables and the
 * views refreshed, else all), WAL let go.
 */
async function settle(session: Session, label: string, context: FileContext, only?: readonly string[]): Promise<string[]> {
  const family = only && (await inheritanceFamily(session, only));
  const { warnings, refreshed } = await refreshMaterializedViews(session, label, family);
  await analyzeDeterministically(session, family && [...family, ...refreshed]);
  await context.checkpoint();
  return warnings;
}

function skippedNotes(label: string, context: FileContext): string[] {
  return [...context.skipped].map(([name, where]) => `${label}: skipped extension ${name} (skip_extensions; first at ${where})`);
}

interface DeferredIndex {
  name: string;
  table: string;
  definition: string;
  table_oid: string;
  /** Table columns the index reads (keys and expressions), from pg_depend. */
  columns: string;
  [key: string]: unknown;
}

/**
 * Maintaining secondary indexes row by row doubles the time of a bulk seed in WASM; building
 * them once afterwards is as fast as CREATE INDEX. Only indexes that cannot change what an
 * INSERT does are deferred: not unique, not behind a constraint, not on a partition, not
 * clustered or a replica identity, not named by any seed file, and not on a table a seed
 * file alters (a renamed column would leave the saved definition stale).
 */
async function dropDeferrableIndexes(session: Session, seedFiles: ScriptFile[]): Promise<DeferredIndex[]> {
  // With an empty search_path, pg_get_indexdef qualifies every name, so the saved definition
  // means the same whatever search_path the seed leaves behind.
  await session.exec("SET search_path = ''");
  let candidates: (DeferredIndex & { bare: string; table_bare: string })[];
  try {
    candidates = (await session.exec(`
      SELECT format('%I.%I', n.nspname, ic.relname) AS name, ic.relname AS bare, pg_get_indexdef(i.indexrelid) AS definition,
             format('%I.%I', tn.nspname, t.relname) AS table, t.relname AS table_bare, t.oid::text AS table_oid,
             (SELECT string_agg(d.refobjsubid::text, ',' ORDER BY d.refobjsubid) FROM pg_depend d
               WHERE d.classid = 'pg_class'::regclass AND d.objid = i.indexrelid AND d.refobjid = t.oid AND d.refobjsubid > 0) AS columns
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = ic.relnamespace
      JOIN pg_namespace tn ON tn.oid = t.relnamespace
      WHERE t.relkind = 'r' AND NOT t.relispartition AND ic.relkind = 'i'
        AND NOT i.indisunique AND NOT i.indisclustered AND NOT i.indisreplident AND i.indisvalid
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid OR h.inhparent = i.indexrelid)
        AND ${USER_SCHEMA}
      ORDER BY i.indexrelid`)) as (DeferredIndex & { bare: string; table_bare: string })[];
  } finally {
    await session.exec('RESET search_path');
  }
  // The statements, without COPY's data: only they can name an index or alter a table.
  const seedText = seedFiles.flatMap((file) => file.steps.map((step) => (step.kind === 'skipped' ? '' : step.sql.toLowerCase()))).join('\n');
  const alteredTables = new Set(
    [...seedText.matchAll(/\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?(?:"?[\w$]+"?\.)?"?([\w$]+)"?/g)].map((match) => match[1]!),
  );
  // Only tables the seed names: a structure.sql of 2,000 tables seeds a handful of them.
  const deferred = candidates.filter(
    (index) =>
      seedText.includes(index.table_bare.toLowerCase()) && !seedText.includes(index.bare.toLowerCase()) && !alteredTables.has(index.table_bare.toLowerCase()),
  );
  if (deferred.length) await session.exec(`DROP INDEX ${deferred.map((index) => index.name).join(', ')}`);
  return deferred;
}

/**
 * Put the deferred indexes back: every one must exist again after the seed, or the build
 * fails naming it. Only where PostgreSQL itself would have dropped the index with its table
 * or one of its columns (a seed that drops them) is it left out.
 */
async function rebuildDeferredIndexes(session: Session, label: string, deferred: DeferredIndex[]): Promise<void> {
  if (deferred.length === 0) return;
  // One query for all of them: is the table still there, with every column the index reads?
  const live = await session.query(
    `SELECT d.i FROM jsonb_to_recordset($1::jsonb) AS d(i int, table_oid oid, columns int2[])
     WHERE EXISTS (SELECT 1 FROM pg_class WHERE oid = d.table_oid)
       AND (SELECT count(*) FROM pg_attribute WHERE attrelid = d.table_oid AND attnum = ANY(d.columns) AND NOT attisdropped) = cardinality(d.columns)
     ORDER BY d.i`,
    [JSON.stringify(deferred.map((index, i) => ({ i, table_oid: index.table_oid, columns: index.columns ? index.columns.split(',').map(Number) : [] })))],
  );
  await session.exec("SET search_path = ''");
  try {
    for (const row of live) {
      const index = deferred[Number(row.i)]!;
      try {
        await session.exec(index.definition);
      } catch (error) {
        await rollbackQuietly(session);
        throw new UserError(
          `${label}: index ${index.name} on ${index.table} was set aside during the seed for speed and cannot be rebuilt after it: ${oneLine(errorMessage(error))}`,
        );
      }
    }
  } finally {
    await session.exec('RESET search_path').catch(() => {
      // Only fails on a lost session, and then the error being thrown (or the next call) reports that.
    });
  }
}

/**
 * Every materialized view is refreshed after the seed, dependencies first: `pg_dump
 * --schema-only` writes them WITH NO DATA, and one a migration creates WITH DATA (the default)
 * ran before the seed and holds no rows, where production's holds them. `only` (incremental
 * head): just the views that read, directly or through other views, a table the new files
 * touched, the views they touched themselves, and unpopulated ones; the others hold what base's
 * build put there. One that fails is a warning (so are the views that read it): the build goes
 * on without them. Returns the names (bare) of the views refreshed.
 */
async function refreshMaterializedViews(session: Session, label: string, only?: readonly string[]): Promise<{ warnings: string[]; refreshed: string[] }> {
  const views = (await session.exec(`
    SELECT c.oid::text AS oid, format('%I.%I', n.nspname, c.relname) AS name, c.relname AS bare, c.relispopulated AS populated
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'm' AND ${USER_SCHEMA}
    ORDER BY n.nspname, c.relname`)) as { oid: string; name: string; bare: string; populated: boolean }[];
  if (views.length === 0) return { warnings: [], refreshed: [] };
  // What each view or materialized view reads (its rewrite rule's dependencies).
  const edges = (await session.exec(`
    SELECT DISTINCT r.ev_class::text AS view, d.refobjid::text AS needs, c.relname AS needs_name, c.relkind::text AS needs_kind
    FROM pg_rewrite r
    JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
    JOIN pg_class c ON c.oid = d.refobjid
    WHERE d.refobjid <> r.ev_class`)) as { view: string; needs: string; needs_name: string; needs_kind: string }[];
  const reads = new Map<string, { oid: string; name: string; kind: string }[]>();
  for (const edge of edges) reads.set(edge.view, [...(reads.get(edge.view) ?? []), { oid: edge.needs, name: edge.needs_name, kind: edge.needs_kind }]);
  const byOid = new Map(views.map((view) => [view.oid, view]));
  const touched = only && new Set(only);
  const readsTouched = (oid: string, seen = new Set<string>()): boolean =>
    (reads.get(oid) ?? []).some((needed) => touched!.has(needed.name) || (!seen.has(needed.oid) && (seen.add(needed.oid), readsTouched(needed.oid, seen))));
  const wanted = touched
    ? views.filter((view) => !view.populated || touched.has(view.bare) || readsTouched(view.oid)).map((view) => view.oid)
    : views.map((view) => view.oid);
  const wantedSet = new Set(wanted);
  const order = dependencyOrder(wanted, (oid) =>
    (reads.get(oid) ?? []).filter((needed) => needed.kind === 'm' && wantedSet.has(needed.oid)).map((needed) => needed.oid),
  );
  // Dependencies first; a view read through a plain view is not a direct dependency, so what
  // failed for want of another view is tried again while a pass makes progress.
  let pending = order;
  const errors = new Map<string, string>();
  for (let progressed = true; pending.length && progressed;) {
    progressed = false;
    const left: string[] = [];
    for (const oid of pending) {
      try {
        await session.exec(`REFRESH MATERIALIZED VIEW ${byOid.get(oid)!.name}`);
        progressed = true;
        errors.delete(oid);
      } catch (error) {
        await rollbackQuietly(session);
        errors.set(oid, oneLine(errorMessage(error)));
        left.push(oid);
      }
    }
    pending = left;
  }
  const failed = new Set(pending);
  const warnings = pending.map((oid) => {
    const name = byOid.get(oid)!.name;
    const error = errors.get(oid)!;
    const unpopulated = /materialized view "([^"]+)" has not been populated/.exec(error)?.[1];
    return unpopulated
      ? `${label}: materialized view ${name} was not refreshed because it reads ${unpopulated}, which could not be; plans of queries on it use no statistics`
      : `${label}: materialized view ${name} could not be refreshed (${error}); plans of queries on it use no statistics`;
  });
  return { warnings, refreshed: order.filter((oid) => !failed.has(oid)).map((oid) => byOid.get(oid)!.bare) };
}

/** Dependencies before dependants; a cycle (impossible for views) falls back to the given order. */
export function dependencyOrder<T>(items: readonly T[], dependenciesOf: (item: T) => readonly T[]): T[] {
  const order: T[] = [];
  const state = new Map<T, 'visiting' | 'done'>();
  const visit = (item: T) => {
    if (state.get(item)) return;
    state.set(item, 'visiting');
    for (const dependency of dependenciesOf(item)) visit(dependency);
    state.set(item, 'done');
    order.push(item);
  };
  for (const item of items) visit(item);
  return order;
}

async function createExtensions(session: Session, label: string, extensions: string[]): Promise<void> {
  for (const name of extensions) {
    try {
      await session.exec(`CREATE EXTENSION IF NOT EXISTS ${quoteIdent(name)}`);
    } catch (error) {
      await rollbackQuietly(session);
      throw new MissingExtensionError(name, `${label}: extension ${name} is not available on this server: ${oneLine(errorMessage(error))}`);
    }
  }
}

async function runFile(session: Session, label: string, file: ScriptFile, context: FileContext): Promise<void> {
  const { signal, settings } = context;
  const where = `${label}: ${file.path}`;
  await session.exec(`SELECT setseed(${SEED})`);
  // The embedded engine's command shares this backend: the settings apply to its connections.
  await applySettings(session, settings);
  if (file.command) {
    if (signal?.aborted) throw new UserError(`${label}: build stopped`);
    await runCommandFile(
      label,
      file,
      context.commandTarget,
      context.failureNote && "it ran on a copy of base's populated database, as at deploy time; build: fresh builds head from scratch instead",
    );
    // What the command left on a shared backend (embedded) must not reach the next file.
    await rollbackQuietly(session);
    await session.exec('DISCARD ALL');
    await context.checkpoint();
    return;
  }
  let yielded = performance.now();
  for (const step of file.steps) {
    // The other side failed: stop between statements (a worker thread is terminated instead).
    if (signal?.aborted) throw new UserError(`${label}: build stopped`);
    // In-process PGlite runs its statements without returning to the event loop; let the other
    // side's build (and its failure) take turns.
    if (signal && performance.now() - yielded > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      yielded = performance.now();
    }
    if (step.kind === 'skipped') {
      if (!context.skipped.has(step.extension)) context.skipped.set(step.extension, `${where}:${step.line}`);
      continue;
    }
    try {
      if (step.kind === 'copy') await session.copyFrom(step.sql, step.data);
      else await session.exec(step.sql);
    } catch (error) {
      await rollbackQuietly(session);
      const note = context.failureNote ? ` (${context.failureNote})` : '';
      const message = `${where}:${errorLine(step, error)}: ${oneLine(errorMessage(error))}${note}`;
      // feature_not_supported is how CREATE EXTENSION says the extension is not installed (PostgreSQL 15 on).
      if (step.kind === 'sql' && step.creates && sqlstateOf(error) === SQLSTATE.featureNotSupported) throw new MissingExtensionError(step.creates, message);
      throw new UserError(message);
    }
  }
  // A file's SET, search_path and temp objects must not reach the next file or the EXPLAINs.
  try {
    await session.exec('DISCARD ALL');
  } catch {
    await rollbackQuietly(session);
    throw new UserError(`${where}: the file leaves a transaction open (BEGIN without COMMIT)`);
  }
  await context.checkpoint();
}

/** WAL written since the last CHECKPOINT before the next one is worth its 20–60 ms. */
const CHECKPOINT_EVERY_BYTES = 32 * 1024 * 1024;

/**
 * A CHECKPOINT once enough WAL has piled up: PGlite runs PostgreSQL single-user, with no
 * checkpointer, so otherwise every WAL segment of the build stays (in memory) to the end.
 */
function walCheckpointer(session: Session): () => Promise<void> {
  let last = '0/0';
  return async () => {
    const rows = await session.exec(`SELECT pg_current_wal_lsn()::text AS lsn, pg_wal_lsn_diff(pg_current_wal_lsn(), '${last}')::float8 AS grown`);
    if (Number(rows[0]?.grown ?? 0) < CHECKPOINT_EVERY_BYTES) return;
    await session.exec('CHECKPOINT');
    last = scalarText(rows[0]?.lsn ?? last);
  };
}

interface FileContext {
  signal: AbortSignal | undefined;
  settings: Readonly<Record<string, string>>;
  /** Skipped extension → where its first statement was. */
  skipped: Map<string, string>;
  /** Lets WAL go after a file (embedded: nothing else would). */
  checkpoint: () => Promise<void>;
  /** Said after a failing statement's error: how the file came to run where it did. */
  failureNote?: string;
  commandTarget?: CommandTargetMaker;
}

/** `settings:` and `planner:` are tried before anything is built: a typo should not cost a whole build. */
async function checkSessionSettings(session: Session, input: Pick<BuildInput, 'settings' | 'planner'>): Promise<void> {
  if (!Object.keys({ ...input.settings, ...input.planner }).length) return;
  await session.exec('BEGIN');
  try {
    await applySettings(session, input.settings, 'settings', true);
    await applySettings(session, input.planner, 'planner', true);
  } finally {
    await rollbackQuietly(session);
  }
}

interface RelationRow {
  name: string;
  kind: string;
  [key: string]: unknown;
}

/**
 * VACUUM counts live rows exactly and marks pages all-visible, as on a settled production table.
 * Returns the live rows. Also switches autovacuum off for the relation: an existing server's
 * autovacuum must not re-sample what is analyzed next.
 */
async function vacuumUntilSettled(session: Session, relation: RelationRow): Promise<number> {
  const oid = `'${relation.name.replace(/'/g, "''")}'::regclass`;
  const alter = `ALTER ${relation.kind === 'm' ? 'MATERIALIZED VIEW' : 'TABLE'} ${relation.name} SET (autovacuum_enabled = off)`;
  let state: Record<string, unknown> | undefined;
  for (let attempt = 0; attempt < VACUUM_ATTEMPTS; attempt++) {
    await session.exec(alter);
    // Again, every page: a VACUUM that skips the pages marked before estimates reltuples from the rest.
    await session.exec(attempt === 0 ? `VACUUM ${relation.name}` : `VACUUM (DISABLE_PAGE_SKIPPING) ${relation.name}`);
    [state] = await session.exec(`SELECT reltuples::float8 AS rows, relpages, relallvisible FROM pg_class WHERE oid = ${oid}`);
    if (Number(state?.relallvisible) >= Number(state?.relpages)) break;
  }
  return Number(state?.rows ?? 0);
}

/** A page still unmarked after this many (a row lock held elsewhere) is left as it is. */
const VACUUM_ATTEMPTS = 3;

/**
 * The named tables (in any schema) with the whole inheritance trees they are part of: every
 * table they inherit from, and everything that inherits from those. A write into one partition
 * changes what its partitioned table's own statistics describe (a GROUP BY over the parent reads
 * them) and what a materialized view over the parent holds; and an ANALYZE of the parent also
 * samples every partition at the parent's statistics target, so each sibling is analyzed again
 * after it, at its own, as a fresh build does.
 */
async function inheritanceFamily(session: Session, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await session.exec(`
    WITH RECURSIVE named AS (SELECT oid FROM pg_class WHERE relname = ANY(${nameArray(names)})),
      above(oid) AS (SELECT oid FROM named UNION SELECT i.inhparent FROM pg_inherits i JOIN above a ON i.inhrelid = a.oid),
      below(oid) AS (SELECT oid FROM above UNION SELECT i.inhrelid FROM pg_inherits i JOIN below b ON i.inhparent = b.oid)
    SELECT DISTINCT c.relname::text AS name FROM below JOIN pg_class c ON c.oid = below.oid`);
  return [...new Set([...names, ...rows.map((row) => scalarText(row.name))])].sort(compareCodePoints);
}

const nameArray = (names: readonly string[]) => `ARRAY[${names.map((name) => `'${name.replace(/'/g, "''")}'`).join(', ')}]::name[]`;

/** `only`: table names (in any schema) to analyze instead of all. */
async function analyzeDeterministically(session: Session, only?: readonly string[]): Promise<void> {
  if (only?.length === 0) return;
  const chosen = only ? `AND c.relname = ANY(${nameArray(only)})` : '';
  const relations = (await session.exec(`
    SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relkind::text AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'm') AND c.relispopulated AND ${USER_SCHEMA} ${chosen}
      -- Empty files cannot hold rows: one query here instead of one SELECT EXISTS per table.
      AND CASE WHEN c.relkind = 'p'
               THEN EXISTS (SELECT 1 FROM pg_partition_tree(c.oid) t WHERE t.isleaf AND pg_relation_size(t.relid) > 0)
               ELSE pg_relation_size(c.oid) > 0 END
    ORDER BY c.relkind = 'p' DESC, 1`)) as RelationRow[];
  // VACUUM marks a page all-visible only where it can set the rows' commit hint bits, and it
  // cannot while the commit's WAL is unflushed: a seed run with synchronous_commit=off, or
  // a clog group whose LSN another database's asynchronous commit raised, left pages
  // unmarked until the WAL writer came by (in CI: an index-only scan on one run, a seq scan on
  // the next). Each relation's ALTER below writes WAL and commits synchronously, which flushes
  // every commit before it; a VACUUM that still leaves pages unmarked is run again.
  await session.exec('SET synchronous_commit = on');
  for (const relation of relations) {
    // An empty table stays "never analyzed": the planner then assumes a few pages instead of
    // zero rows, so a schema-only config still shows which indexes a query can use.
    const nonEmpty = await session.exec(`SELECT EXISTS (SELECT 1 FROM ${relation.name}) AS found`);
    if (!nonEmpty[0]?.found) continue;
    let rows: number;
    if (relation.kind === 'p') {
      const counted = await session.exec(`SELECT count(*)::float8 AS rows FROM ${relation.name}`);
      rows = Number(counted[0]?.rows ?? 0);
    } else {
      rows = await vacuumUntilSettled(session, relation);
    }
    const target = statisticsTarget(rows);
    await session.exec(`SET default_statistics_target = ${target}`);
    await session.exec(`ANALYZE ${relation.name}`);
  }
  await session.exec('RESET default_statistics_target');
  await session.exec('RESET synchronous_commit');
}
