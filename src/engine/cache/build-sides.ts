import type { Config } from '../../config/config.ts';
import type { AnswerMemory } from './answer-memory.ts';
import { clockReadAt } from '../build/clock.ts';
import { digestOf, labelled, sourcesDigest, type BuildSources, type FixtureCache } from './fixture-cache.ts';
import { rememberingDatabase, type RememberingDatabase } from './remembering.ts';
import { checkMajor } from '../pg/server-version.ts';
import { scriptFiles } from '../build/script.ts';
import type { BuildInput, BuildOrigin, BuiltDatabase, Database, Engine, ScriptFile, ScriptStep } from '../database.ts';
import { commandExtends, sameSqlFiles, type SqlFile } from '../../sides/files.ts';
import { commandEnvironment } from '../../util/command-environment.ts';
import { ConfigValueError, UserError } from '../../util/errors.ts';
import type { Progress } from '../../util/progress.ts';
import { markHandled } from '../../util/ignore.ts';

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
  memory?: AnswerMemory,
): Promise<BuiltSides> {
  const sources = { extensions: config.extensions, skipExtensions: config.skipExtensions, settings: config.settings, planner: config.planner };
  const common = { ...sources, explainTimeoutMs: config.explainTimeoutSeconds * 1000 };
  // A capture command writes to the database: each side then needs its own.
  const identical = sameSqlFiles(files.base, files.head) && !config.capture?.command;
  if (identical) progress.info('schema and seed are identical on both sides: building the database once');
  // Split into statements here, once per distinct file; a syntax error names the side that builds it.
  const skip = new Set(config.skipExtensions);
  const parsed = new Map<string, ScriptStep[]>();
  const env = commandEnv(config, [...files.base, ...files.head], progress);
  const baseFiles = identical ? null : scriptFiles(files.base, 'base', skip, parsed, env);
  const headFiles = scriptFiles(files.head, identical ? 'base+head' : 'head', skip, parsed, env);
  const startAt = baseFiles && config.build === 'incremental' && engine.buildFrom ? incrementalStart(files.base, files.head) : null;
  // Head's command goes on from base's: base's own entry, should base's database be built again.
  const baseEntry =
    startAt !== null && files.head.filter((file) => file.phase === 'schema')[startAt]?.command
      ? baseFiles!.filter((file) => file.phase === 'schema')[startAt]
      : undefined;
  if (startAt !== null) {
    const added = files.head.filter((file) => file.phase === 'schema').slice(startAt);
    const newInputs = baseEntry && commandExtends(files.base.filter((file) => file.phase === 'schema')[startAt]?.command, added[0]?.command);
    if (newInputs) {
      progress.info(
        `head's schema command '${added[0]!.path}' has new inputs beside base's unchanged ones (${newInputs.join(', ')}): head is built from base's database, the command run on a copy of it as at deploy time`,
      );
    } else progress.info(`head adds schema files after base's (${added.map((file) => file.path).join(', ')}): head is built from base's database`);
  }
  const keys = fixtures
    ? cacheDigests(files, { base: baseFiles, head: headFiles }, startAt, sources, progress, identical ? 'base+head' : 'head')
    : { base: undefined, head: undefined };
  // One database for both: base's input is not needed.
  const baseBuild = baseFiles && { ...common, files: baseFiles, ...(keys.base && { digest: keys.base }) };
  const headBuild = { ...common, files: headFiles, ...(keys.head && { digest: keys.head }), ...(baseEntry && { baseEntry }) };
  const sides = sideMaker(engine, memory, config.postgresVersion, progress);
  try {
    const [base, head] =
      baseBuild && startAt !== null
        ? await buildIncrementally(sides, engine, baseBuild, { ...headBuild, startAt })
        : await buildSides(sides, engine, baseBuild, headBuild);
    return builtSides(base, head ?? base, memory);
  } catch (error) {
    // A setting the server rejects is a config error: say which file.
    if (error instanceof ConfigValueError) throw new UserError(`${config.path}: ${error.message}`);
    throw error;
  }
}

export interface BuiltSides {
  base: Database;
  head: Database;
  /** How each side's database came to be; asked at the end (a remembered side a question opened may have been built afresh). */
  origins(): { base: BuildOrigin; head: BuildOrigin };
  /** Questions the databases' remembered answers answered this run, by operation. */
  remembered(): Record<string, number>;
  /** Keep what the databases answered for the next run (the answer memory); at the end of the run. */
  keepAnswers(): void;
}

export async function closeAll(...databases: Database[]): Promise<void> {
  await Promise.allSettled([...new Set(databases)].map((database) => database.close()));
}

/**
 * Each side's digest for the fixture cache, or none where its database must not be kept: one
 * whose rows hold the time of its build (engine/clock.ts). An incremental head is base's
 * database plus head's new files: its digest covers both, so a head reached from another base
 * (a stacked pull request whose parent landed) is another database.
 */
