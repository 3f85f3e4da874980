import type { Config } from './config/types.ts';
import { sourcesDigest, type FixtureCache } from './engine/fixture-cache.ts';
import { scriptFiles } from './engine/script.ts';
import type { BuildInput, BuildOrigin, BuiltDatabase, Database, Engine, ScriptStep } from './engine/types.ts';
import { sameSqlFiles, type SqlFile } from './sides/files.ts';
import { UserError, isUserError } from './util/errors.ts';
import type { Progress } from './util/progress.ts';

/**
 * How the two databases come to be: one for both sides when their schema and seed files are
 * identical; head as a copy of base's with only its new schema files when it goes on from
 * base's; else both at once. Each engine may start a side from the fixture cache.
 */
export async function buildDatabases(
  engine: Engine,
  config: Config,
  files: { base: SqlFile[]; head: SqlFile[] },
  fixtures: FixtureCache | undefined,
  progress: Progress,
): Promise<BuiltSides> {
  const sources = { extensions: config.extensions, skipExtensions: config.skipExtensions, settings: config.settings, planner: config.planner };
  const common = { ...sources, explainTimeoutMs: config.explainTimeoutSeconds * 1000 };
  const digest = (sideFiles: SqlFile[]) => (fixtures ? { digest: sourcesDigest({ ...sources, files: sideFiles }) } : {});
  // A capture command writes to the database: each side then needs its own.
  const identical = sameSqlFiles(files.base, files.head) && !config.capture?.command;
  if (identical) progress.info('schema and seed are identical on both sides: building the database once');
  // Split into statements here, once per distinct file; a syntax error names the side that builds it.
  const skip = new Set(config.skipExtensions);
  const parsed = new Map<string, ScriptStep[]>();
  // One database for both: base's input is not needed.
  const baseBuild = identical ? null : { ...common, files: scriptFiles(files.base, 'base', skip, parsed), ...digest(files.base) };
  const headBuild = { ...common, files: scriptFiles(files.head, identical ? 'base+head' : 'head', skip, parsed), ...digest(files.head) };
  const startAt = baseBuild && config.build === 'incremental' && engine.buildFrom ? incrementalStart(files.base, files.head) : null;
  if (startAt !== null) {
    const added = files.head.filter((file) => file.phase === 'schema').slice(startAt);
    progress.info(`head adds schema files after base's (${added.map((file) => file.path).join(', ')}): head is built from base's database`);
  }
  try {
    return baseBuild && startAt !== null ? await buildIncrementally(engine, baseBuild, { ...headBuild, startAt }, progress) : await buildSides(engine, baseBuild, headBuild, progress);
  } catch (error) {
    // A setting the server rejects is a config error: say which file.
    if (isUserError(error) && /^(settings|planner)\./.test(error.message)) throw new UserError(`${config.path}: ${error.message}`);
    throw error;
  }
}

export interface BuiltSides {
  base: Database;
  head: Database;
  origins: { base: BuildOrigin; head: BuildOrigin };
  /** Head's fixture-cache key: the same key next run means the same database. */
  headKey?: string;
}

export async function closeAll(...databases: Database[]): Promise<void> {
  await Promise.allSettled([...new Set(databases)].map((database) => database.close()));
}

/** One line on how the side's database came to be, then what its build had to say. */
function reportBuild(progress: Progress, label: string, built: BuiltDatabase): void {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const { startMs, schemaMs, seedMs, analyzeMs } = built.timings;
  const key = built.key?.slice(0, 12);
  if (built.origin === 'cached') progress.info(`${label}: from the fixture cache (${key}) in ${ms(startMs)}`);
  else if (built.origin === 'incremental') progress.info(`${label}: base's database and the new schema files: start ${ms(startMs)}, schema ${ms(schemaMs)}, analyze ${ms(analyzeMs)}`);
  else progress.info(`${label}: start ${ms(startMs)}, schema ${ms(schemaMs)}, seed ${ms(seedMs)}, analyze ${ms(analyzeMs)}`);
  if (built.origin !== 'cached' && key) progress.info(`${label}: saved to the fixture cache (${key})`);
  for (const note of built.notes) progress.info(note);
  for (const warning of built.warnings) progress.warn(warning);
}

/**
 * Both sides at once, or one database for both when their inputs are identical. The first
 * failure is reported at once: the caller closes the engine, which stops the other build.
 */
async function buildSides(
  engine: Engine,
  baseBuild: BuildInput | null,
  headBuild: BuildInput,
  progress: Progress,
): Promise<BuiltSides> {
  const sides: [string, BuildInput][] = baseBuild ? [['base', baseBuild], ['head', headBuild]] : [['base+head', headBuild]];
  const builds = sides.map(([label, input]) => engine.build(label, input));
  // The loser's rejection (stopped by the engine's close) is nobody's news.
  for (const build of builds) build.catch(() => {});
  const done = await Promise.all(builds);
  done.forEach((result, index) => reportBuild(progress, sides[index]![0], result));
  const origins = { base: done[0]!.origin, head: baseBuild ? done[1]!.origin : ('shared' as const) };
  const head = done[done.length - 1]!;
  return { base: done[0]!.database, head: head.database, origins, ...(head.key && { headKey: head.key }) };
}

/**
 * Where head's schema files go on from base's: all of base's, in order and byte-identical,
 * then new ones, with the same seed files. The number of base's schema files, else null.
 */
export function incrementalStart(base: readonly SqlFile[], head: readonly SqlFile[]): number | null {
  const schema = (files: readonly SqlFile[]) => files.filter((file) => file.phase === 'schema');
  const seed = (files: readonly SqlFile[]) => files.filter((file) => file.phase === 'seed');
  const [baseSchema, headSchema] = [schema(base), schema(head)];
  if (headSchema.length <= baseSchema.length || !sameSqlFiles(baseSchema, headSchema.slice(0, baseSchema.length))) return null;
  return sameSqlFiles(seed(base), seed(head)) ? baseSchema.length : null;
}

/** Base first, then head as a copy of it with head's new schema files run on it. */
async function buildIncrementally(
  engine: Engine,
  baseBuild: BuildInput,
  headBuild: BuildInput,
  progress: Progress,
): Promise<BuiltSides> {
  const base = await engine.build('base', baseBuild);
  reportBuild(progress, 'base', base);
  // A failure leaves base's database to the engine's close, like any other.
  const head = await engine.buildFrom!('head', base, headBuild);
  reportBuild(progress, 'head', head);
  return { base: base.database, head: head.database, origins: { base: base.origin, head: head.origin }, ...(head.key && { headKey: head.key }) };
}

