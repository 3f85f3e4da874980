import { expandGlob, matchesGlob, namesOnePath, normalizeRepoPath } from '../util/glob.ts';
import { UserError } from '../util/errors.ts';
import type { SideTree } from './tree.ts';

/** A schema or seed file read from one side's tree. */
export interface SqlFile {
  path: string;
  text: string;
  phase: 'schema' | 'seed';
}

/**
 * The schema then seed files of one side, globs expanded in sorted order; an entry `!glob`
 * drops the files the entries before it matched. A plain path missing on head is an error;
 * missing on base it is skipped (the PR may add it).
 */
export async function collectSqlFiles(
  tree: SideTree,
  side: 'base' | 'head',
  lists: { schema: string[]; seed: string[] },
  configPath: string,
  warn: (message: string) => void,
): Promise<SqlFile[]> {
  const all = await tree.listFiles();
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
      const texts = await Promise.all(matched.map((path) => tree.readText(path)));
      matched.forEach((path, index) => files.push({ path, phase, text: texts[index] ?? '' }));
    }
  }
  return files;
}

export function sameSqlFiles(a: readonly SqlFile[], b: readonly SqlFile[]): boolean {
  return a.length === b.length && a.every((file, index) => file.path === b[index]!.path && file.phase === b[index]!.phase && file.text === b[index]!.text);
}
