import type { ProductionStatistics } from './statistics-format.ts';
import type { ClockFacts } from './build/clock.ts';
import type { Touched } from './build/touched.ts';

/** One executable unit of a schema or seed file, with the 1-based line it starts on. */
export type ScriptStep =
  /**
   * `creates`: the extension a CREATE EXTENSION statement creates. `touches`: the tables whose
   * statistics it may change (engine/touched.ts), absent when none. `clock`: what it does with
   * the clock (engine/clock.ts), absent when nothing.
   */
  | { kind: 'sql'; sql: string; line: number; creates?: string; touches?: Touched; clock?: ClockFacts }
  | { kind: 'copy'; sql: string; data: string; line: number }
  /** A statement about an extension in `skip_extensions`, left out. */
  | { kind: 'skipped'; extension: string; line: number };

/**
 * A schema or seed file split into statements by the parser before it reaches an engine: in
 * the main thread, once per distinct file, so the embedded engine's worker threads never load
 * the parser (its WASM heap grows to hold the largest file's parse tree, and stays).
 */
export interface ScriptFile {
  path: string;
  phase: 'schema' | 'seed';
  steps: ScriptStep[];
  /** A command entry (no steps): what runs, where, with which environment (the connection's variables are added). */
  command?: { run: string; cwd: string; timeoutMs: number; env: Record<string, string> };
}

/** What the engine needs to EXPLAIN one query; the SQL is one statement, checked by the parser. */
export interface ExplainRequest {
  sql: string;
  params?: unknown[];
  /** Highest $n in the SQL, for servers without EXPLAIN (GENERIC_PLAN). */
  paramCount: number;
  /** No params given and the SQL has $n placeholders: ask for a generic plan. */
  generic: boolean;
  /** INSERT/UPDATE/DELETE/MERGE, or a CTE that writes: measured after the queries that only read. */
  writes?: boolean;
}

/**
 * Where to find a value for a query parameter: a column of one of these relations, or for a
 * parameter compared with no column (or with an empty one), the type PostgreSQL gives it.
 */
export type ValueProbe = ColumnProbe | TypeProbe;

/** A representative value of a column of one of these relations. */
export interface ColumnProbe {
  /** Candidates in order (an unqualified column could belong to any relation of the query). */
  relations: { schema?: string; name: string }[];
  column: string;
  /** `low`/`high` for the two ends of a BETWEEN, else the middle of the data. */
  position: 'low' | 'middle' | 'high';
}

/**
 * A typical value of the type PostgreSQL gives `$param` when it prepares `statement` (one
 * statement, checked by the parser): 1 for a number, a fixed date for a date, an enum's first
 * label, a one-element array for an array. Fixed values, so every run plans the same.
 */
export interface TypeProbe {
  statement: string;
  param: number;
  /**
   * The column the parameter stands for, when it has no statistics (an empty table): its type
   * wins over the parameter's (`CAST(@sources::text[] AS my_enum[])` inserted into an enum
   * column gets the enum's first label), as one element when the parameter is an array.
   */
  column?: { relations: { schema?: string; name: string }[]; column: string; array: boolean };
}

/**
 * Why an engine call gave no answer, so that nothing downstream reads the message (engine/failure.ts sets it):
 * - `query`: the server answered with an error about the statement (its SQLSTATE in `code`): the
 *   data's answer, as lasting as a plan.
 * - `refused`: not run as asked: the role lacks a privilege (42501), or the gate declines the
 *   request (a generic plan has no values to measure with). Lasting too.
 * - `timeout`: a time bound ended it: statement_timeout (57014), explain_timeout_seconds, or the
 *   embedded worker ended past its bound. Of the moment.
 * - `lost`: no answer: the connection, backend or worker went away (SQLSTATE class 08 but
 *   08P01, 57P01-57P05), or the error came from the client, with no SQLSTATE. Of the moment.
 */
export type FailureKind = 'query' | 'refused' | 'timeout' | 'lost';

/** A failed call: the message as the report shows it (one line), its kind, and the SQLSTATE when the server sent one. */
export interface Failure {
  error: string;
  kind: FailureKind;
  code?: string;
}

export type ExplainOutcome = { ok: true; plan: unknown } | ({ ok: false } & Failure);

