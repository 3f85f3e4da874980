import { parseConfig } from './config/load.ts';
import type { Config } from './config/types.ts';
import { checkCaptureFiles } from './capture/run.ts';
import { captureTraffic } from './capture/stage.ts';
import { compare } from './compare/compare.ts';
import type { FailOn, QueryResult } from './compare/types.ts';
import { createEngine } from './engine/create.ts';
import { loadParser, scriptFiles } from './engine/script.ts';
import type { BuildInput, Database, Engine, ScriptStep } from './engine/types.ts';
import { inferParams } from './explain/infer-params.ts';
import { checkQueryEntries, resolveQueries } from './explain/queries.ts';
import { explainSides } from './explain/run.ts';
import type { Progress } from './progress.ts';
import type { Report } from './report/types.ts';
import { sideLabel } from './report/common.ts';
import { collectSqlFiles, sameSqlFiles } from './sides/files.ts';
import { resolveSides } from './sides/resolve.ts';
import type { SideTree } from './sides/tree.ts';
import { UserError, isUserError } from './util/errors.ts';
import { checkTempDir } from './util/preflight.ts';
import { sweepDeadRunsTempDirs } from './util/dead-runs.ts';
import { sweepDeadRunsCommands } from './capture/command-processes.ts';


export interface GateOptions {
  cwd: string;
  configPath: string;
  baseRef?: string;
  headRef?: string;
  failOn?: FailOn;
  /** Forces engine `url` with this connection string (action input database-url). */
  databaseUrl?: string;
  /** `--cache-dir`: downloaded PostgreSQL majors (and, later, built fixtures). */
  cacheDir?: string;
  env?: Record<string, string | undefined>;
  progress: Progress;
  timings: Record<string, number>;
}

