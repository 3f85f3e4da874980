import { GitError, git, gitText, resolveCommit } from '../sides/git.ts';
import { UserError } from '../util/errors.ts';

const FULL_SHA = /^[0-9a-f]{40}$/i;

/**
 * actions/checkout fetches one commit by default. Make each ref resolvable, fetching just what
 * is missing with the credentials checkout left; returns the refs to use (a branch name that
 * only exists as a remote-tracking branch becomes `origin/<name>`).
 */
export async function ensureCommits(root: string, refs: string[], log: (message: string) => void): Promise<string[]> {
  const resolved: string[] = [];
  for (const ref of refs) resolved.push(await ensureCommit(root, ref, log));
  return resolved;
}

async function ensureCommit(root: string, ref: string, log: (message: string) => void): Promise<string> {
  if (await resolveCommit(root, ref)) return ref;
  const isSha = FULL_SHA.test(ref);
  const branch = ref.replace(/^origin\//, '').replace(/^refs\/heads\//, '');
  const tracking = `origin/${branch}`;
  if (!isSha && (await resolveCommit(root, tracking))) return tracking;
  const refspec = isSha ? ref : `+refs/heads/${branch}:refs/remotes/${tracking}`;
  log(`commit ${ref} is not in this checkout (shallow clone?): fetching it with git fetch --depth=1 origin ${refspec}`);
  let usable = isSha ? ref : tracking;
  try {
    await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', refspec]);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    // Not a branch: maybe a tag.
    const tag = isSha ? null : await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', `+refs/tags/${branch}:refs/tags/${branch}`]).catch(() => null);
    if (!tag) throw new UserError(`commit ${ref} is not in the checkout and could not be fetched (${error.message}); set fetch-depth: 0 on actions/checkout`);
    usable = branch;
  }
  if (!(await resolveCommit(root, usable))) {
    throw new UserError(`commit ${ref} is still missing after fetching it; set fetch-depth: 0 on actions/checkout`);
  }
  return usable;
}

/**
 * A pull request is reviewed as the diff from the merge-base (what GitHub shows), not from
 * the base branch's newest commit: otherwise migrations merged to main since the branch was
 * cut would show up as the PR's regressions. Null when history is too shallow to tell.
 */
export async function mergeBase(root: string, base: string, head: string): Promise<string | null> {
  try {
    return await gitText(root, ['merge-base', base, head]);
  } catch (error) {
    if (error instanceof GitError) return null;
    throw error;
  }
}
