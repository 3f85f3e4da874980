import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findServerBin, startNativeServer, type NativeServer } from '../../src/engine/server/native-server.ts';
import { connect } from '../../src/engine/pg/pg-session.ts';
import { errorLines, spawnCliFromSource } from '../helpers/cli.ts';
import { makeRepo } from '../helpers/repo.ts';

let server: NativeServer;
let url: string;
let admin: pg.Client;

beforeAll(async () => {
  server = await startNativeServer(findServerBin(undefined));
  url = `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
  admin = await connect({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
});

afterAll(async () => {
  await admin?.end();
  await server?.stop();
});

const scratchDatabases = async () =>
  (await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'pg_plan_gate_%'")).rows.map((row) => row.datname as string);

const createsInFlight = async (waitingOnLock: boolean) =>
  (
    await admin.query(
      `SELECT pid FROM pg_stat_activity WHERE query LIKE 'CREATE DATABASE pg_plan_gate_%' AND state = 'active' ${waitingOnLock ? "AND wait_event_type = 'Lock'" : ''}`,
    )
  ).rows.length;

async function until(condition: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !(await condition())) await new Promise((resolve) => setTimeout(resolve, 100));
}

function runGateOnUrl(files: Record<string, string>) {
  const repo = makeRepo({
    'pg-plan-gate.yml': 'engine: url\nurl: ${PGPG_URL}\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - name: q\n    sql: SELECT 1\n',
    ...files,
  });
  const child = spawnCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], repo.dir, { PGPG_URL: url });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr, cleanup: () => repo.cleanup() };
}

it('Ctrl-C while CREATE DATABASE runs leaves no scratch database, and says only that it was interrupted', async () => {
  // CREATE DATABASE takes a share lock on its template; a COMMENT on template0 holds a
  // conflicting one until this transaction ends, so the gate's CREATE DATABASE waits in flight.
  const locker = await connect({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  await locker.query('BEGIN');
  await locker.query("COMMENT ON DATABASE template0 IS 'held by the url-signal test'");
  const run = runGateOnUrl({ 'db/schema.sql': 'CREATE TABLE t (id int);\n', 'db/seed.sql': 'INSERT INTO t VALUES (1);\n' });
  try {
    await until(async () => (await createsInFlight(true)) > 0, 60_000);
    expect(await createsInFlight(true)).toBeGreaterThan(0);
    run.child.kill('SIGINT');
    const code = await Promise.race([run.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 30_000))]);
    // Only now may the server finish what the gate left: a CREATE it did not stop completes here.
    await locker.query('ROLLBACK');
    await until(async () => (await createsInFlight(false)) === 0, 30_000);
    expect(await scratchDatabases()).toEqual([]);
    expect(code).toBe(130);
    expect(errorLines(run.stderr())).toEqual(['pg-plan-gate: interrupted']);
  } finally {
    await locker.end().catch(() => {});
    run.child.kill('SIGKILL');
    for (const name of await scratchDatabases()) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    run.cleanup();
  }
});

it("SIGTERM mid-seed prints one line, interrupted, instead of the dropped connection's error", async () => {
  const run = runGateOnUrl({ 'db/schema.sql': 'CREATE TABLE t (id int);\n', 'db/seed.sql': 'SELECT pg_sleep(60);\n' });
  try {
    await until(async () => (await admin.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%'")).rows.length > 0, 60_000);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(143);
    expect(await scratchDatabases()).toEqual([]);
    expect(errorLines(run.stderr())).toEqual(['pg-plan-gate: interrupted']);
  } finally {
    run.child.kill('SIGKILL');
    run.cleanup();
  }
});
