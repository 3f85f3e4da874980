import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const CONFIG = `schema:
  - db/schema.sql
  - db/migrations/*.sql
seed: db/seed.sql
queries:
  - name: login
    endpoint: POST /login
    sql: SELECT id FROM users WHERE email = $1
    params: ["user42@example.com"]
  - file: queries/**/*.sql
`;

describe('bundled CLI (dist/cli.js)', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo(
      {
        'pg-plan-gate.yml': CONFIG,
        'db/schema.sql': fixture('users/schema.sql'),
        'db/seed.sql': fixture('users/seed.sql'),
        'queries/users/by-org.sql': '-- endpoint: GET /orgs/:id/users\nSELECT id, email FROM users WHERE org_id = $1 ORDER BY id LIMIT 50\n',
      },
      {
        'db/migrations/0002_drop_email_index.sql': 'DROP INDEX users_email_key;\n',
        'queries/users/broken.sql': '-- endpoint: GET /orgs/:id/users\nSELECT missing_column FROM users\n',
      },
    );
  });
  afterAll(() => repo.cleanup());

  it('fails a head that drops the index the login query used, and reports the broken query', async () => {
    const jsonPath = join(repo.dir, '..', `${repo.dir.split('/').pop()}-report.json`);
    const result = await runCli(['--base', repo.shas[0]!, '--head', repo.shas[1]!, '--json', jsonPath], repo.dir);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(report.base.sha).toBe(repo.shas[0]);
    expect(report.engine).toMatchObject({ kind: 'embedded', serverVersion: expect.stringMatching(/^18\./) });
    const login = report.queries.find((query: { name: string }) => query.name === 'login');
    expect(login.status).toBe('regressed');
    expect(login.findings.map((finding: { rule: string }) => finding.rule).sort()).toEqual(['cost-regression', 'plan-changed', 'seq-scan']);
    expect(login.head.seqScans).toEqual([{ relation: 'users', schema: 'public', rows: 40000 }]);
    expect(login.base.shape).toBe('Index Scan using users_email_key on users\n  Index Cond: (users.email = ?)');
    const broken = report.queries.find((query: { name: string }) => query.name === 'queries/users/broken');
    expect(broken).toMatchObject({ status: 'error', file: 'queries/users/broken.sql', base: null, head: { error: 'column "missing_column" does not exist' } });
    const byOrg = report.queries.find((query: { name: string }) => query.name === 'queries/users/by-org');
    expect(byOrg.status).toBe('unchanged');
    expect(result.stdout).toContain('pg-plan-gate: FAIL');
    expect(result.stdout).toContain('-Index Scan using users_email_key on users');
  });

  it('passes when base and head are the same commit', async () => {
    const result = await runCli(['--base', repo.shas[1]!, '--head', repo.shas[1]!], repo.dir);
    // The broken query fails on base too: a warning, not this change's error.
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pg-plan-gate: PASS — 0 errors, 1 warning');
    expect(result.stdout).toContain('warning query-error: fails on base too: column "missing_column" does not exist');
    const clean = await runCli(['--base', repo.shas[0]!, '--head', repo.shas[0]!], repo.dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('pg-plan-gate: PASS — 0 errors, 0 warnings');
  });

  it('keeps built databases in --cache-dir: the second run copies both sides from it, with the same verdict and costs', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'pgpg-cli-cache-'));
    try {
      // The test suite turns the cache off for every run (vitest.config.ts); this one wants it.
      const { PG_PLAN_GATE_NO_CACHE: _off, ...env } = process.env;
      const reportOf = async (name: string) => {
        const jsonPath = join(cacheDir, `${name}.json`);
        const result = await runCli(['--base', repo.shas[0]!, '--head', repo.shas[1]!, '--cache-dir', cacheDir, '--json', jsonPath], repo.dir, env);
        expect(result.code).toBe(1);
        return { stderr: result.stderr, report: JSON.parse(readFileSync(jsonPath, 'utf8')) };
      };
      const cold = await reportOf('cold');
      // Head adds a migration: a copy of base's database with it run (incremental head).
      expect(cold.report.build).toEqual({ base: 'fresh', head: 'incremental' });
      expect(cold.stderr).toMatch(/^base: saved to the fixture cache \([0-9a-f]{12}\)$/m);
      const warm = await reportOf('warm');
      expect(warm.report.build).toEqual({ base: 'cached', head: 'cached' });
      expect(warm.stderr).toMatch(/^head: from the fixture cache \([0-9a-f]{12}\) in \d+ ms$/m);
      const costsOf = (report: { queries: { name: string; base: { totalCost?: number } | null; head: { totalCost?: number } | null }[] }) =>
        report.queries.map((query) => [query.name, query.base?.totalCost, query.head?.totalCost]);
      expect(costsOf(warm.report)).toEqual(costsOf(cold.report));
      expect(warm.report.findings).toEqual(cold.report.findings);
      // --no-cache: built again, nothing read.
      const off = await runCli(['--base', repo.shas[0]!, '--head', repo.shas[1]!, '--cache-dir', cacheDir, '--no-cache'], repo.dir, env);
      expect(off.code).toBe(1);
      expect(off.stderr).not.toContain('fixture cache');
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it("reports a side whose build fails at once, stopping the other side's worker", async () => {
    const slowSeed = Array.from({ length: 120 }, () => 'SELECT pg_sleep(0.5);').join('\n');
    const slow = makeRepo(
      { 'db/schema.sql': 'CREATE TABLE t (id int);\nSELEC 1;\n', 'db/seed.sql': slowSeed, 'pg-plan-gate.yml': 'schema: db/schema.sql\nseed: db/seed.sql\n' },
      { 'db/schema.sql': 'CREATE TABLE t (id int);\n' },
    );
    try {
      const started = performance.now();
      const result = await runCli(['--base', slow.shas[0]!, '--head', slow.shas[1]!], slow.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('pg-plan-gate: base: db/schema.sql:2: syntax error');
      // head alone would seed for 60 s
      expect(performance.now() - started).toBeLessThan(20_000);
    } finally {
      slow.cleanup();
    }
  }, 90_000);

  it('exits 2 with a one-line message for an unknown ref', async () => {
    const result = await runCli(['--base', 'no-such-branch', '--head', 'HEAD'], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^pg-plan-gate: --base no-such-branch: unknown git ref/);
  });

  it('exits 2 naming the file, line and key of a config error in the working tree', async () => {
    repo.write({ 'pg-plan-gate.yml': `${CONFIG}budgets:\n  cost_increse_pct: 5\n` });
    try {
      const result = await runCli(['--base', repo.shas[0]!], repo.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('pg-plan-gate: pg-plan-gate.yml:12: budgets.cost_increse_pct is not a known key');
    } finally {
      repo.git('checkout', '--', 'pg-plan-gate.yml');
    }
  });

  it('exits 2 for an unknown flag', async () => {
    const result = await runCli(['--bogus'], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^pg-plan-gate: Unknown option '--bogus'/);
  });

  it('loads PGlite contrib extensions shipped in dist/', async () => {
    const withExtensions = makeRepo({
      'pg-plan-gate.yml': 'extensions: [pg_trgm, citext]\nschema: db/schema.sql\nqueries:\n  - name: search\n    sql: SELECT id FROM t WHERE e ILIKE $1\n',
      'db/schema.sql': 'CREATE TABLE t (id int, e citext);\nCREATE INDEX t_e_trgm ON t USING gin ((e::text) gin_trgm_ops);\n',
    });
    try {
      const result = await runCli(['--base', 'HEAD', '--head', 'HEAD'], withExtensions.dir);
      expect(result.stderr).not.toMatch(/not available/);
      expect(result.code).toBe(0);
    } finally {
      withExtensions.cleanup();
    }
  });

  it("captures an application's traffic through the bundled engine worker and flags its N+1", async () => {
    const app = (file: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'capture-app', file), 'utf8');
    const capture = makeRepo();
    try {
      symlinkSync(join(import.meta.dirname, '..', '..', 'node_modules'), join(capture.dir, 'node_modules'));
      capture.commit({
        'pg-plan-gate.yml': 'schema: db/schema.sql\nseed: db/seed.sql\ncapture:\n  command: node exercise.mjs\n',
        'db/schema.sql': app('schema.sql'),
        'db/seed.sql': app('seed.sql'),
        'app.mjs': app('app.mjs'),
        'exercise.mjs': app('exercise.mjs'),
        'routes-base.mjs': app('routes-base.mjs'),
      });
      capture.commit({ 'routes-base.mjs': app('routes-head.mjs') });
      const result = await runCli(['--base', 'HEAD~1', '--head', 'HEAD'], capture.dir);
      expect(result.stderr).not.toMatch(/internal error/);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/n-plus-one/);
      expect(result.stderr).toMatch(/head: captured \d+ statements/);
    } finally {
      capture.cleanup();
    }
  });
});
