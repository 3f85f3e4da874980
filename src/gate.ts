import { adviseIndexes, withAdvice } from './advice/advise.ts';
import { adviseStatistics, mergeAdviceRuns } from './advice/statistics-advice.ts';
import type { AdviceRun } from './advice/try-indexes.ts';
import { parseConfig } from './config/load.ts';
import type { AdviceConfig, Config, MeasureConfig } from './config/config.ts';
import { checkCaptureFiles } from './capture/side.ts';
import { captureTraffic, type CaptureOutcome } from './capture/traffic.ts';
import { capturedEndpoints } from './compare/capture-rules.ts';
import { compare, compareQueries } from './compare/compare.ts';
import type { FailOn } from './compare/comparison.ts';
import type { QueryResult } from './explain/query-result.ts';
import {
  answerMemory,
  buildDatabases,
  closeAll,
  createEngine,
  fixtureCache,
  loadParser,
  type AnswerMemory,
  type Database,
  type RelationSizes,
  type Engine,
  type FixtureCache,
  type RemoteAnswers,
  type RemoteFixtures,
} from './engine/index.ts';
import { inferParams } from './explain/infer-params.ts';
import { checkQueryEntries, mergeSkipped, resolveQueries } from './explain/queries.ts';
import { explainSides, plannedTables } from './explain/run.ts';
import { measureSides, withMeasuredWork } from './explain/measure-sides.ts';
import {
  STALE_AFTER_DAYS,
  ageInDays,
  applyProductionStatistics,
  loadProductionStatistics,
  type LoadedStatistics,
  type ProductionStatisticsReport,
} from './statistics/use.ts';
import type { Progress } from './util/progress.ts';
import type { Report } from './report/report.ts';
import { sideLabel } from './sides/label.ts';
import { collectSqlFiles } from './sides/files.ts';
import { resolveSides } from './sides/resolve.ts';
import type { SideTree } from './sides/tree.ts';
import { UserError, errorMessage, oneLine } from './util/errors.ts';
import { checkTempDir } from './util/preflight.ts';
import { sweepDeadRunsTempDirs } from './util/dead-runs.ts';
import { sweepDeadRunsCommands } from './util/command-processes.ts';

export interface GateOptions {
  cwd: string;
  configPath: string;
  baseRef?: string;
  headRef?: string;
  failOn?: FailOn;
  /** Forces engine `url` with this connection string (action input database-url). */
  databaseUrl?: string;
  /** `--cache-dir`: downloaded PostgreSQL majors. */
  cacheDir?: string;
  /** Root of the fixture cache (built databases); unset: every database is built. */
  fixturesDir?: string;
  /** Where fixture cache entries (and remembered answers) are also kept between machines (the action: the Actions cache). */
  fixturesRemote?: RemoteFixtures & Partial<RemoteAnswers>;
  /**
   * A run that others must not trust (the action: anything but the default branch): its fixture
   * entries and answers are kept under its scope's own keys; it reads those and the trusted ones.
   */
  cacheScope?: string;
  env?: Record<string, string | undefined>;
  progress: Progress;
  timings: Record<string, number>;
}

/**
 * The whole gate, as stages in order: sides → config → read → build → on the databases as
 * built (explain, index advice) → on the seed (measure, statistics advice) → capture → with
 * production's statistics (apply, explain again, index advice) → close → compare → report.
 * Each stage takes what the stages before it handed on, so none can run before what it needs.
 */
