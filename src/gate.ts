import { adviseIndexes, withAdvice } from './advice/advise.ts';
import { adviseStatistics, mergeAdviceRuns } from './advice/statistics.ts';
import type { AdviceRun } from './advice/what-if.ts';
import { parseConfig } from './config/load.ts';
import type { AdviceConfig, Config, MeasureConfig } from './config/types.ts';
import { checkCaptureFiles } from './capture/side.ts';
import { captureTraffic } from './capture/traffic.ts';
import { capturedEndpoints } from './compare/capture-rules.ts';
import { compare } from './compare/compare.ts';
import type { FailOn } from './compare/types.ts';
import type { QueryResult } from './explain/types.ts';
import {
  answerMemory,
  buildDatabases,
  closeAll,
  createEngine,
  fixtureCache,
  loadParser,
  type AnswerMemory,
  type BuiltSides,
  type Database,
  type RelationSizes,
  type Engine,
  type FixtureCache,
  type RemoteAnswers,
  type RemoteFixtures,
} from './engine/index.ts';
import { inferParams } from './explain/infer-params.ts';
import { checkQueryEntries, mergeSkipped, resolveQueries } from './explain/queries.ts';
import { explainSides } from './explain/run.ts';
import { measureSides, withMeasuredWork } from './explain/measure.ts';
import { STALE_AFTER_DAYS, ageInDays, applyProductionStatistics, loadProductionStatistics, type LoadedStatistics, type ProductionStatisticsReport } from './statistics/use.ts';
import type { Progress } from './util/progress.ts';
import type { Report } from './report/types.ts';
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

/** The whole gate: sides → config → engine → explain → compare → advice → report. */
export async function runGate(options: GateOptions): Promise<Report> {
  const started = performance.now();
  // Every warning also goes into the report, so a pull request's reader sees what the log said.
  const warnings: string[] = [];
  const progress: Progress = { ...options.progress, warn: (message) => (warnings.push(message), options.progress.warn(message)) };
  checkTempDir();
  sweepDeadRuns(progress);
  const sides = await progress.stage('sides', () => resolveSides(options.cwd, options.baseRef, options.headRef));
  let engine: Engine | undefined;
  let fixtures: FixtureCache | undefined;
  let memory: AnswerMemory | undefined;
  try {
    const config = await readConfig(sides.head, options);
    progress.info(`base: ${sideLabel(sides.base)}, head: ${sideLabel(sides.head)}`);
    await loadParser();

    const [baseInputs, headInputs, production] = await progress.stage('read', async () => {
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
        throw new UserError(`${config.path}: production_statistics needs the database's files (to give relations production's sizes): use engine embedded or server, not url`);
      }
      warnIfStale(production, progress);
    }
    const ignored = Math.max(baseInputs.ignored, headInputs.ignored);
    if (ignored > 0 && baseInputs.queries.length + headInputs.queries.length === 0 && !config.capture) {
      progress.warn(`${config.path}: ignore: leaves no queries to explain (${ignored} ignored): nothing is gated`);
    }

    if (options.fixturesDir !== undefined && config.cache) {
      const remote = options.fixturesRemote;
      const scope = options.cacheScope ? { scope: options.cacheScope } : {};
      fixtures = fixtureCache(options.fixturesDir, (message) => progress.warn(message), { ...(remote && { remote }), ...scope });
      const answersRemote = remote?.fetchAnswers && remote.pushAnswers ? { fetchAnswers: remote.fetchAnswers, pushAnswers: remote.pushAnswers } : undefined;
      memory = answerMemory(options.fixturesDir, (message) => progress.warn(message), { ...(answersRemote && { remote: answersRemote }), ...scope });
    }
    engine = createEngine(config, { ...options, ...(fixtures && { fixtures }), progress: (message) => progress.info(message) });
    const built = await progress.stage('build', () => buildDatabases(engine!, config, { base: baseInputs.files, head: headInputs.files }, fixtures, progress, memory));

    // Taken before anything else writes to the databases (a capture command may empty tables).
    const seedSizes = await sizesOf(built);
    const explainStage = (sizes: Sizes, stage = 'explain') =>
      progress.stage(stage, async (): Promise<[QueryResult[], QueryResult[]]> => {
        const inferred = await inferParams([...headInputs.queries, ...baseInputs.queries], config.placeholders, built);
        const explained = await explainSides(built, { base: baseInputs.queries, head: headInputs.queries }, sizes, config.placeholders, inferred);
        progress.info(`explained ${baseInputs.queries.length} queries on base, ${headInputs.queries.length} on head`);
        return [explained.base, explained.head];
      });
    const adviceStage = (results: [QueryResult[], QueryResult[]], sizes: Sizes) =>
      config.advice ? adviseStage(config, config.advice, results, built, sizes, progress) : Promise.resolve(null);
    let [baseResults, headResults] = await explainStage(seedSizes);
    // Before capture: a capture command writes to the databases, and advice plans on head as
    // built. With production's statistics, advice waits for their plans (below).
    let advised = production ? null : await adviceStage([baseResults, headResults], seedSizes);
    // After index advice (its trials plan on head as built) and before capture (which writes).
    const measure = config.measure;
    if (measure) {
      const measured = await progress.stage('measure', () => measureSides(built, { base: baseResults, head: headResults }, measure.timeoutSeconds * 1000));
      [baseResults, headResults] = [measured.base, measured.head];
    }
    const statisticsAdvised = config.advice && measure ? await adviseStatisticsStage(config, config.advice, measure, baseResults, headResults, built.head, progress) : null;
    const captured = config.capture
      ? await progress.stage('capture', () => captureTraffic({ config, trees: sides, databases: built, sizes: seedSizes, cwd: options.cwd, progress }))
      : null;
    let productionStatistics: ProductionStatisticsReport | null = null;
    if (production) {
      // Everything that runs queries ran on the seed with its own statistics (a run would read
      // the grown files' empty pages). From here on, plans are production's.
      productionStatistics = await progress.stage('productionStatistics', () => applyProductionStatistics(built, production));
      progress.info(statisticsApplied(productionStatistics));
      const sizes = await sizesOf(built);
      // Its own stage: the first explain's time stays in the timings.
      const planned = await explainStage(sizes, 'explainWithProductionStatistics');
      advised = await adviceStage(planned, sizes);
      [baseResults, headResults] = [withMeasuredWork(planned[0], baseResults), withMeasuredWork(planned[1], headResults)];
    }
    const serverVersion = built.head.serverVersion;
    const planner = built.head.planner;
    await closeAll(built.base, built.head);
    built.keepAnswers();
    const remembered = Object.values(built.remembered()).reduce((sum, count) => sum + count, 0);
    if (remembered) progress.info(`${remembered} questions to the databases answered from an earlier run's answers`);

    const comparison = compare(
      config,
      [...baseResults, ...(captured?.base ?? [])],
      [...headResults, ...(captured?.head ?? [])],
      options.failOn ?? 'error',
      captured ? capturedEndpoints(config, captured.stats, captured.queries) : [],
    );
    options.timings.totalMs = Math.round(performance.now() - started);
    return {
      version: 1,
      verdict: comparison.verdict,
      config: config.path,
      base: { ref: sides.base.ref, sha: sides.base.sha },
      head: { ref: sides.head.ref, sha: sides.head.sha },
      engine: { kind: engine.kind, serverVersion },
      planner,
      build: built.origins(),
      ignored,
      skipped: mergeSkipped(baseInputs.skipped, headInputs.skipped),
      queries: withAdvice(comparison.queries, mergeAdviceRuns(advised, statisticsAdvised)),
      endpoints: comparison.endpoints,
      findings: comparison.findings,
      productionStatistics,
      warnings,
      timings: { ...options.timings, totalMs: options.timings.totalMs },
    };
  } finally {
    await engine?.close();
    // Entries still being sent to the remote store: the next run wants them.
    await Promise.all([fixtures?.settle(), memory?.settle()]);
    await sides.dispose();
  }
}

