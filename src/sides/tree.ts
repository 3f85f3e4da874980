import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, gitText } from './git.ts';
import { execFile } from '../util/exec.ts';
import { UserError } from '../util/errors.ts';

/**
 * One side's files. Reads go straight to git objects (or the working tree for an
 * uncommitted head), so nothing in the user's checkout or index is touched.
 */
export interface SideTree {
  /** `main`, `HEAD`, `working tree`, ... as the user named it. */
  readonly ref: string;
  /** Commit SHA, or null for the working tree. */
  readonly sha: string | null;
  /** Repository-relative paths under the base directory, '/'-separated. */
  listFiles(): Promise<string[]>;
  /** Reads a path relative to the base directory; null when absent. */
  readText(path: string): Promise<string | null>;
  /** A directory holding the tree (for commands that need real files); removed by dispose(). */
  materialize(): Promise<string>;
  dispose(): Promise<void>;
}

/** A commit's tree. `subdir` is the repository-relative working directory ('' for the root). */
export function commitTree(root: string, ref: string, sha: string, subdir: string): SideTree {
  let files: Promise<string[]> | undefined;
  let materialized: string | undefined;
  const prefix = subdir ? `${subdir}/` : '';
  return {
    ref,
    sha,
    listFiles() {
      files ??= git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', sha, '--', ...(subdir ? [subdir] : [])]).then((out) =>
        out
          .toString('utf8')
          .split('\0')
          .filter(Boolean)
          .map((path) => path.slice(prefix.length)),
      );
      return files;
    },
    async readText(path) {
      if (!(await this.listFiles()).includes(path)) return null;
      return (await git(root, ['cat-file', 'blob', `${sha}:${prefix}${path}`])).toString('utf8');
    },
    async materialize() {
      if (materialized) return join(materialized, subdir);
      const dir = await mkdtemp(join(tmpdir(), 'pg-plan-gate-'));
      materialized = dir;
      const archive = await git(root, ['archive', '--format=tar', sha]);
      const untar = await execFile('tar', ['-x', '-C', dir], { input: archive });
      if (untar.code !== 0) throw new UserError(`could not extract ${ref} into ${dir}: ${untar.stderr.trim()}`);
      return join(dir, subdir);
    },
    async dispose() {
      if (materialized) await rm(materialized, { recursive: true, force: true });
      materialized = undefined;
    },
  };
}

/** The working tree as it is: tracked and untracked-but-not-ignored files, uncommitted edits included. */
export function workingTree(root: string, subdir: string): SideTree {
  const base = subdir ? join(root, subdir) : root;
  return {
    ref: 'working tree',
    sha: null,
    async listFiles() {
      const out = await gitText(base, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '.']);
      return out.split('\0').filter((path) => path && existsSync(join(base, path)));
    },
    async readText(path) {
      try {
        return await readFile(join(base, path), 'utf8');
      } catch {
        return null;
      }
    },
    async materialize() {
      return base;
    },
    async dispose() {},
  };
}