export async function runGate(options: GateOptions): Promise<Report> {
  const started = performance.now();
  // Every warning also goes into the report, so a pull request's reader sees what the log said.
  const warnings: string[] = [];
  const progress: Progress = { ...options.progress, warn: (message) => (warnings.push(message), options.progress.warn(message)) };
  checkTempDir();
  sweepDeadRuns(progress);
  const sides = await progress.stage('sides', () => resolveSides(options.cwd, options.baseRef, options.headRef));
  try {
    const config = await readConfig(sides.head, options);
    progress.info(`base: ${sideLabel(sides.base)}, head: ${sideLabel(sides.head)}`);
    await loadParser();
    const inputs = await readStage(sides, config, options, progress);
    const caches = openCaches(options, config, progress);
    try {
      const engine = createEngine(config, { ...options, ...(caches.fixtures && { fixtures: caches.fixtures }), progress: (message) => progress.info(message) });
      try {
        const run: Run = { config, options, progress, sides, inputs, built: await buildStage(engine, config, inputs, caches, progress) };
        const asBuilt = await asBuiltStages(run);
        const onSeed = await seedStages(run, asBuilt);
        const traffic = await captureStage(run, onSeed);
        const reported = await productionStages(run, traffic);
        const closed = await run.built.close();
        const comparison = compare(
          config,
          [...reported.plans.base, ...(traffic.captured?.base ?? [])],
          [...reported.plans.head, ...(traffic.captured?.head ?? [])],
          options.failOn ?? 'error',
          traffic.captured ? capturedEndpoints(config, traffic.captured.stats, traffic.captured.queries) : [],
        );
        options.timings.totalMs = Math.round(performance.now() - started);
        return {
          version: 1,
          verdict: comparison.verdict,
          config: config.path,
          base: { ref: sides.base.ref, sha: sides.base.sha },
          head: { ref: sides.head.ref, sha: sides.head.sha },
          engine: { kind: engine.kind, serverVersion: closed.serverVersion },
          planner: closed.planner,
          build: closed.origins,
          ignored: inputs.ignored,
          skipped: mergeSkipped(inputs.base.skipped, inputs.head.skipped),
          queries: withAdvice(comparison.queries, mergeAdviceRuns(reported.indexAdvice, onSeed.statisticsAdvice)),
          endpoints: comparison.endpoints,
          findings: comparison.findings,
          productionStatistics: reported.productionStatistics,
          warnings,
          timings: { ...options.timings, totalMs: options.timings.totalMs },
        };
      } finally {
        await engine.close();
      }
    } finally {
      // Entries still being sent to the remote store: the next run wants them.
      await Promise.all([caches.fixtures?.settle(), caches.memory?.settle()]);
    }
  } finally {
    await sides.dispose();
  }
}

type Sizes = { base: RelationSizes; head: RelationSizes };
type Plans = { base: QueryResult[]; head: QueryResult[] };
type SideInputs = Awaited<ReturnType<typeof readSide>>;

/** What the stage `read` hands on: each side's files and queries, and production's statistics when the config names them. */
interface Inputs {
  base: SideInputs;
  head: SideInputs;
  production: LoadedStatistics | null;
  /** Queries `ignore:` left out, on the side that left out more. */
  ignored: number;
}

/** The fixture cache and the answer memory, when the run keeps built databases. */
interface Caches {
  fixtures?: FixtureCache;
  memory?: AnswerMemory;
}

/**
 * The databases as the build left them, with the relation sizes taken before anything writes
 * to them (a capture command may empty tables). Closing is the only way to their build's
 * facts and to keeping their answers, so no answer is kept from a database still in use.
 */
interface Built {
  databases: { base: Database; head: Database };
  seedSizes: Sizes;
  /** Questions the databases' remembered answers answered so far, by operation. */
  remembered(): Record<string, number>;
  close(): Promise<Closed>;
}

interface Closed {
  serverVersion: string;
  planner: Report['planner'];
  origins: Report['build'];
}

/** What every stage after the build reads. */
interface Run {
  config: Config;
  options: GateOptions;
  progress: Progress;
  sides: { base: SideTree; head: SideTree };
  inputs: Inputs;
  built: Built;
}

/** Stages on the databases as built: nothing has written to them yet. */
interface AsBuilt {
  plans: Plans;
  /** Index advice on these plans; with production's statistics it waits for their plans. */
  indexAdvice: AdviceRun | null;
}

/** Stages on the seed after index advice (its trials plan on head as built): measured runs settle and write. */
interface OnSeed {
  asBuilt: AsBuilt;
  /** The plans with their measured work (as explained when nothing is measured). */
  plans: Plans;
  statisticsAdvice: AdviceRun | null;
}

