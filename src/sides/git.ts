import { existsSync } from 'node:fs';
import { execFile } from '../util/exec.ts';
import { UserError, oneLine } from '../util/errors.ts';

export async function git(cwd: string, args: string[], input?: string): Promise<Buffer> {
  let result;
  try {
    result = await execFile('git', args, { cwd, ...(input !== undefined && { input }) });
  } catch {
    throw new UserError('git is not installed or not on PATH');
  }
  if (result.code !== 0) throw new GitError(args, result.stderr);
  return result.stdout;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
  ) {
    super(`git ${args[0]} failed: ${oneLine(stderr) || 'no output'}`);
  }
}

export async function gitText(cwd: string, args: string[]): Promise<string> {
  return (await git(cwd, args)).toString('utf8').trim();
}

export async function repositoryRoot(cwd: string): Promise<string> {
  if (!existsSync(cwd)) throw new UserError(`${cwd}: no such directory`);
  try {
    return await gitText(cwd, ['rev-parse', '--show-toplevel']);
  } catch (error) {
    if (error instanceof GitError) throw new UserError(`${cwd} is not inside a git repository`);
    throw error;
  }
}

/** Full SHA of a commit-ish, or null when git does not know it. */
export async function resolveCommit(root: string, ref: string): Promise<string | null> {
  try {
    return await gitText(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch (error) {
    if (error instanceof GitError) return null;
    throw error;
  }
}
