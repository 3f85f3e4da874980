import type { MigrationFormat } from '../../config/config.ts';
import { UserError } from '../../util/errors.ts';
import { MigrationError } from './error.ts';
import { ChangelogError, changelogFiles, isChangelog, type ChangelogTree } from './liquibase-changelog.ts';
import { isLiquibaseSql, liquibaseSql } from './liquibase-sql.ts';
import { baseName, compareMigrations, compareVersions, fileName, isFlywayName, isGolangMigrateName, versionText, type FileName } from './names.ts';
import { dbmateUp, gooseUp, isDbmate, isGoose } from './sections.ts';
import { deployScripts, isSqitchPlan } from './sqitch.ts';
import { flywayPlaceholders, replacePlaceholders } from './substitute.ts';

/*
 * One schema or seed entry read as its migration tool reads it: which files run, in which
 * order, and which of their lines. The text that comes out is what the tool would send, with
 * every line that does not run left empty, so statements keep their line numbers.
 */

export type Tool = Exclude<MigrationFormat, 'auto' | 'plain'>;

export interface ReadOptions {
  format: MigrationFormat;
  placeholders: Readonly<Record<string, string>>;
  /** For goose's ENVSUB. */
  env: Readonly<Record<string, string | undefined>>;
}

/** A file as it runs: the tool's text and how it was read (said in its errors). */
export interface ReadFile {
  path: string;
  text: string;
  /** `goose Up section`, `Flyway versioned migration 10.1`, ...; absent for plain SQL. */
  reading?: string;
}

export interface EntryTree extends ChangelogTree {
  /** `head`, `base`: the side, for errors. */
  side: string;
}

const ORDERED_TOOLS: ReadonlySet<Tool> = new Set(['goose', 'dbmate', 'golang-migrate', 'flyway']);

/** The files one entry matched (code-point order), as they run. */
export async function readEntry(matched: readonly string[], tree: EntryTree, options: ReadOptions): Promise<ReadFile[]> {
  const reads = (tool: Tool) => options.format === 'auto' || options.format === tool;
  const only = matched.length === 1 ? matched[0]! : undefined;
  if (only !== undefined && reads('sqitch') && isSqitchPlan(only)) return sqitchProject(only, tree, options);
  const files: ReadFile[] = [];
  const named: { path: string; tool: Tool | undefined; name: FileName; text: string }[] = [];
  const texts = await Promise.all(matched.map((path) => tree.read(path)));
  for (const [index, path] of matched.entries()) {
    const text = texts[index] ?? '';
    if (reads('liquibase') && isChangelog(path, text)) {
      files.push(...(await liquibaseProject(path, tree, options)));
      continue;
    }
    const tool = options.format === 'plain' ? undefined : detect(path, text, reads);
    named.push({ path, tool, name: fileName(path, tool), text });
  }
  if (named.some((file) => file.tool && ORDERED_TOOLS.has(file.tool))) {
    named.sort(compareMigrations);
    refuseGoMigrations(named, tree);
    refuseSameVersions(named, tree.side);
  }
  for (const file of keepRunnable(named)) files.push(readFile(file.path, file.text, file.tool, file.name, tree.side, options));
  return files;
}

function detect(path: string, text: string, reads: (tool: Tool) => boolean): Tool | undefined {
  if (reads('liquibase') && isLiquibaseSql(text)) return 'liquibase';
  if (reads('goose') && isGoose(text)) return 'goose';
  if (reads('dbmate') && isDbmate(text)) return 'dbmate';
  if (reads('golang-migrate') && isGolangMigrateName(path)) return 'golang-migrate';
  if (reads('flyway') && isFlywayName(path)) return 'flyway';
  return undefined;
}

/** Down and undo migrations never run; a Flyway baseline replaces the versions up to it. */
function keepRunnable<T extends { name: FileName }>(files: T[]): T[] {
  const baselines = files.filter((file) => file.name.kind === 'flyway-baseline');
  const latest = baselines.at(-1);
  return files.filter((file) => {
    if (file.name.kind === 'never') return false;
    if (!latest || !('version' in latest.name)) return true;
    if (file.name.kind === 'flyway-baseline') return file === latest;
    return !(file.name.kind === 'flyway-versioned' && compareVersions(file.name.version, latest.name.version) <= 0);
  });
}

function readFile(path: string, text: string, tool: Tool | undefined, name: FileName, side: string, options: ReadOptions): ReadFile {
  const reading = readingOf(tool, name);
  try {
    const replaced = replacePlaceholders(text, options.placeholders);
    const ran =
      tool === 'goose'
        ? gooseUp(replaced, options.env)
        : tool === 'dbmate'
          ? dbmateUp(replaced)
          : tool === 'liquibase'
            ? liquibaseSql(replaced)
            : tool === 'flyway'
              ? flywayPlaceholders(replaced, baseName(path))
              : replaced;
    return { path, text: ran, ...(reading && { reading }) };
  } catch (error) {
    throw located(error, side, path, reading ?? 'plain SQL');
  }
}

