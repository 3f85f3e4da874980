import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
