import type { MigrationFormat } from '../config/types.ts';
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
}

/** The config keys that say which files run and how they are read. */
export interface SqlFileLists {
  schema: string[];
  seed: string[];
  migrationFormat?: MigrationFormat;
  placeholders?: Readonly<Record<string, string>>;
}

/**
 * The schema then seed files of one side, globs expanded in sorted order, then each entry read
 * as its migration tool reads it (migrations/read.ts: order, up sections, a Sqitch plan or a
 * Liquibase changelog); an entry `!glob` drops the files the entries before it matched. A
 * plain path missing on head is an error; missing on base it is skipped (the PR may add it).
 */
export async function collectSqlFiles(tree: SideTree, side: 'base' | 'head', lists: SqlFileLists, configPath: string, warn: (message: string) => void): Promise<SqlFile[]> {
  const all = await tree.listFiles();
  const entryTree = { side, paths: all, read: (path: string) => tree.readText(path) };
  const options = { format: lists.migrationFormat ?? 'auto', placeholders: lists.placeholders ?? {}, env: process.env };
  const files: SqlFile[] = [];
  for (const phase of ['schema', 'seed'] as const) {
    for (const pattern of lists[phase]) {
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

export function sameSqlFiles(a: readonly SqlFile[], b: readonly SqlFile[]): boolean {
  return a.length === b.length && a.every((file, index) => file.path === b[index]!.path && file.phase === b[index]!.phase && file.text === b[index]!.text);
}