/** A measured run: the EXPLAIN (ANALYZE, BUFFERS) JSON, or why there is none (kind `timeout`: the per-query bound). */
/** `unrepeatable`: an index the run used whose pages differ between identical builds (GiST). */
export type MeasureOutcome = { ok: true; plan: unknown; unrepeatable?: string } | ({ ok: false } & Failure);

/** Extended statistics to try before a measured run: the CREATE STATISTICS, and the table to ANALYZE so they exist. */
export interface StatisticsTrial {
  createStatistics: string;
  analyze: string;
}

/** An index to try: its CREATE INDEX, and the table to ANALYZE when it has expressions (they have no statistics until then). */
export interface IndexTrial {
  createIndex: string;
  analyze?: string;
}

/** An index as a plan names it: its name, and its table's schema when the plan said. */
export interface IndexRef {
  schema?: string;
  name: string;
}

/** A table by name and, where the query named one, its schema (else the search path decides). */
export type TableRef = IndexRef;

export interface RelationSizes {
  /** Estimated rows per relation name (pg_class.reltuples). */
  rows: Record<string, number>;
  /** Partition → its root partitioned table, so `seq_scans.allow: [events]` covers events_2024. */
  partitionRoots: Record<string, string>;
}

/** A database served to another process (the capture command), through a connection target. */
export interface ExposedDatabase {
  upstream: { host: string; port: number } | { path: string };
  user: string;
  database: string;
  password?: string;
  /** Every client connection runs on one shared backend (embedded: PGlite has one). */
  shared?: boolean;
  stop(): Promise<void>;
}