/** After the capture command ran (it writes to the databases): nothing after it runs queries on the seed. */
interface Traffic {
  onSeed: OnSeed;
  captured: CaptureOutcome | null;
}

/** The plans the report shows: production's when its statistics were applied, the seed's otherwise. */
interface Reported {
  plans: Plans;
  indexAdvice: AdviceRun | null;
  productionStatistics: ProductionStatisticsReport | null;
}

async function readStage(sides: { base: SideTree; head: SideTree }, config: Config, options: GateOptions, progress: Progress): Promise<Inputs> {
  const [base, head, production] = await progress.stage('read', async () => {
    await checkQueryEntries(config.queries, sides, config.path, (message) => progress.warn(message), config.capture !== undefined);
    if (config.capture) checkCaptureFiles(config.capture, options.cwd, (message) => progress.warn(message));
    return Promise.all([
      readSide(sides.base, 'base', config, progress),
      readSide(sides.head, 'head', config, progress),
      config.productionStatistics ? loadProductionStatistics(sides.base, config.productionStatistics, (message) => progress.warn(message)) : null,
    ]);
  });
  if (production) {
    // Said before a build: the url engine cannot grow a server's files.
    if (options.databaseUrl !== undefined || config.engine === 'url') {
      throw new UserError(
        `${config.path}: production_statistics needs the database's files (to give relations production's sizes): use engine embedded or server, not url`,
      );
    }
    warnIfStale(production, progress);
  }
  const ignored = Math.max(base.ignored, head.ignored);
  if (ignored > 0 && base.queries.length + head.queries.length === 0 && !config.capture) {
    progress.warn(`${config.path}: ignore: leaves no queries to explain (${ignored} ignored): nothing is gated`);
  }
  return { base, head, production, ignored };
}

function openCaches(options: GateOptions, config: Config, progress: Progress): Caches {
  if (options.fixturesDir === undefined || !config.cache) return {};
  const remote = options.fixturesRemote;
  const scope = options.cacheScope ? { scope: options.cacheScope } : {};
  const fixtures = fixtureCache(options.fixturesDir, (message) => progress.warn(message), { ...(remote && { remote }), ...scope });
  const answersRemote = remote?.fetchAnswers && remote.pushAnswers ? { fetchAnswers: remote.fetchAnswers, pushAnswers: remote.pushAnswers } : undefined;
  const memory = answerMemory(options.fixturesDir, (message) => progress.warn(message), { ...(answersRemote && { remote: answersRemote }), ...scope });
  return { fixtures, memory };
}

async function buildStage(engine: Engine, config: Config, inputs: Inputs, caches: Caches, progress: Progress): Promise<Built> {
  const built = await progress.stage('build', () =>
    buildDatabases(engine, config, { base: inputs.base.files, head: inputs.head.files }, caches.fixtures, progress, caches.memory),
  );
  const seedSizes = await sizesOf(built);
  return {
    databases: { base: built.base, head: built.head },
    seedSizes,
    remembered: () => built.remembered(),
    async close() {
      const serverVersion = built.head.serverVersion;
      const planner = built.head.planner;
      await closeAll(built.base, built.head);
      // A database's answers are whole once it is closed.
      built.keepAnswers();
      const remembered = Object.values(built.remembered()).reduce((sum, count) => sum + count, 0);
      if (remembered) progress.info(`${remembered} questions to the databases answered from an earlier run's answers`);
      return { serverVersion, planner, origins: built.origins() };
    },
  };
}

/** `explain` (or `explainWithProductionStatistics`): the declared queries on both sides, with inferred parameter values. */
function explainStage(run: Run, sizes: Sizes, stage: 'explain' | 'explainWithProductionStatistics'): Promise<Plans> {
  const { config, inputs, built, progress } = run;
  return progress.stage(stage, async (): Promise<Plans> => {
    const inferred = await inferParams([...inputs.head.queries, ...inputs.base.queries], config.placeholders, built.databases);
    const explained = await explainSides(built.databases, { base: inputs.base.queries, head: inputs.head.queries }, sizes, config.placeholders, inferred);
    progress.info(`explained ${inputs.base.queries.length} queries on base, ${inputs.head.queries.length} on head`);
    return { base: explained.base, head: explained.head };
  });
}