function readingOf(tool: Tool | undefined, name: FileName): string | undefined {
  switch (tool) {
    case 'goose':
      return 'goose Up section';
    case 'dbmate':
      return 'dbmate migrate:up section';
    case 'golang-migrate':
      return 'golang-migrate up migration';
    case 'liquibase':
      return 'Liquibase formatted SQL';
    case 'flyway':
      if (name.kind === 'repeatable') return 'Flyway repeatable migration';
      if (name.kind === 'flyway-baseline') return `Flyway baseline migration ${versionText(name.version)}`;
      return 'version' in name ? `Flyway versioned migration ${versionText(name.version)}` : 'Flyway migration';
    default:
      return undefined;
  }
}

/** A tool's complaint as the one-line error: `head: path (how it was read):line: message`. */
function located(error: unknown, side: string, path: string, reading: string): unknown {
  if (!(error instanceof MigrationError)) return error;
  return new UserError(`${side}: ${path} (${reading}):${error.line}: ${error.message}`);
}

async function sqitchProject(planPath: string, tree: EntryTree, options: ReadOptions): Promise<ReadFile[]> {
  const plan = (await tree.read(planPath)) ?? '';
  let scripts;
  try {
    scripts = deployScripts(planPath, plan, (path) => tree.paths.includes(path));
  } catch (error) {
    throw located(error, tree.side, planPath, 'Sqitch plan');
  }
  return Promise.all(
    scripts.map(async (script) => {
      const text = replacePlaceholders((await tree.read(script.path)) ?? '', options.placeholders);
      // Sqitch runs each script with psql, whose meta-commands the splitter already skips.
      return { path: script.path, text, reading: `Sqitch deploy script of change ${script.change}` };
    }),
  );
}

async function liquibaseProject(changelog: string, tree: EntryTree, options: ReadOptions): Promise<ReadFile[]> {
  let included;
  try {
    included = await changelogFiles(changelog, tree);
  } catch (error) {
    throw error instanceof ChangelogError ? located(error, tree.side, error.changelog, 'Liquibase changelog') : error;
  }
  const files: ReadFile[] = [];
  for (const file of included) {
    const text = (await tree.read(file.path)) ?? '';
    const formatted = isLiquibaseSql(text);
    const read = readFile(file.path, text, formatted ? 'liquibase' : undefined, { kind: 'unversioned' }, tree.side, options);
    files.push(formatted ? read : { ...read, reading: `SQL file of Liquibase changelog ${file.changelog}` });
  }
  return files;
}

/** goose runs `.go` migrations compiled into the application's own binary: no SQL to read. */
function refuseGoMigrations(files: readonly { path: string; tool: Tool | undefined }[], tree: EntryTree): void {
  const folders = new Set(files.filter((file) => file.tool === 'goose').map((file) => file.path.slice(0, file.path.lastIndexOf('/') + 1)));
  for (const folder of folders) {
    const go = tree.paths.filter((path) => path.startsWith(folder) && /^\d+_[^/]*\.go$/.test(path.slice(folder.length)) && !path.endsWith('_test.go'));
    if (go.length) {
      const named = go.length > 3 ? `${go.slice(0, 3).join(', ')} and ${go.length - 3} more` : go.join(', ');
      throw new UserError(
        `${tree.side}: ${named} (goose Go migration${go.length > 1 ? 's' : ''}): goose runs Go migrations from the application's own binary, so the gate cannot read them as SQL; run goose itself through a schema command (command:, planned) or write ${go.length > 1 ? 'them' : 'this migration'} in SQL`,
      );
    }
  }
}

/** Two migrations of one tool with the same version: the tool itself refuses to run. */
function refuseSameVersions(files: readonly { path: string; tool: Tool | undefined; name: FileName }[], side: string): void {
  for (let index = 1; index < files.length; index++) {
    const [a, b] = [files[index - 1]!, files[index]!];
    if (!a.tool || a.tool !== b.tool || a.name.kind !== b.name.kind || !('version' in a.name) || !('version' in b.name)) continue;
    if (compareVersions(a.name.version, b.name.version) === 0) {
      throw new UserError(
        `${side}: ${a.path} and ${b.path} are both ${a.tool} version ${versionText(a.name.version)}; ${a.tool} refuses to run two migrations with one version`,
      );
    }
  }
}
