import { accessSync, constants, mkdtempSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { UserError } from './errors.ts';

/**
 * Checks run before anything is built: a build takes minutes, and a report that cannot be
 * written, or a temporary directory that does not exist, should cost seconds, not a build.
 */

/** `--json`/`--markdown` must name a file in an existing, writable directory (no mkdir -p: a typo is an error). */
export function checkOutputFile(flag: string, path: string): void {
  const full = resolve(path);
  const existing = statOrNull(full);
  if (existing?.isDirectory()) throw new UserError(`${flag} ${path}: is a directory; name a file`);
  const parent = dirname(full);
  const parentStat = statOrNull(parent);
  if (!parentStat) throw new UserError(`${flag} ${path}: directory ${parent} does not exist`);
  if (!parentStat.isDirectory()) throw new UserError(`${flag} ${path}: ${parent} is not a directory`);
  const target = existing ? full : parent;
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new UserError(`${flag} ${path}: ${target} is not writable`);
  }
}

/**
 * Every engine and the capture stage make directories under TMPDIR. Probing with a real
 * mkdtemp also catches what permission bits do not show (a read-only file system).
 */
export function checkTempDir(): void {
  const dir = tmpdir();
  const name = process.env.TMPDIR ? `TMPDIR ${dir}` : `the temporary directory ${dir}`;
  let probe: string;
  try {
    probe = mkdtempSync(join(dir, 'pg-plan-gate-check-'));
  } catch (error) {
    throw new UserError(`${name} ${tempDirProblem(error, dir)}: pg-plan-gate needs a writable temporary directory (set TMPDIR)`);
  }
  rmdirSync(probe);
}

function tempDirProblem(error: unknown, dir: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return statOrNull(dir) ? 'is not usable' : 'does not exist';
  if (code === 'ENOTDIR') return 'is not a directory';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'is not writable';
  return `is not usable (${code ?? (error as Error).message})`;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
