import { relative } from 'node:path';
import { realpathSync } from 'node:fs';
import { GitError, gitText, repositoryRoot, resolveCommit } from './git.ts';
import { commitTree, workingTree, type SideTree } from './tree.ts';
import { UserError } from '../util/errors.ts';

export interface Sides {
  root: string;
  base: SideTree;
  head: SideTree;
  dispose(): Promise<void>;
}

/**
 * Resolve the two sides per the spec: head defaults to the working tree, base to the
 * merge-base of HEAD with origin/HEAD (else main, else master).
 */
export async function resolveSides(cwd: string, baseRef: string | undefined, headRef: string | undefined): Promise<Sides> {
  const root = await repositoryRoot(cwd);
  const subdir = relative(realpathSync(root), realpathSync(cwd)).split('\\').join('/');

  const head = headRef === undefined ? workingTree(root, subdir) : commitTree(root, headRef, await mustResolve(root, headRef, '--head'), subdir);
  const baseSha = baseRef === undefined ? await defaultBase(root) : await mustResolve(root, baseRef, '--base');
  const base = commitTree(root, baseRef ?? `merge-base ${baseSha.slice(0, 7)}`, baseSha, subdir);
  return {
    root,
    base,
    head,
    async dispose() {
      await Promise.allSettled([base.dispose(), head.dispose()]);
    },
  };
}

async function mustResolve(root: string, ref: string, flag: string): Promise<string> {
  const sha = await resolveCommit(root, ref);
  if (!sha) throw new UserError(`${flag} ${ref}: unknown git ref (not a branch, tag or commit in ${root}; shallow clone? fetch it or use fetch-depth: 0)`);
  return sha;
}

async function defaultBase(root: string): Promise<string> {
  for (const candidate of ['origin/HEAD', 'main', 'master']) {
    if (!(await resolveCommit(root, candidate))) continue;
    try {
      return await gitText(root, ['merge-base', 'HEAD', candidate]);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
  throw new UserError('no --base given and none of origin/HEAD, main, master has a merge-base with HEAD; pass --base REF');
}
