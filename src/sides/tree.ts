import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../util/errors.ts';
import { execFile } from '../util/exec.ts';
import { onInterrupt } from '../util/interrupt.ts';
import { git, gitText } from './git.ts';
import { ownedTempPrefix } from '../util/dead-runs.ts';

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
  /** The same, as bytes: for callers that must tell invalid UTF-8 from text. */
  readBytes(path: string): Promise<Buffer | null>;
  /** A directory holding the tree (for commands that need real files); removed by dispose(). */
  materialize(): Promise<string>;
  dispose(): Promise<void>;
}

/** A commit's tree. `subdir` is the repository-relative working directory ('' for the root). */
export function commitTree(root: string, ref: string, sha: string, subdir: string): SideTree {
  let files: Promise<string[]> | undefined;
  let materialized: string | undefined;
  let forgetInterrupt: (() => void) | undefined;
  const prefix = subdir ? `${subdir}/` : '';
  const readBlob = blobReader(root);
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
      return (await this.readBytes(path))?.toString('utf8') ?? null;
    },
    async readBytes(path) {
      if (!(await this.listFiles()).includes(path)) return null;
      return readBlob(`${sha}:${prefix}${path}`);
    },
    async materialize() {
      if (materialized) return join(materialized, subdir);
      const dir = await mkdtemp(ownedTempPrefix('tree'));
      materialized = dir;
      forgetInterrupt = onInterrupt(() => rmSync(dir, { recursive: true, force: true }));
      // The commit's files exactly as a checkout has them (git archive would apply export-ignore
      // and export-subst), through a throwaway index: the user's index is not touched.
      const env = { ...process.env, GIT_INDEX_FILE: join(dir, '.pg-plan-gate-index') };
      for (const args of [
        ['read-tree', sha],
        ['checkout-index', '--all', '--force', `--prefix=${dir}/`],
      ]) {
        const result = await execFile('git', args, { cwd: root, env });
        if (result.code !== 0) throw new UserError(`could not extract ${ref} into ${dir}: ${result.stderr.trim()}`);
      }
      await rm(env.GIT_INDEX_FILE, { force: true });
      return join(dir, subdir);
    },
    async dispose() {
      if (materialized) await rm(materialized, { recursive: true, force: true });
      forgetInterrupt?.();
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
      // (no --deduplicate: it needs git 2.31; a conflicted file is listed once per stage)
      const out = await gitText(base, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '.']);
      return [...new Set(out.split('\0'))].filter((path) => path && existsSync(join(base, path)));
    },
    async readText(path) {
      return (await this.readBytes(path))?.toString('utf8') ?? null;
    },
    async readBytes(path) {
      try {
        return await readFile(join(base, path));
      } catch {
        return null;
      }
    },
    materialize: () => Promise.resolve(base),
    async dispose() {
      // A commit read in place: there is no copy to remove.
    },
  };
}

/**
 * Reads requested in the same tick share one `git cat-file --batch`: a hundred query files
 * cost one process, not a hundred.
 */
function blobReader(root: string): (spec: string) => Promise<Buffer> {
  let queue: { spec: string; resolve: (bytes: Buffer) => void; reject: (error: Error) => void }[] = [];
  const flush = async () => {
    const batch = queue;
    queue = [];
    try {
      const out = await git(root, ['cat-file', '--batch'], batch.map((item) => `${item.spec}\n`).join(''));
      let offset = 0;
      for (const item of batch) {
        const headerEnd = out.indexOf(10, offset);
        const header = out.subarray(offset, headerEnd).toString('utf8');
        const size = Number(header.split(' ')[2]);
        if (header.endsWith(' missing') || !Number.isFinite(size)) {
          item.reject(new Error(`git cannot read ${item.spec}`));
          offset = headerEnd + 1;
          continue;
        }
        item.resolve(out.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
      }
    } catch (error) {
      for (const item of batch) item.reject(error as Error);
    }
  };
  return (spec) =>
    new Promise((resolve, reject) => {
      if (queue.length === 0) setImmediate(() => void flush());
      queue.push({ spec, resolve, reject });
    });
}
