import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findServerBin, startNativeServer } from '../../src/engine/server/native-server.ts';
import { connect } from '../../src/engine/pg/pg-session.ts';
import { runCliFromSource, spawnCliFromSource } from '../helpers/cli.ts';
import { pidsWithArgs, postgresProcessesUnder, processesRunning, stopLeftovers } from '../helpers/processes.ts';
import { makeRepo } from '../helpers/repo.ts';

const QUICK_RUN = {
  'pg-plan-gate.yml': 'schema: db/schema.sql\nqueries:\n  - name: q\n    sql: SELECT * FROM t\n',
  'db/schema.sql': 'CREATE TABLE t (id int);\n',
};

async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !condition()) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** A PID that was just in use and is not any more. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

it('the next run stops the server and removes the temp directory a run killed with SIGKILL left', async () => {
  // Readable by the unprivileged user the server runs as when the test runs as root.
  const temp = mkdtempSync(join(tmpdir(), 'pgpg-dead-run-'));
  chmodSync(temp, 0o755);
  const next = makeRepo(QUICK_RUN);
  const killed = makeRepo({ 'pg-plan-gate.yml': 'engine: server\nschema: db/seed.sql\n', 'db/seed.sql': 'SELECT pg_sleep(120);\n' });
  try {
    const child = spawnCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], killed.dir, { TMPDIR: temp });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await until(() => postgresProcessesUnder(temp).some((line) => /bin\/postgres -D/.test(line)), 60_000);
    child.kill('SIGKILL');
    await exited;
    // What SIGKILL leaves: nothing could clean up.
    expect(postgresProcessesUnder(temp).length).toBeGreaterThan(0);
    expect(readdirSync(temp).filter((name) => name.startsWith('pg-plan-gate-server-'))).toHaveLength(1);

    const run = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], next.dir, { TMPDIR: temp });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/removed what a killed run left: .*pg-plan-gate-server-\d+-\w+ \(and its PostgreSQL server, PID \d+\)/);
    await until(() => postgresProcessesUnder(temp).length === 0, 10_000);
    expect(postgresProcessesUnder(temp)).toEqual([]);
    expect(readdirSync(temp)).toEqual([]);
  } finally {
    for (const line of postgresProcessesUnder(temp)) process.kill(Number(line.trim().split(' ')[0]), 'SIGKILL');
    killed.cleanup();
    next.cleanup();
    rmSync(temp, { recursive: true, force: true });
  }
});

it("the next run stops what a killed run's capture command left running", async () => {
  // Marked as the gate marks a capture command's processes, by a gate PID that is gone.
  const orphan = spawn('sleep', ['3177'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PG_PLAN_GATE_CAPTURE_RUN: `${await deadPid()}-0123456789abcdef` },
  });
  orphan.unref();
  const next = makeRepo(QUICK_RUN);
  try {
    await until(() => pidsWithArgs('sleep 3177').length === 1, 10_000);
    const run = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], next.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(await processesRunning('sleep 3177')).toEqual([]);
    // Every run sweeps: a gate another test started at the same time may have been first.
    const logged = /stopped \d+ processes a killed run's capture command left \(PIDs ([\d, ]+)\)/.exec(run.stderr);
    if (logged) expect(logged[1]!.split(', ').map(Number)).toContain(orphan.pid);
  } finally {
    stopLeftovers('sleep 3177');
    next.cleanup();
  }
});

it('engine url drops scratch databases over a day old that nobody is connected to, and no others', async () => {
  const server = await startNativeServer(findServerBin(undefined));
  const url = `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
  const admin = await connect({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  const dayAndAnHourAgo = (Date.now() - 25 * 3600_000).toString(36);
  const abandoned = `pg_plan_gate_${dayAndAnHourAgo}_abcdef_base`;
  const inUse = `pg_plan_gate_${dayAndAnHourAgo}_abcdef_head`;
  const recent = `pg_plan_gate_${(Date.now() - 3600_000).toString(36)}_fedcba_base`;
  const notOurs = 'pg_plan_gate_notes';
  for (const name of [abandoned, inUse, recent, notOurs]) await admin.query(`CREATE DATABASE ${name}`);
  const user = await connect({ host: server.socketDir, port: server.port, user: 'postgres', database: inUse });
  const next = makeRepo({ ...QUICK_RUN, 'pg-plan-gate.yml': `engine: url\nurl: \${PGPG_URL}\n${QUICK_RUN['pg-plan-gate.yml']}` });
  try {
    const run = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], next.dir, { PGPG_URL: url });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`dropped ${abandoned}: a scratch database over a day old that a killed run left`);
    const left = (await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'pg_plan_gate_%' ORDER BY datname")).rows.map((row) => row.datname);
    expect(left.sort()).toEqual([inUse, recent, notOurs].sort());
  } finally {
    await user.end();
    await admin.end();
    await server.stop();
    next.cleanup();
  }
});
