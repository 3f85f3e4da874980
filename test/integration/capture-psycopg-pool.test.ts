import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startCaptureSession } from '../../src/capture/session.ts';
import { exposePglite } from '../../src/engine/embedded/pglite-session.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliFromSource } from '../helpers/cli.ts';
import { ormRepo } from '../helpers/orm.ts';
import { pythonWith } from '../helpers/python.ts';
import type { TestRepo } from '../helpers/repo.ts';

// psycopg 3 with psycopg_pool.ConnectionPool, four threads (test/fixtures/orm/psycopg-pool).
// Head's N+1 runs one statement 20 times per connection, so psycopg 3 prepares it as `_pg3_0`
// on several pool connections: on the embedded engine they all share PGlite's one backend.
const python = pythonWith(['psycopg', 'psycopg_pool']);

const repos: TestRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

function poolRepo(engine: string): TestRepo {
  const config = `engine: ${engine}\nschema: schema.sql\nseed: seed.sql\ncapture:\n  command: ${python.path} pool.py\n  n_plus_one: 5\n`;
  const repo = ormRepo('psycopg-pool', config);
  repos.push(repo);
  return repo;
}

interface JsonReport {
  verdict: string;
  findings: { rule: string; severity: string; endpoint: string | null; message: string }[];
  endpoints: { endpoint: string; captured?: { base: { queriesPerRequest: number } | null; head: { queriesPerRequest: number } | null } }[];
}

describe.skipIf(!python.path)('psycopg 3 pool (threads) through the CLI', () => {
  it('embedded: psycopg 3 really prepares _pg3_0 on several pool connections of the one backend', { timeout: 120_000 }, async () => {
    const dir = join(FIXTURES, 'orm', 'psycopg-pool');
    const db = await PGlite.create();
    await db.exec(readFileSync(join(dir, 'schema.sql'), 'utf8') + readFileSync(join(dir, 'seed.sql'), 'utf8'));
    const exposed = await exposePglite(db);
    try {
      const session = await startCaptureSession({ host: exposed.host, port: exposed.port }, { sharedBackend: true, database: 'postgres' });
      const url = `postgresql://postgres@${session.host}:${session.port}/postgres?sslmode=disable`;
      // spawnSync would block the proxy in this process: run it asynchronously.
      const run = await new Promise<{ code: number; output: string }>((resolve) => {
        void import('node:child_process').then(({ spawn }) => {
          const child = spawn(python.path!, ['pool.py'], { cwd: dir, env: { ...process.env, DATABASE_URL: url, APP_VERSION: 'head' } });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (code) => resolve({ code: code ?? 1, output }));
        });
      });
      const captured = await session.finish();
      expect(run.code, run.output).toBe(0);
      const preparing = new Set(captured.recorded.filter((statement) => statement.prepared === '_pg3_0').map((statement) => statement.sessionId));
      expect(preparing.size).toBeGreaterThanOrEqual(2);
    } finally {
      await exposed.stop();
      await db.close();
    }
  });

  it.each(['embedded', 'server'])('%s: the N+1 head exits 1 with n-plus-one on GET /items', { timeout: 300_000 }, async (engine) => {
    const repo = poolRepo(engine);
    const json = join(repo.dir, 'report.json');
    const run = await runCliFromSource(['--base', repo.shas[0]!, '--head', repo.shas[1]!, '--no-cache', '--json', json], repo.dir);
    expect(run.code, run.stderr + run.stdout).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => `${finding.endpoint}:${finding.rule}`).sort()).toEqual(['GET /items:n-plus-one', 'GET /items:query-count']);
    expect(errors.find((finding) => finding.rule === 'n-plus-one')!.message).toContain('ran the same query 20 times');
    const items = report.endpoints.find((endpoint) => endpoint.endpoint === 'GET /items')!;
    expect(items.captured?.base?.queriesPerRequest).toBe(2);
    expect(items.captured?.head?.queriesPerRequest).toBe(21);
    expect(run.stderr).not.toMatch(/already exists|capture\.command failed/);
  });

  it('embedded: base against base exits 0', { timeout: 300_000 }, async () => {
    const repo = poolRepo('embedded');
    const run = await runCliFromSource(['--base', repo.shas[1]!, '--head', repo.shas[1]!, '--no-cache'], repo.dir);
    expect(run.code, run.stderr + run.stdout).toBe(0);
  });
});
