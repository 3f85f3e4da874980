import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isAlive } from './dead-runs.ts';

/**
 * Everything a capture command started, found again to be stopped. Killing its process group
 * misses a child that called setsid (a daemonized app server, `setsid sleep 300 &`): that child
 * is in a session of its own and, once the shell exits, a child of init. What such a child
 * keeps is its environment, so the command's carries a marker that only this run knows, and
 * the process table is searched for it (Linux: /proc). A process that drops its whole
 * environment and leaves the session cannot be told apart from anyone else's: the
 * descendants of a marked process are stopped too, which covers it while its parent lives.
 */
export const MARKER_VARIABLE = 'PG_PLAN_GATE_CAPTURE_RUN';

export interface CommandProcesses {
  /** The variable to add to the command's environment. */
  marker: Record<string, string>;
  /** Signal the command's process group and every process carrying the marker (and their descendants). */
  signalAll(signal: NodeJS.Signals): void;
  /** Live processes carrying the marker or descending from one, by PID. */
  find(): number[];
}

export function trackCommandProcesses(groupLeader: () => number | undefined): CommandProcesses {
  const value = `${process.pid}-${randomBytes(8).toString('hex')}`;
  const needle = Buffer.from(`\0${MARKER_VARIABLE}=${value}\0`);
  const find = () => {
    const processes = scanProcesses();
    return withDescendants(
      processes.filter((entry) => carries(entry.pid, needle)).map((entry) => entry.pid),
      processes,
    );
  };
  return {
    marker: { [MARKER_VARIABLE]: value },
    find,
    signalAll(signal) {
      const leader = groupLeader();
      if (leader !== undefined) send(-leader, signal);
      for (const pid of find()) send(pid, signal);
    },
  };
}

/**
 * Processes a capture command of a dead run left (the gate was killed with SIGKILL and could
 * stop nothing): their marker names the gate's PID, which is gone. Killed, with descendants.
 */
export function sweepDeadRunsCommands(): number[] {
  const processes = scanProcesses();
  const marked = processes.filter((entry) => {
    const owner = markerOwner(entry.pid);
    return owner !== null && !isAlive(owner);
  });
  const found = withDescendants(
    marked.map((entry) => entry.pid),
    processes,
  );
  for (const pid of found) send(pid, 'SIGKILL');
  return found;
}

/** The gate PID in a process's marker (`<pid>-<random>`), or null when it carries none. */
function markerOwner(pid: number): number | null {
  try {
    const match = new RegExp(`(?:^|\\0)${MARKER_VARIABLE}=(\\d+)-`).exec(readFileSync(`/proc/${pid}/environ`, 'latin1'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function send(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone, or not ours to signal.
  }
}

interface ProcessEntry {
  pid: number;
  parent: number;
}

/** Every process in /proc with its parent; empty where there is no /proc (macOS: the process group alone is stopped). */
function scanProcesses(): ProcessEntry[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const entries: ProcessEntry[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    const parent = parentOf(name);
    if (parent !== null) entries.push({ pid: Number(name), parent });
  }
  return entries;
}

/** The PPID field of /proc/PID/stat; it follows the command name, which may itself hold spaces and parentheses. */
function parentOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** The environment a process started with; a zombie's (or another user's) cannot be read and does not match. */
function carries(pid: number, needle: Buffer): boolean {
  try {
    // Entries are NUL-separated with no NUL before the first: prefix one so every entry matches alike.
    return Buffer.concat([NUL, readFileSync(`/proc/${pid}/environ`)]).includes(needle);
  } catch {
    return false;
  }
}

const NUL = Buffer.from([0]);

function withDescendants(roots: number[], processes: ProcessEntry[]): number[] {
  if (roots.length === 0) return [];
  const children = new Map<number, number[]>();
  for (const { pid, parent } of processes) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  const found = new Set<number>();
  const visit = (pid: number) => {
    if (found.has(pid)) return;
    found.add(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  roots.forEach(visit);
  return [...found];
}
