import { SCHEMA_DEFAULTS, type ConfigFile, type PlanMode } from './file.generated.ts';

/**
 * The gate's config: what schema/pg-plan-gate.schema.json (the one definition of the file) says,
 * after load.ts has applied the schema's defaults and given the keys the gate's names.
 */
export type EngineKind = NonNullable<ConfigFile['engine']>;

export interface SeqScanBudget {
  minRows: number;
  /** Relation names or globs on which a seq scan is fine. */
  allow: string[];
  maxNew: number;
}

export interface Budgets {
  costIncreasePct: number;
  costIncreaseMin: number;
  maxCost: number | null;
  seqScans: SeqScanBudget;
  queryCountIncrease: number;
  /** work-regression: head's blocks past base × (1 + pct/100) ... */
  workIncreasePct: number;
  /** ... and past base + this many blocks. spill uses both for "many more temp blocks". */
  workIncreaseMin: number;
  /** misestimate: actual/estimated rows (either way) at or above this. */
  misestimateRatio: number;
}

/** A budget override as written: only the keys the user set. */
export interface Override {
  match: string;
  budgets: PartialBudgets;
}

export type PartialBudgets = Partial<Omit<Budgets, 'seqScans'>> & { seqScans?: Partial<SeqScanBudget> };

/** One `queries:` entry as written; `file:` entries expand per side. */
export interface QueryEntry {
  /** 1-based line of the entry in the config file, for messages. */
  line: number;
  name?: string;
  endpoint?: string;
  sql?: string;
  params?: unknown[];
  file?: string;
  planMode?: PlanModeSetting;
}

/** `auto`: real values (given, else inferred), else generic; `generic`: always the generic plan. */
export type PlanModeSetting = PlanMode;

export interface CaptureConfig {
  command?: string;
  /** Query log path with `{side}`, relative to the working directory. */
  file?: string;
  timeoutMinutes: number;
  nPlusOne: number;
  /** `gate_untagged`: query-count and n-plus-one on `(untagged)` are errors (default false: info, setup traffic). */
  gateUntagged: boolean;
  /** Variables passed to the command even though their names look like secrets. */
  env: string[];
}

export type MigrationFormat = NonNullable<ConfigFile['migration_format']>;

export interface Config {
  /** Path of the config file relative to the repository root, as given. */
  path: string;
  engine: EngineKind;
  url?: string;
  serverBin?: string;
  /** The PostgreSQL major to gate on (13–18); engine server unless it is the embedded engine's own. */
  postgresVersion?: number;
  extensions: string[];
  /** Extensions whose CREATE/COMMENT/ALTER EXTENSION statements are left out. */
  skipExtensions: string[];
  /** `build:` incremental (default): head may be base's database plus head's new schema files. */
  build: NonNullable<ConfigFile['build']>;
  /** `cache:` (default true): built databases may come from and go to the fixture cache. */
  cache: boolean;
  /** Session settings before every file and in every session (`app.current_tenant: "1"`). */
  settings: Record<string, string>;
  /** Paths and globs, and commands (`{ command, inputs }`), in order. */
  schema: BuildEntry[];
  seed: BuildEntry[];
  /** `migration_format:` how schema and seed files are read: each as its migration tool shows (auto), as one tool's, or as plain SQL. */
  migrationFormat: MigrationFormat;
  /** `production_statistics:` the statistics file, a path in base's tree. */
  productionStatistics?: string;
  queries: QueryEntry[];
  /** Values per query name or glob (`params:`). */
  params: Record<string, unknown[]>;
  /** Application placeholders → replacement text, applied to query text before parsing and to schema and seed files before they run. */
  placeholders: Record<string, string>;
  /** Query-name globs that are not explained. */
  ignore: string[];
  planMode: PlanModeSetting;
  /** Planner settings for the EXPLAIN session, as written (`random_page_cost: 1.1`). */
  planner: Record<string, string>;
  /** `explain_timeout_seconds`: planning one query longer than this is a query-error. */
  explainTimeoutSeconds: number;
  budgets: Budgets;
  overrides: Override[];
  capture?: CaptureConfig;
  /** Index advice on head (what-if CREATE INDEX, rolled back); false turns it off. */
  advice: AdviceConfig | false;
  /** Measured work (EXPLAIN ANALYZE, rolled back) on both sides; false turns it off. */
  measure: MeasureConfig | false;
}

export interface MeasureConfig {
  /** Bound on one measured run of one query; going past it is a finding. */
  timeoutSeconds: number;
}

export interface AdviceConfig {
  /** Bound on the whole advice stage; the report says when it cut the advice short. */
  timeoutSeconds: number;
}

/** A `schema:` or `seed:` entry: a path or glob, or a command (a migration tool) run against the side's database. */
export type BuildEntry = string | CommandEntry;

export interface CommandEntry {
  command: string;
  /** Globs of the files it reads; null: the whole tree keys the cache. */
  inputs: string[] | null;
  timeoutMinutes: number;
  /** Its line in the config, for errors. */
  line: number;
}

/** A command entry's time bound when it names none. */
export const DEFAULT_COMMAND_TIMEOUT_MINUTES = 10;

// Defaults are the schema's (`default` in schema/pg-plan-gate.schema.json), in the gate's names.
export const DEFAULT_MEASURE_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.measure.timeout_seconds;
export const DEFAULT_ADVICE_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.advice.timeout_seconds;
/** `explain_timeout_seconds`: how long planning one query may take (an IMMUTABLE function the planner folds can sleep). */
export const DEFAULT_EXPLAIN_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.explain_timeout_seconds;

const budgetDefaults = SCHEMA_DEFAULTS.budgets;
export const DEFAULT_BUDGETS: Budgets = {
  costIncreasePct: budgetDefaults.cost_increase_pct,
  costIncreaseMin: budgetDefaults.cost_increase_min,
  maxCost: budgetDefaults.max_cost,
  seqScans: { minRows: budgetDefaults.seq_scans.min_rows, allow: [...budgetDefaults.seq_scans.allow], maxNew: budgetDefaults.seq_scans.max_new },
  queryCountIncrease: budgetDefaults.query_count_increase,
  workIncreasePct: budgetDefaults.work_increase_pct,
  workIncreaseMin: budgetDefaults.work_increase_min,
  misestimateRatio: budgetDefaults.misestimate_ratio,
};
