import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.ts';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function postgresProcessesUnder(dir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(dir) && /postgres/.test(line));
}

it('a SIGTERM mid-build leaves no server process, socket or data directory behind', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'pgpg-sigterm-'));
  chmodSync(temp, 0o755); // the server runs as an unprivileged user when the test runs as root
  const repo = makeRepo({
    'pg-plan-gate.yml': 'engine: server\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - name: q\n    sql: SELECT count(*) FROM t\n',
    'db/schema.sql': 'CREATE TABLE t (id int, payload text);\n',
    'db/seed.sql': "INSERT INTO t SELECT g, repeat('x', 200) FROM generate_series(1, 20000000) g;\n",
  });
  try {
    const child = spawn(process.execPath, [CLI, '--base', 'HEAD', '--head', 'HEAD'], { cwd: repo.dir, env: { ...process.env, TMPDIR: temp } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
    // Wait until the server is up and the seed is running.
    const deadline = Date.now() + 30_000;
    while (
      Date.now() < deadline &&
      !(readdirSync(temp).some((name) => name.startsWith('pg-plan-gate-server-')) && postgresProcessesUnder(temp).some((line) => /bin\/postgres -D/.test(line)))
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(postgresProcessesUnder(temp).length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGTERM');
    const code = await exited;
    expect(code).toBe(143);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(postgresProcessesUnder(temp)).toEqual([]);
    expect(readdirSync(temp)).toEqual([]);
    expect(stderr).not.toMatch(/internal error/);
  } finally {
    repo.cleanup();
    rmSync(temp, { recursive: true, force: true });
  }
});

it("a SIGTERM mid-build drops the url engine's scratch databases", async () => {
  const { findServerBin, startNativeServer } = await import('../../src/engine/server/native-server.ts');
  const { connect } = await import('../../src/engine/pg/pg-session.ts');
  const server = await startNativeServer(findServerBin(undefined));
  const url = `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
  const repo = makeRepo({
    'pg-plan-gate.yml': 'engine: url\nurl: ${PGPG_URL}\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - name: q\n    sql: SELECT 1\n',
    'db/schema.sql': 'CREATE TABLE t (id int);\n',
    'db/seed.sql': 'SELECT pg_sleep(60);\n',
  });
  const admin = await connect({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  const scratch = async () =>
    (await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'pg_plan_gate_%'")).rows.map((row) => row.datname as string);
  try {
    const child = spawn(process.execPath, [CLI, '--base', 'HEAD', '--head', 'HEAD'], { cwd: repo.dir, env: { ...process.env, PGPG_URL: url } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await scratch()).length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await scratch()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(await scratch()).toEqual([]);
  } finally {
    await admin.end();
    await server.stop();
    repo.cleanup();
  }
});
