import { createHash } from 'node:crypto';
import type { BuildEntry, CommandEntry, MigrationFormat } from '../config/config.ts';
import { expandGlob, matchesGlob, namesOnePath, normalizeRepoPath } from '../util/glob.ts';
import { UserError } from '../util/errors.ts';
import { readEntry } from './migrations/read.ts';
import type { SideTree } from './tree.ts';

/** A schema or seed file read from one side's tree, as its migration tool runs it. */
export interface SqlFile {
  path: string;
  /** What runs: a migration tool's up section, with `placeholders:` applied; lines that do not run are empty. */
  text: string;
  phase: 'schema' | 'seed';
  /** How the file was read, for its errors (`goose Up section`); absent for plain SQL. */
  reading?: string;
  /**
   * A command entry (`{ command, inputs }`): `path` is the command, and `text` spells the
   * command and its inputs' contents, so the fixture-cache key and "identical on both sides"
   * cover them as they cover a file's text.
   */
  command?: SqlCommand;
}

/** A schema or seed command as one side runs it. */
export interface SqlCommand {
  run: string;
  /** `inputs:` as written; null: the whole tree is its input. */
  globs: string[] | null;
  /** Each input file (path → SHA-256 of its bytes), in path order. */
  inputs: Record<string, string>;
  timeoutMinutes: number;
  /** The side's tree on disk: where the command runs. */
  cwd: string;
}

/** The config keys that say which files run and how they are read. */
export interface SqlFileLists {
  schema: BuildEntry[];
  seed: BuildEntry[];
  migrationFormat?: MigrationFormat;
  placeholders?: Readonly<Record<string, string>>;
}

/**
 * The schema then seed files of one side, globs expanded in sorted order, then each entry read
 * as its migration tool reads it (migrations/read.ts: order, up sections, a Sqitch plan or a
 * Liquibase changelog); an entry `!glob` drops the files the entries before it matched. A
 * plain path missing on head is an error; missing on base it is skipped (the PR may add it).
 */
export async function collectSqlFiles(
  tree: SideTree,
  side: 'base' | 'head',
  lists: SqlFileLists,
  configPath: string,
  warn: (message: string) => void,
): Promise<SqlFile[]> {
  const all = await tree.listFiles();
  const entryTree = { side, paths: all, read: (path: string) => tree.readText(path) };
  const options = { format: lists.migrationFormat ?? 'auto', placeholders: lists.placeholders ?? {}, env: process.env };
  const files: SqlFile[] = [];
  for (const phase of ['schema', 'seed'] as const) {
    for (const pattern of lists[phase]) {
      if (typeof pattern !== 'string') {
        files.push(await commandFile(tree, all, pattern, phase));
        continue;
      }
      if (pattern.startsWith('!')) {
        // An exclusion takes back what the entries before it matched, as in .gitignore-style lists.
        const excluded = normalizeRepoPath(pattern.slice(1));
        for (let index = files.length - 1; index >= 0; index--) {
          if (files[index]!.phase === phase && matchesGlob(excluded, files[index]!.path)) files.splice(index, 1);
        }
        continue;
      }
      const normalized = normalizeRepoPath(pattern);
      const matched = expandGlob(normalized, all);
      if (matched.length === 0 && namesOnePath(normalized)) {
        if (side === 'head') throw new UserError(`${configPath}: ${phase} file ${normalized} does not exist on ${tree.ref}`);
        warn(`${phase} file ${normalized} does not exist on base (${tree.ref}); skipped there`);
      }
      for (const file of await readEntry(matched, entryTree, options)) files.push({ ...file, phase });
    }
  }
  return files;
}

/** A command entry as this side runs it: its inputs' contents read now, its tree put on disk. */
async function commandFile(tree: SideTree, all: string[], entry: CommandEntry, phase: 'schema' | 'seed'): Promise<SqlFile> {
  const paths = entry.inputs === null ? [...all] : [...new Set(entry.inputs.flatMap((glob) => expandGlob(normalizeRepoPath(glob), all)))];
  paths.sort();
  const inputs: Record<string, string> = {};
  for (const path of paths) {
    const bytes = await tree.readBytes(path);
    if (bytes) inputs[path] = createHash('sha256').update(bytes).digest('hex');
  }
  const globs = entry.inputs;
  const text = [
    `command: ${entry.command}`,
    `inputs: ${globs === null ? '(the whole tree)' : JSON.stringify(globs)}`,
    ...Object.entries(inputs).map(([path, hash]) => `${hash} ${path}`),
  ].join('\n');
  const command: SqlCommand = { run: entry.command, globs, inputs, timeoutMinutes: entry.timeoutMinutes, cwd: await tree.materialize() };
  return { path: entry.command, text, phase, command };
}

/**
 * Whether `head`'s command goes on from `base`'s: the same command and globs, every input file
 * of base's unchanged on head, and head with more (its new migrations). Without `inputs:`
 * every file of the tree counts: only a pull request that changes no file goes on from base's.
 */
export function commandExtends(base: SqlCommand | undefined, head: SqlCommand | undefined): string[] | null {
  if (!base || !head || base.run !== head.run) return null;
  if (JSON.stringify(base.globs) !== JSON.stringify(head.globs)) return null;
  if (!Object.entries(base.inputs).every(([path, hash]) => head.inputs[path] === hash)) return null;
  const added = Object.keys(head.inputs).filter((path) => !(path in base.inputs));
  return added.length ? added : null;
}

export function sameSqlFiles(a: readonly SqlFile[], b: readonly SqlFile[]): boolean {
  return a.length === b.length && a.every((file, index) => file.path === b[index]!.path && file.phase === b[index]!.phase && file.text === b[index]!.text);
}