function indexAdviceStage(run: Run, plans: Plans, sizes: Sizes): Promise<AdviceRun | null> {
  return run.config.advice ? adviseStage(run.config, run.config.advice, plans, run.built, sizes, run.progress) : Promise.resolve(null);
}

/** `explain`, then `advice` unless production's statistics will replace these plans. */
async function asBuiltStages(run: Run): Promise<AsBuilt> {
  const plans = await explainStage(run, run.built.seedSizes, 'explain');
  const indexAdvice = run.inputs.production ? null : await indexAdviceStage(run, plans, run.built.seedSizes);
  return { plans, indexAdvice };
}

/** `measure` and `statisticsAdvice`, when configured. */
async function seedStages(run: Run, asBuilt: AsBuilt): Promise<OnSeed> {
  const { config, built, progress } = run;
  const measure = config.measure;
  const plans = measure ? await progress.stage('measure', () => measureSides(built.databases, asBuilt.plans, measure.timeoutSeconds * 1000)) : asBuilt.plans;
  const statisticsAdvice =
    config.advice && measure ? await adviseStatisticsStage(config, config.advice, measure, plans.base, plans.head, built.databases.head, progress) : null;
  return { asBuilt, plans, statisticsAdvice };
}

/** `capture`, when configured: explained with the seed's sizes, so the seq-scan rule does not see what the command emptied. */
async function captureStage(run: Run, onSeed: OnSeed): Promise<Traffic> {
  const { config, options, progress, sides, built } = run;
  const captured = config.capture
    ? await progress.stage('capture', () =>
        captureTraffic({ config, trees: sides, databases: built.databases, sizes: built.seedSizes, cwd: options.cwd, progress }),
      )
    : null;
  return { onSeed, captured };
}

/**
 * `productionStatistics`, `explainWithProductionStatistics` and `advice`, when production's
 * statistics were loaded. Everything that runs queries ran on the seed with its own statistics
 * (a run would read the grown files' empty pages): the plans become production's, the measured
 * work stays the seed's.
 */
async function productionStages(run: Run, traffic: Traffic): Promise<Reported> {
  const { progress, built } = run;
  const { asBuilt, plans: seedPlans } = traffic.onSeed;
  const production = run.inputs.production;
  if (!production) return { plans: seedPlans, indexAdvice: asBuilt.indexAdvice, productionStatistics: null };
  const productionStatistics = await progress.stage('productionStatistics', () =>
    applyProductionStatistics(built.databases, production, plannedTables(seedPlans)),
  );
  progress.info(statisticsApplied(productionStatistics));
  const sizes = await sizesOf(built.databases);
  // Its own stage: the first explain's time stays in the timings.
  const planned = await explainStage(run, sizes, 'explainWithProductionStatistics');
  const indexAdvice = await indexAdviceStage(run, planned, sizes);
  return {
    plans: { base: withMeasuredWork(planned.base, seedPlans.base), head: withMeasuredWork(planned.head, seedPlans.head) },
    indexAdvice,
    productionStatistics,
  };
}

async function sizesOf(built: { base: Database; head: Database }): Promise<Sizes> {
  const base = await built.base.relationSizes();
  return { base, head: built.head === built.base ? base : await built.head.relationSizes() };
}