/** A built database of one side (or of both, when their inputs are identical). */
export interface Database {
  /** Serve it to another process (capture.command). */
  expose(): Promise<ExposedDatabase>;
  /** Drop session state other clients left behind (embedded: every client shares one backend). */
  resetSession(): Promise<void>;
  /** `SHOW server_version`, e.g. 18.6. */
  readonly serverVersion: string;
  /** Planner settings in effect for the EXPLAINs that differ from PostgreSQL's defaults. */
  readonly planner: Record<string, string>;
  explain(request: ExplainRequest): Promise<ExplainOutcome>;
  /** Row estimates and partition parents, for the seq-scan rule. */
  relationSizes(): Promise<RelationSizes>;
  /** Write everything to the data directory, so it can be copied (engine embedded only). */
  checkpoint?(): Promise<void>;
  /** A representative existing value per probe (null where there is none), for inferred parameters. */
  sampleValues(probes: ValueProbe[]): Promise<(string | null)[]>;
  /** What-if: EXPLAIN the request with this index, in a transaction that is rolled back. */
  explainWithIndex(request: ExplainRequest, index: IndexTrial, timeoutMs: number): Promise<ExplainOutcome>;
  /**
   * Run the request under EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) in a transaction that is rolled
   * back, within `timeoutMs`; with `statistics`, created (and rolled back) first.
   */
  measure(request: ExplainRequest, timeoutMs: number, statistics?: StatisticsTrial): Promise<MeasureOutcome>;
  /**
   * VACUUM once before the first measured run, after every build of the run has finished: on a
   * server, a VACUUM during another database's build left other visibility-map bits (a
   * rolled-back UPDATE of 1,000 rows read 8,102 blocks on one side and 9,103 on the other).
   */
  settleForMeasure(): Promise<void>;
  /**
   * Production's statistics in place of the seed's (engine/build/apply-statistics.ts); `digest`
   * names the file for remembered answers, `file` for errors. After it, EXPLAIN plans as
   * production would; nothing measured may run after it (the relations' files are grown).
   */
  applyStatistics(statistics: ProductionStatistics, digest: string, file: string, scope: StatisticsScope): Promise<AppliedStatistics>;
  /** `pg_get_indexdef` per index (null where this database has no such index). */
  indexDefinitions(indexes: IndexRef[]): Promise<(string | null)[]>;
  /** `pg_get_indexdef` of each valid index on each table (none where there is no such table). */
  tableIndexDefinitions(tables: TableRef[]): Promise<string[][]>;
  /**
   * Let go at once without waiting for the backend, which may be stuck in a statement another
   * client left running (the embedded engine's thread is ended); the database is gone after.
   */
  discard(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The relations whose statistics may change a plan: those the queries' plans scan
 * (`schema.name`), with every partition and parent of their partition trees; null: every one.
 */
export type StatisticsScope = readonly { schema: string; name: string }[] | null;

/** What applying production's statistics did (the report's productionStatistics, in part). */
export interface AppliedStatistics {
  /** Tables, partitions and materialized views given production's statistics. */
  applied: number;
  /** What kept the seed's statistics, and why: `public.t (not in production)`, `public.t.c (type ...)`. */
  missing: string[];
  /** Indexes production does not have: their size scaled from the seed's to production's rows. */
  estimatedIndexes: string[];
  /** Tables production has that no query plans over: left as seeded (their statistics change no plan). */
  unplanned: number;
}

export interface BuildTimings {
  startMs: number;
  schemaMs: number;
  seedMs: number;
  analyzeMs: number;
}

/** Everything one side's database is built from. */
export interface BuildInput {
  /** Extensions created before the first schema file. */
  extensions: string[];
  files: ScriptFile[];
  /** Planner settings for the EXPLAIN session (`planner:`), mirroring production. */
  planner?: Record<string, string>;
  /** Session settings (`settings:`) applied before every file and in every session. */
  settings?: Record<string, string>;
  /** Extensions whose CREATE/COMMENT/ALTER EXTENSION statements are left out. */
  skipExtensions?: string[];
  /** The sources' digest (cache/fixture-cache.ts) when built databases may be cached. */
  digest?: string;
  /**
   * Incremental head (Engine.buildFrom): the database the build starts from (base's) already
   * ran this many of the schema files, and the seed; only the schema files after them run.
   */
  startAt?: number;
  /** `explain_timeout_seconds` in ms: one EXPLAIN longer than this is a query-error. */
  explainTimeoutMs?: number;
  /**
   * Incremental head whose first new schema entry is a command that goes on from base's
   * (`files[startAt]`): base's own entry, for a build of base's database again (embedded, after a
   * statement outlived its bound).
   */
  baseEntry?: ScriptFile;
}

/**
 * A data directory that already holds a database, and what its build said: a fixture cache
 * entry, or a copy of base's (`increment`: the input's files from `startAt` still run on it).
 */
export interface Prebuilt {
  warnings: string[];
  notes: string[];
  increment?: boolean;
}

/** How a side's database came to be (`build` in the JSON report). */
export type BuildOrigin = 'fresh' | 'cached' | 'shared' | 'incremental';

/** A side's database once built, with what the build had to say that did not stop it. */
export interface BuiltDatabase {
  database: Database;
  timings: BuildTimings;
  /** E.g. a materialized view whose refresh failed: the build went on without its statistics. */
  warnings: string[];
  /** What the log should say without it being a warning (an extension skipped as configured). */
  notes: string[];
  /** Fresh, copied from the fixture cache (`key` then names the entry), or base's plus new files. */
  origin: 'fresh' | 'cached' | 'incremental';
  key?: string;
}

export interface Engine {
  readonly kind: 'embedded' | 'server' | 'url';
  /** Build a fresh database from the input, in order; `label` names the side in errors. */
  build(label: string, input: BuildInput): Promise<BuiltDatabase>;
  /**
   * A copy of `base` (built by this engine) with `input.files` run on it, then analyzed
   * (incremental head). Absent where the engine cannot copy a database. `base` is opened only
   * when the fixture cache has no entry for head. `baseEntry`: the key of base's fixture-cache
   * entry when base has not been opened: a copy of it is base as built, without opening base.
   */
  buildFrom?(label: string, base: () => Promise<BuiltDatabase>, input: BuildInput, baseEntry?: string): Promise<BuiltDatabase>;
  /**
   * The fixture-cache key a build of `input` would have (`incremental`: as buildFrom's head),
   * without building; undefined when it would have none (no cache, engine url, a server's
   * incremental head).
   */
  keyOf?(input: BuildInput, incremental: boolean): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * The minimal connection surface the build and explain steps need, implemented by
 * PGlite and by node-postgres, so every engine builds and explains the same way.
 */
export interface Session {
  /** Simple-protocol execution of one statement (no parameters). */
  exec(sql: string): Promise<Record<string, unknown>[]>;
  /** Extended-protocol execution with bound parameters. */
  query(sql: string, params: unknown[]): Promise<Record<string, unknown>[]>;
  copyFrom(sql: string, data: string): Promise<void>;
}