function cacheDigests(
  files: { base: SqlFile[]; head: SqlFile[] },
  split: { base: ScriptFile[] | null; head: ScriptFile[] },
  startAt: number | null,
  sources: Omit<BuildSources, 'files'>,
  progress: Progress,
  headLabel: string,
): { base: string | undefined; head: string | undefined } {
  const notKept = (label: string, where: string) =>
    progress.info(
      `${label}: not kept in the fixture cache: its rows hold the time of the build (${where} reads the clock), and a later run would ask at another time`,
    );
  let base: string | undefined;
  if (split.base) {
    const where = clockReadAt(split.base);
    if (where) notKept('base', where);
    else base = sourcesDigest({ ...sources, files: files.base });
  }
  if (startAt !== null && split.base) {
    // Base not kept: nor is a head built on it.
    if (base === undefined) return { base, head: undefined };
    const where = clockReadAt(split.base, split.head.filter((file) => file.phase === 'schema').slice(startAt));
    if (where) notKept(headLabel, where);
    return { base, head: where ? undefined : digestOf([sourcesDigest({ ...sources, files: files.head }), base]) };
  }
  const where = clockReadAt(split.head);
  if (where) notKept(headLabel, where);
  return { base, head: where ? undefined : sourcesDigest({ ...sources, files: files.head }) };
}

/** A side's database as the run uses it, with how it came to be. */
interface Side {
  database: Database;
  origin(): BuildOrigin;
  /** The database itself, opened now if it was not (an incremental head copies it). */
  open(): Promise<BuiltDatabase>;
  remembering?: RememberingDatabase;
  /** The log lines on how it came to be, in side order once every side is there. */
  report(): void;
}

/** `opensLater`: the database may wait for a question its remembered answers cannot answer. */
type SideMaker = (label: string, key: string | undefined, build: () => Promise<BuiltDatabase>, opensLater?: boolean) => Promise<Side>;

/**
 * Sides that remember: with answers kept under the side's key, a database that is opened only
 * when a question needs it; else built now, its answers filed for the next run.
 */
function sideMaker(engine: Engine, memory: AnswerMemory | undefined, major: number | undefined, progress: Progress): SideMaker {
  return async (label, key, build, opensLater = true) => {
    const book = memory && key ? await memory.book(key) : undefined;
    if (book?.facts && opensLater) {
      const facts = book.facts;
      // The server that built it ran this version; the config may since ask for another major.
      if (engine.kind === 'server') checkMajor(facts.serverVersion, major, `the server that built ${label}'s database`);
      const remembering = rememberingDatabase(book, label, {
        open: async () => {
          const built = await build();
          reportBuild(progress, label, built, { opened: true });
          return built;
        },
      });
      return {
        database: remembering,
        origin: () => remembering.opened?.origin ?? 'cached',
        open: () => remembering.open(),
        remembering,
        report: () => {
          progress.info(
            `${label}: answers remembered from an earlier run on this database (${book.key.slice(0, 12)}); it is opened only for a question they do not answer`,
          );
          const meta = labelled(label, facts.meta);
          for (const note of meta.notes) progress.info(note);
          for (const warning of meta.warnings) progress.warn(warning);
        },
      };
    }
    const built = await build();
    const remembering = book ? rememberingDatabase(book, label, { built }) : undefined;
    return {
      database: remembering ?? built.database,
      origin: () => built.origin,
      open: () => Promise.resolve(built),
      ...(remembering && { remembering }),
      report: () => reportBuild(progress, label, built),
    };
  };
}

function builtSides(base: Side, head: Side, memory: AnswerMemory | undefined): BuiltSides {
  const remembering = [...new Set([base, head])].flatMap((side) => side.remembering ?? []);
  return {
    base: base.database,
    head: head.database,
    origins: () => ({ base: base.origin(), head: head === base ? 'shared' : head.origin() }),
    remembered() {
      const counts: Record<string, number> = {};
      for (const database of remembering)
        for (const [operation, count] of Object.entries(database.remembered)) counts[operation] = (counts[operation] ?? 0) + count;
      return counts;
    },
    keepAnswers() {
      for (const database of remembering) {
        const facts = database.facts();
        if (facts && memory && database.book.added) memory.keep(database.book, facts);
      }
    },
  };
}

