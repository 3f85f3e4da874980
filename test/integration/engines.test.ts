import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findServerBin, startNativeServer, type NativeServer } from '../../src/engine/server/native-server.ts';
import { connect } from '../../src/engine/pg/pg-session.ts';
import { fixture } from '../helpers/fixtures.ts';
import { costs, gate, query, rules } from '../helpers/gate.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

/**
 * The same scenarios on every engine: PGlite (PostgreSQL 18), a throwaway native server
 * (the machine's PostgreSQL, 15 here: no GENERIC_PLAN) and an existing server by URL.
 * Verdicts, statuses and rule ids must agree.
 */
let urlServer: NativeServer;
let url: string;
beforeAll(async () => {
  urlServer = await startNativeServer(findServerBin(undefined));
  url = `postgresql://postgres@localhost:${urlServer.port}/postgres?host=${encodeURIComponent(urlServer.socketDir)}`;
});
afterAll(async () => {
  await urlServer?.stop();
});

const ENGINES = [
  { name: 'embedded', header: 'engine: embedded\n' },
  { name: 'server', header: 'engine: server\n' },
  { name: 'url', header: 'engine: url\nurl: ${PGPG_TEST_URL}\n' },
] as const;

const repos: TestRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

describe.each(ENGINES)('engine $name', ({ name, header }) => {
  const env = () => ({ PGPG_TEST_URL: url });
  const config = (queries: string) =>
    `${header}schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n${queries}`;
  const base = {
    'db/schema.sql': fixture('users/schema.sql'),
    'db/seed.sql': fixture('users/seed.sql'),
    'queries/login.sql': '-- endpoint: POST /login\n-- params: ["user7@example.com"]\nSELECT id FROM users WHERE email = $1\n',
    'queries/by-org.sql': '-- endpoint: GET /orgs/:id/users\nSELECT id FROM users WHERE org_id = $1\n',
    'queries/recent.sql': "SELECT id FROM users WHERE created_at > '2025-06-01'\n",
  };
  const repo = (...commits: Parameters<typeof makeRepo>) => {
    const created = makeRepo(...commits);
    repos.push(created);
    return created;
  };

  it('dropped index → seq-scan + cost-regression; lower(email) → regression; added index → improved; broken query → query-error', async () => {
    const r = repo(
      { ...base, 'pg-plan-gate.yml': config('') },
      {
        'db/migrations/0002.sql': 'DROP INDEX users_org_idx;\nCREATE INDEX users_created_idx ON users (created_at);\n',
        'queries/login.sql': '-- endpoint: POST /login\n-- params: ["user7@example.com"]\nSELECT id FROM users WHERE lower(email) = lower($1)\n',
        'queries/broken.sql': 'SELECT id FROM users WHERE nonexistent = 1\n',
      },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', env());
    expect(report.engine.kind).toBe(name);
    expect(report.verdict).toBe('fail');
    const summary = Object.fromEntries(report.queries.map((entry) => [entry.name, [entry.status, ...rules(entry)]]));
    expect(summary).toEqual({
      'queries/by-org': ['regressed', 'error:cost-regression', 'error:seq-scan', 'info:plan-changed'],
      'queries/login': ['regressed', 'error:cost-regression', 'error:seq-scan', 'info:plan-changed'],
      'queries/recent': ['improved', 'info:plan-changed'],
      'queries/broken': ['error', 'error:query-error'],
    });
    // $1 without params: a generic plan (PREPARE + force_generic_plan before PostgreSQL 16)
    expect((query(report, 'queries/by-org').base as { shape: string }).shape).toContain('users_org_idx');
  });

  it('lower(email) with a functional index passes', async () => {
    const r = repo(
      { ...base, 'pg-plan-gate.yml': config('') },
      {
        'db/migrations/0002.sql': 'CREATE INDEX users_lower_email_idx ON users (lower(email));\n',
        'queries/login.sql': '-- params: ["user7@example.com"]\nSELECT id FROM users WHERE lower(email) = lower($1)\n',
      },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', env());
    expect(report.verdict).toBe('pass');
    expect((query(report, 'queries/login').head as { shape: string }).shape).toContain('users_lower_email_idx');
  });

  it('A/A: a table larger than the ANALYZE sample, built twice, gives identical costs and zero findings', async () => {
    const events = {
      'db/schema.sql': fixture('events/schema.sql'),
      'db/seed.sql': fixture('events/seed.sql'),
      'queries/by-user.sql': '-- params: [77]\nSELECT * FROM events WHERE user_id = $1\n',
      'queries/range.sql': "SELECT id FROM events WHERE created_at BETWEEN '2024-03-01' AND '2024-03-09'\n",
      'queries/kinds.sql': "SELECT kind, count(*) FROM events WHERE kind IN ('signup', 'refund') GROUP BY kind\n",
      // costed from the visibility map: only stable when every page is all-visible on both builds
      'queries/index-only.sql': 'SELECT count(*) FROM events WHERE user_id < 5000\n',
      'pg-plan-gate.yml': config(''),
    };
    const r = repo(events, { 'db/schema.sql': `-- same schema, other bytes: built twice\n${events['db/schema.sql']}` });
    const first = await gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', env());
    expect(first.findings).toEqual([]);
    for (const [baseCost, headCost] of Object.values(costs(first))) expect(headCost).toBe(baseCost);
    const second = await gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', env());
    expect(costs(second)).toEqual(costs(first));
  });

  it('creates configured extensions, and names one that is missing', async () => {
    const r = repo({
      ...base,
      'db/migrations/0001.sql': 'CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);\n',
      'pg-plan-gate.yml': `extensions: [pg_trgm]\n${config('')}`,
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0], 'pg-plan-gate.yml', env());
    expect(report.findings).toEqual([]);
    const missing = repo({ ...base, 'pg-plan-gate.yml': `extensions: [no_such_extension]\n${config('')}` });
    await expect(gate(missing.dir, missing.shas[0]!, missing.shas[0], 'pg-plan-gate.yml', env())).rejects.toThrow(
      /extension no_such_extension is not available/,
    );
  });
});

describe('engine url', () => {
  it('drops its scratch databases and leaves the others alone', async () => {
    const admin = await connect({ connectionString: url });
    try {
      await admin.query('CREATE DATABASE keep_me');
      const r = makeRepo({
        'db/schema.sql': 'CREATE TABLE t (id int);\n',
        'pg-plan-gate.yml': 'engine: url\nurl: ${PGPG_TEST_URL}\nschema: db/schema.sql\nqueries:\n  - name: q\n    sql: SELECT * FROM t\n',
      });
      repos.push(r);
      await gate(r.dir, r.shas[0]!, r.shas[0], 'pg-plan-gate.yml', { PGPG_TEST_URL: url });
      const broken = makeRepo({
        'db/schema.sql': 'CREATE TABLE t (id int);\nSELEC 1;\n',
        'pg-plan-gate.yml': 'engine: url\nurl: ${PGPG_TEST_URL}\nschema: db/schema.sql\n',
      });
      repos.push(broken);
      await expect(gate(broken.dir, broken.shas[0]!, broken.shas[0], 'pg-plan-gate.yml', { PGPG_TEST_URL: url })).rejects.toThrow(/db\/schema.sql:2/);
      const names = (await admin.query('SELECT datname FROM pg_database ORDER BY 1')).rows.map((row) => row.datname);
      expect(names).toEqual(['keep_me', 'postgres', 'template0', 'template1']);
    } finally {
      await admin.query('DROP DATABASE IF EXISTS keep_me');
      await admin.end();
    }
  });

  it('says clearly when the role cannot create databases', async () => {
    const admin = await connect({ connectionString: url });
    await admin.query('CREATE ROLE limited LOGIN');
    try {
      const limitedUrl = url.replace('postgres@', 'limited@');
      const r = makeRepo({ 'db/schema.sql': 'CREATE TABLE t (id int);\n', 'pg-plan-gate.yml': 'engine: url\nurl: ${PGPG_TEST_URL}\nschema: db/schema.sql\n' });
      repos.push(r);
      await expect(gate(r.dir, r.shas[0]!, r.shas[0], 'pg-plan-gate.yml', { PGPG_TEST_URL: limitedUrl })).rejects.toThrow(
        /the role cannot create databases .*CREATEDB/,
      );
    } finally {
      await admin.query('DROP ROLE limited');
      await admin.end();
    }
  });
});