type Sizes = { base: RelationSizes; head: RelationSizes };

async function sizesOf(built: { base: Database; head: Database }): Promise<Sizes> {
  const base = await built.base.relationSizes();
  return { base, head: built.head === built.base ? base : await built.head.relationSizes() };
}

/** Index advice on the plans `results` hold; a failure only costs the advice. */
async function adviseStage(
  config: Config,
  advice: AdviceConfig,
  [base, head]: [QueryResult[], QueryResult[]],
  built: BuiltSides,
  sizes: Sizes,
  progress: Progress,
): Promise<AdviceRun | null> {
  return progress.stage('advice', async () => {
    const declared = compare(config, base, head);
    try {
      const before = built.remembered().explainWithIndex ?? 0;
      const run = await adviseIndexes(config, advice, declared.queries, { base, head }, built, sizes.head.rows);
      const trialsRemembered = (built.remembered().explainWithIndex ?? 0) - before;
      const remembered = trialsRemembered ? ` (${trialsRemembered} remembered from an earlier run on the same head database)` : '';
      progress.info(`index advice: ${run.byQuery.size} queries, ${run.trials} indexes tried${remembered}`);
      if (run.cutShort) progress.warn(`index advice was cut short by its ${advice.timeoutSeconds} s bound (advice.timeout_seconds) after ${run.trials} indexes tried`);
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
    progress.warn(`production_statistics: ${loaded.file} was exported ${days} days ago (${loaded.statistics.exportedAt.slice(0, 10)}): export it again (pg-plan-gate export-statistics; examples/production-statistics.yml does it on a schedule)`);
  }
}

function statisticsApplied(used: ProductionStatisticsReport): string {
  const kept = used.missing.length ? `; the seed's kept for ${used.missing.length} (listed in the JSON report's productionStatistics.missing)` : '';
  const estimated = used.estimatedIndexes.length ? `; ${used.estimatedIndexes.length} indexes production lacks estimated (${used.estimatedIndexes.join(', ')})` : '';
  return `production statistics (${used.file}, PostgreSQL ${used.serverVersion}): applied to ${used.applied} relations${kept}${estimated}; measured work and captured traffic are the seed's`;
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
  const compared = compare(config, base, head);
  if (!compared.queries.some((query) => query.findings.some((finding) => finding.rule === 'misestimate'))) return null;
  return progress.stage('statisticsAdvice', async () => {
    try {
      const run = await adviseStatistics(config, advice, measure.timeoutSeconds * 1000, compared.queries, head, headDatabase);
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