/** One line on how the side's database came to be, then what its build had to say (said already when it was remembered). */
function reportBuild(progress: Progress, label: string, built: BuiltDatabase, options: { opened?: boolean } = {}): void {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const { startMs, schemaMs, seedMs, analyzeMs } = built.timings;
  const key = built.key?.slice(0, 12);
  const why = options.opened ? `${label}: a question its remembered answers do not answer opens the database: ` : `${label}: `;
  if (built.origin === 'cached') progress.info(`${why}from the fixture cache (${key}) in ${ms(startMs)}`);
  else if (built.origin === 'incremental')
    progress.info(`${why}base's database and the new schema files: start ${ms(startMs)}, schema ${ms(schemaMs)}, analyze ${ms(analyzeMs)}`);
  else progress.info(`${why}start ${ms(startMs)}, schema ${ms(schemaMs)}, seed ${ms(seedMs)}, analyze ${ms(analyzeMs)}`);
  if (built.origin !== 'cached' && key) progress.info(`${label}: saved to the fixture cache (${key})`);
  if (options.opened) return;
  for (const note of built.notes) progress.info(note);
  for (const warning of built.warnings) progress.warn(warning);
}

/**
 * Both sides at once, or one database for both when their inputs are identical. The first
 * failure is reported at once: the caller closes the engine, which stops the other build.
 */
async function buildSides(sides: SideMaker, engine: Engine, baseBuild: BuildInput | null, headBuild: BuildInput): Promise<[Side, Side?]> {
  const wanted: [string, BuildInput][] = baseBuild
    ? [
        ['base', baseBuild],
        ['head', headBuild],
      ]
    : [['base+head', headBuild]];
  const made = wanted.map(async ([label, input]) => sides(label, await engine.keyOf?.(input, false), () => engine.build(label, input)));
  // The loser's rejection (stopped by the engine's close) is nobody's news.
  for (const side of made) markHandled(side);
  const done = await Promise.all(made);
  for (const side of done) side.report();
  return [done[0]!, done[1]];
}

/**
 * Where head's schema files go on from base's, with the same seed files: all of base's, in
 * order and byte-identical, then new ones (the number of base's schema files); or base's last
 * entry a command that head's goes on from (the same command, base's inputs unchanged plus new
 * ones; then its index: head's command runs again on base's database, as a deploy runs
 * `migrate`, followed by any new files). Else null.
 */
export function incrementalStart(base: readonly SqlFile[], head: readonly SqlFile[]): number | null {
  const schema = (files: readonly SqlFile[]) => files.filter((file) => file.phase === 'schema');
  const seed = (files: readonly SqlFile[]) => files.filter((file) => file.phase === 'seed');
  const [baseSchema, headSchema] = [schema(base), schema(head)];
  if (!sameSqlFiles(seed(base), seed(head))) return null;
  if (headSchema.length > baseSchema.length && sameSqlFiles(baseSchema, headSchema.slice(0, baseSchema.length))) return baseSchema.length;
  const last = baseSchema.length - 1;
  if (last < 0 || headSchema.length <= last || !sameSqlFiles(baseSchema.slice(0, last), headSchema.slice(0, last))) return null;
  return commandExtends(baseSchema[last]!.command, headSchema[last]!.command) ? last : null;
}

/**
 * The environment schema and seed commands start from: the gate's own, without runner
 * credentials and secret-looking names except those `capture.env` lets through (the capture
 * command's rules). A command without `inputs:` is said once, with what to do about it.
 */
function commandEnv(config: Config, files: readonly SqlFile[], progress: Progress): Record<string, string> {
  const commands = files.filter((file) => file.command);
  if (commands.length === 0) return {};
  const whole = [...new Set(commands.filter((file) => file.command!.globs === null).map((file) => file.path))];
  for (const command of whole) {
    progress.info(
      `${command}: no inputs: its fixture-cache key covers every file of the tree (always correct, rarely a hit); list the files it reads, e.g. inputs: ["*/migrations/*.py"], to reuse its database and build head incrementally`,
    );
  }
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(commandEnvironment(process.env, config.capture?.env ?? [], {}))) if (value !== undefined) env[name] = value;
  return env;
}

/**
 * Base first, then head as a copy of it with head's new schema files run on it. Head is built
 * now, never on a question: its copy must be of base's database as built, before anything ran
 * on it. Base is opened for it only when the fixture cache has no entry for head, nor (when
 * base was remembered) one for base.
 */
async function buildIncrementally(sides: SideMaker, engine: Engine, baseBuild: BuildInput, headBuild: BuildInput): Promise<[Side, Side]> {
  const base = await sides('base', await engine.keyOf?.(baseBuild, false), () => engine.build('base', baseBuild));
  base.report();
  // A failure leaves base's database to the engine's close, like any other.
  // A remembered base not opened yet: its entry in the fixture cache is base as built.
  const baseEntry = base.remembering && !base.remembering.opened ? base.remembering.book.key : undefined;
  const head = await sides('head', await engine.keyOf?.(headBuild, true), () => engine.buildFrom!('head', () => base.open(), headBuild, baseEntry), false);
  head.report();
  return [base, head];
}
