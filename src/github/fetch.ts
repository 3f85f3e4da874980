import { GitError, git, resolveCommit } from '../sides/git.ts';
import { UserError } from '../util/errors.ts';

/**
 * actions/checkout fetches one commit by default. Fetch just the commits the gate needs,
 * with the credentials checkout left in the repository's git config.
 */
export async function ensureCommits(root: string, refs: string[], log: (message: string) => void): Promise<void> {
  for (const ref of refs) {
    if (await resolveCommit(root, ref)) continue;
    const remoteRef = ref.startsWith('origin/') ? `${ref.slice('origin/'.length)}:refs/remotes/${ref}` : ref;
    log(`commit ${ref} is not in this checkout (shallow clone?): fetching it with git fetch --depth=1 origin ${remoteRef}`);
    try {
      await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', remoteRef]);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      throw new UserError(`commit ${ref} is not in the checkout and could not be fetched (${error.message}); set fetch-depth: 0 on actions/checkout`);
    }
    if (!(await resolveCommit(root, ref))) {
      throw new UserError(`commit ${ref} is still missing after fetching it; set fetch-depth: 0 on actions/checkout`);
    }
  }
}