/** Index advice on these plans; a failure only costs the advice. */
async function adviseStage(
  config: Config,
  advice: AdviceConfig,
  { base, head }: Plans,
  built: Built,
  sizes: Sizes,
  progress: Progress,
): Promise<AdviceRun | null> {
  return progress.stage('advice', async () => {
    const declared = compareQueries(config, base, head);
    try {
      const before = built.remembered().explainWithIndex ?? 0;
      const run = await adviseIndexes(config, advice, declared, { base, head }, built.databases, sizes.head.rows);
      const trialsRemembered = (built.remembered().explainWithIndex ?? 0) - before;
      const remembered = trialsRemembered ? ` (${trialsRemembered} remembered from an earlier run on the same head database)` : '';
      progress.info(`index advice: ${run.byQuery.size} queries, ${run.trials} indexes tried${remembered}`);
      if (run.cutShort)
        progress.warn(`index advice was cut short by its ${advice.timeoutSeconds} s bound (advice.timeout_seconds) after ${run.trials} indexes tried`);
      return run;
    } catch (error) {
      // Advice only adds to the findings: without it the verdict and the report still stand.
      progress.warn(`index advice stopped: ${oneLine(errorMessage(error))}`);
      return null;
    }
  });
}

function warnIfStale(loaded: LoadedStatistics, progress: Progress): void {
  const days = ageInDays(loaded.statistics.exportedAt, new Date());
  if (days > STALE_AFTER_DAYS) {
    progress.warn(
      `production_statistics: ${loaded.file} was exported ${days} days ago (${loaded.statistics.exportedAt.slice(0, 10)}): export it again (pg-plan-gate export-statistics; examples/production-statistics.yml does it on a schedule)`,
    );
  }
}

function statisticsApplied(used: ProductionStatisticsReport): string {
  const kept = used.missing.length ? `; the seed's kept for ${used.missing.length} (listed in the JSON report's productionStatistics.missing)` : '';
  const estimated = used.estimatedIndexes.length
    ? `; ${used.estimatedIndexes.length} indexes production lacks estimated (${used.estimatedIndexes.join(', ')})`
    : '';
  const unplanned = used.unplanned ? ` (${used.unplanned} more that no query's plan scans left as seeded)` : '';
  return `production statistics (${used.file}, PostgreSQL ${used.serverVersion}): applied to ${used.applied} relations${unplanned}${kept}${estimated}; measured work and captured traffic are the seed's`;
}

/** CREATE STATISTICS advice for misestimates, proved by measuring again; like index advice, never the verdict. */
async function adviseStatisticsStage(
  config: Config,
  advice: AdviceConfig,
  measure: MeasureConfig,
  base: QueryResult[],
  head: QueryResult[],
  headDatabase: Database,
  progress: Progress,
): Promise<AdviceRun | null> {
  const compared = compareQueries(config, base, head);
  if (!compared.some((query) => query.findings.some((finding) => finding.rule === 'misestimate'))) return null;
  return progress.stage('statisticsAdvice', async () => {
    try {
      const run = await adviseStatistics(config, advice, measure.timeoutSeconds * 1000, compared, head, headDatabase);
      progress.info(`statistics advice: ${run.byQuery.size} queries, ${run.trials} tried`);
      return run;
    } catch (error) {
      progress.warn(`statistics advice stopped: ${oneLine(errorMessage(error))}`);
      return null;
    }
  });
}

/** What runs killed with SIGKILL left: temp directories (with a server still running in one) and capture commands. */
function sweepDeadRuns(progress: Progress): void {
  for (const removed of sweepDeadRunsTempDirs()) progress.info(`removed what a killed run left: ${removed}`);
  const stopped = sweepDeadRunsCommands();
  if (stopped.length) progress.info(`stopped ${stopped.length} processes a killed run's capture command left (PIDs ${stopped.join(', ')})`);
}

async function readConfig(head: SideTree, options: GateOptions): Promise<Config> {
  const text = await head.readText(options.configPath);
  if (text === null) throw new UserError(`${options.configPath}: config file not found on head (${head.ref})`);
  return parseConfig(text, options.configPath, options.env ?? process.env);
}

async function readSide(tree: SideTree, side: 'base' | 'head', config: Config, progress: Progress) {
  const files = await collectSqlFiles(tree, side, config, config.path, (message) => progress.warn(message));
  const notes = { schemaFiles: files.map((file) => file.path), info: (message: string) => progress.info(message) };
  const { queries, ignored, skipped } = await resolveQueries(config.queries, tree, config, side, (message) => progress.warn(message), notes);
  return { files, queries, ignored, skipped };
}