/** The whole gate: sides → config → engine → explain → compare → report. */
export async function runGate(options: GateOptions): Promise<Report> {
  const started = performance.now();
  // Every warning also goes into the report, so a pull request's reader sees what the log said.
  const warnings: string[] = [];
  const progress: Progress = { ...options.progress, warn: (message) => (warnings.push(message), options.progress.warn(message)) };
  checkTempDir();
  sweepDeadRuns(progress);
  const sides = await progress.stage('sides', () => resolveSides(options.cwd, options.baseRef, options.headRef));
  let engine: Engine | undefined;
  try {
    const config = await readConfig(sides.head, options);
    progress.info(`base: ${sideLabel(sides.base)}, head: ${sideLabel(sides.head)}`);
    await loadParser();

    const [baseInputs, headInputs] = await progress.stage('read', async () => {
      await checkQueryEntries(config.queries, sides, config.path, (message) => progress.warn(message), config.capture !== undefined);
      if (config.capture) checkCaptureFiles(config.capture, options.cwd, (message) => progress.warn(message));
      const parsed = new Map<string, ScriptStep[]>();
      return Promise.all([readSide(sides.base, 'base', config, progress, parsed), readSide(sides.head, 'head', config, progress, parsed)]);
    });
    const ignored = Math.max(baseInputs.ignored, headInputs.ignored);
    if (ignored > 0 && baseInputs.queries.length + headInputs.queries.length === 0 && !config.capture) {
      progress.warn(`${config.path}: ignore: leaves no queries to explain (${ignored} ignored): nothing is gated`);
    }

    engine = createEngine(config, { ...options, progress: (message) => progress.info(message) });
    const common = {
      extensions: config.extensions,
      skipExtensions: config.skipExtensions,
      settings: config.settings,
      planner: config.planner,
      explainTimeoutMs: config.explainTimeoutSeconds * 1000,
    };
    const baseBuild = { ...common, files: baseInputs.scripts };
    const headBuild = { ...common, files: headInputs.scripts };
    // A capture command writes to the database: each side then needs its own.
    const identical = sameSqlFiles(baseInputs.files, headInputs.files) && !config.capture?.command;
    if (identical) progress.info('schema and seed are identical on both sides: building the database once');
    const built = await progress.stage('build', () => buildSides(engine!, identical ? null : baseBuild, headBuild, progress)).catch((error: unknown) => {
      // A setting the server rejects is a config error: say which file.
      if (isUserError(error) && /^(settings|planner)\./.test(error.message)) throw new UserError(`${config.path}: ${error.message}`);
      throw error;
    });

    // Taken before anything else writes to the databases (a capture command may empty tables).
    const baseSizes = await built.base.relationSizes();
    const sizes = { base: baseSizes, head: built.head === built.base ? baseSizes : await built.head.relationSizes() };
    const [baseResults, headResults] = await progress.stage('explain', async (): Promise<[QueryResult[], QueryResult[]]> => {
      const inferred = await inferParams([...headInputs.queries, ...baseInputs.queries], config.placeholders, built);
      const explained = await explainSides(built, { base: baseInputs.queries, head: headInputs.queries }, sizes, config.placeholders, inferred);
      const results: [QueryResult[], QueryResult[]] = [explained.base, explained.head];
      progress.info(`explained ${baseInputs.queries.length} queries on base, ${headInputs.queries.length} on head`);
      return results;
    });
    const captured = config.capture
      ? await progress.stage('capture', () => captureTraffic({ config, trees: sides, databases: built, sizes, cwd: options.cwd, progress }))
      : { base: [], head: [], endpoints: [] };
    const serverVersion = built.head.serverVersion;
    const planner = built.head.planner;
    await closeAll(built.base, built.head);

    const comparison = compare(
      config,
      [...baseResults, ...captured.base],
      [...headResults, ...captured.head],
      options.failOn ?? 'error',
      captured.endpoints,
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
      ignored,
      queries: comparison.queries,
      endpoints: comparison.endpoints,
      findings: comparison.findings,
      warnings,
      timings: { ...options.timings, totalMs: options.timings.totalMs },
    };
  } finally {
    await engine?.close();
    await sides.dispose();
  }
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

/** `parsed` is shared by both sides: a file they have in common is split into statements once. */
async function readSide(tree: SideTree, side: 'base' | 'head', config: Config, progress: Progress, parsed: Map<string, ScriptStep[]>) {
  const files = await collectSqlFiles(tree, side, config, config.path, (message) => progress.warn(message));
  const scripts = scriptFiles(files, side, new Set(config.skipExtensions), parsed);
  const { queries, ignored } = await resolveQueries(config.queries, tree, config, side, (message) => progress.warn(message));
  return { files, scripts, queries, ignored };
}

function logBuild(progress: Progress, label: string, timings: { startMs: number; schemaMs: number; seedMs: number; analyzeMs: number }): void {
  const ms = (value: number) => `${Math.round(value)} ms`;
  progress.info(`${label}: start ${ms(timings.startMs)}, schema ${ms(timings.schemaMs)}, seed ${ms(timings.seedMs)}, analyze ${ms(timings.analyzeMs)}`);
}

/**
 * Both sides at once, or one database for both when their inputs are identical. The first
 * failure is reported at once: the caller closes the engine, which stops the other build.
 */
async function buildSides(engine: Engine, baseBuild: BuildInput | null, headBuild: BuildInput, progress: Progress): Promise<{ base: Database; head: Database }> {
  const sides: [string, BuildInput][] = baseBuild ? [['base', baseBuild], ['head', headBuild]] : [['base+head', headBuild]];
  const builds = sides.map(([label, input]) => engine.build(label, input));
  // The loser's rejection (stopped by the engine's close) is nobody's news.
  for (const build of builds) build.catch(() => {});
  const done = await Promise.all(builds);
  done.forEach((result, index) => {
    logBuild(progress, sides[index]![0], result.timings);
    for (const note of result.notes) progress.info(note);
    for (const warning of result.warnings) progress.warn(warning);
  });
  return { base: done[0]!.database, head: done[done.length - 1]!.database };
}

async function closeAll(...databases: Database[]): Promise<void> {
  await Promise.allSettled([...new Set(databases)].map((database) => database.close()));
}
