import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a run killed with SIGKILL leaves behind, found again by the next run: every temp
 * directory of ours is named after its owner's PID, so one whose owner is gone belongs to a
 * dead run (with the native server still running in it, for engine server).
 */
const TEMP_NAME = /^pg-plan-gate-(server|pglite|tree)-(\d+)-/;

/** A temp directory owned by this process: `pg-plan-gate-<kind>-<pid>-` + mkdtemp's suffix. */
export function ownedTempPrefix(kind: 'server' | 'pglite' | 'tree'): string {
  return join(tmpdir(), `pg-plan-gate-${kind}-${process.pid}-`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the temp directories of dead runs (stopping a server still running in one); returns what was done, for the log. */
export function sweepDeadRunsTempDirs(dir = tmpdir()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || isAlive(Number(match[2]))) continue;
    const path = join(dir, name);
    const server = match[1] === 'server' ? stopOrphanedPostmaster(path) : null;
    rmSync(path, { recursive: true, force: true });
    removed.push(`${path}${server ? ` (and its PostgreSQL server, PID ${server})` : ''}`);
  }
  return removed;
}

/** The postmaster of postmaster.pid, if it still runs on that data directory: stopped, then killed. */
function stopOrphanedPostmaster(serverDir: string): number | null {
  const dataDir = join(serverDir, 'data');
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  // A PID reused by an unrelated process is left alone: it must be a postgres on this directory.
  if (!pid || !commandLineOf(pid).includes(dataDir)) return null;
  send(pid, 'SIGQUIT');
  waitForExitSync(pid);
  return pid;
}

/**
 * Wait up to 5 s for a process told to stop to end, then kill it. Synchronous: it also runs
 * at exit, where nothing asynchronous does.
 */
export function waitForExitSync(pid: number): void {
  for (let waited = 0; waited < 5_000 && isAlive(pid); waited += 50) spawnSync('sleep', ['0.05']);
  if (isAlive(pid)) send(pid, 'SIGKILL');
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

function send(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone (ESRCH) or never ours (EPERM): there is nothing to signal.
  }
}
