import { chmodSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findServerBin } from '../../src/engine/server/native-server.ts';
import { fixture } from '../helpers/fixtures.ts';
import { costs, gate, query, rules } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

/** Regression tests for what broke on real applications' schemas (issue "Real applications as they are"). */
const repo = repoPerTest();

const ENGINES = [
  { name: 'embedded', header: 'engine: embedded\n' },
  { name: 'server', header: 'engine: server\n' },
] as const;

// pg_dump --schema-only writes materialized views WITH NO DATA; z_orders is read by a_totals.
const MATVIEW_SCHEMA = `
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id int NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW public.z_orders AS SELECT id, customer_id, amount FROM public.orders WITH NO DATA;
CREATE MATERIALIZED VIEW public.z_orders_totals AS SELECT customer_id, sum(amount) AS total FROM public.orders GROUP BY customer_id WITH NO DATA;
CREATE MATERIALIZED VIEW public.a_totals AS SELECT customer_id, sum(amount) AS total FROM public.z_orders GROUP BY customer_id WITH NO DATA;
CREATE INDEX a_totals_customer ON public.a_totals (customer_id);
CREATE MATERIALIZED VIEW public.broken AS SELECT 1 / (count(*) - count(*)) AS boom FROM public.orders WITH NO DATA;
CREATE MATERIALIZED VIEW public.reads_broken AS SELECT boom FROM public.broken WITH NO DATA;
CREATE VIEW public.b_totals_view AS SELECT customer_id, total FROM public.z_orders_totals;
-- reads a materialized view through a plain view, and sorts before it
CREATE MATERIALIZED VIEW public.a_via_view AS SELECT count(*) AS customers FROM public.b_totals_view WITH NO DATA;
`;
const MATVIEW_SEED = 'INSERT INTO orders SELECT g, g % 5000, g % 97 FROM generate_series(1, 40000) g;\n';

describe.each(ENGINES)('real inputs on engine $name', ({ header }) => {
  it('refreshes unpopulated materialized views after the seed, dependencies first; a failing refresh is a warning', async () => {
    const r = repo({
      'db/schema.sql': MATVIEW_SCHEMA,
      'db/seed.sql': MATVIEW_SEED,
      'queries/totals.sql': 'SELECT total FROM a_totals WHERE customer_id = 42\n',
      'queries/all-totals.sql': 'SELECT count(*) FROM a_totals\n',
      'queries/broken.sql': 'SELECT * FROM reads_broken\n',
      'queries/via-view.sql': 'SELECT customers FROM a_via_view\n',
      'pg-plan-gate.yml': `${header}schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.findings).toEqual([]);
    expect(report.warnings).toEqual([
      expect.stringMatching(/^base\+head: materialized view public\.broken could not be refreshed \(division by zero\)/),
      expect.stringMatching(/^base\+head: materialized view public\.reads_broken was not refreshed because it reads broken, which could not be/),
    ]);
    // Refreshed and analyzed like a table: 5,000 groups, an index scan for one of them.
    const all = query(report, 'queries/all-totals').head as { seqScans: { relation: string; rows: number }[] };
    expect(all.seqScans).toEqual([{ relation: 'a_totals', schema: 'public', rows: 5000 }]);
    expect((query(report, 'queries/totals').head as { shape: string }).shape).toContain('a_totals_customer');
  });

  it('loads the extensions the schema creates, and names the engines that have one it lacks', async () => {
    const schema = [
      'CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;',
      'CREATE EXTENSION IF NOT EXISTS "uuid-ossp";',
      "CREATE TABLE tokens (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), secret bytea NOT NULL DEFAULT digest('x', 'sha256'));",
      '',
    ].join('\n');
    const r = repo({
      'db/schema.sql': schema,
      'db/seed.sql': "INSERT INTO tokens (secret) SELECT digest(g::text, 'sha1') FROM generate_series(1, 100) g;\n",
      'pg-plan-gate.yml': `${header}schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - name: q\n    sql: SELECT count(*) FROM tokens\n`,
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.findings).toEqual([]);

    const missing = repo({
      'db/schema.sql': 'CREATE TABLE t (id int);\nCREATE EXTENSION IF NOT EXISTS no_such_ext;\n',
      'pg-plan-gate.yml': `${header}schema: db/schema.sql\nqueries:\n  - name: q\n    sql: SELECT 1\n`,
    });
    const failure = gate(missing.dir, missing.shas[0]!, missing.shas[0]);
    await expect(failure).rejects.toThrow(/^base\+head: db\/schema\.sql:2: extension "no_such_ext" is not available .*engine: server .*engine: url/);
  });

  it('keeps same-named tables of two schemas apart (seq scans, shapes, allow)', async () => {
    const schema = [
      'CREATE SCHEMA a; CREATE SCHEMA b;',
      'CREATE TABLE a.users (id int PRIMARY KEY, org int NOT NULL);',
      'CREATE TABLE b.users (id int PRIMARY KEY, org int NOT NULL);',
      'CREATE INDEX a_users_org ON a.users (org);',
      'CREATE INDEX b_users_org ON b.users (org);',
      '',
    ].join('\n');
    const seed =
      'INSERT INTO a.users SELECT g, g % 1000 FROM generate_series(1, 20000) g;\nINSERT INTO b.users SELECT g, g % 1000 FROM generate_series(1, 30000) g;\n';
    const files = {
      'db/schema.sql': schema,
      'db/seed.sql': seed,
      // base: a Seq Scan on a.users (it reads every row) and an index on b.users
      'queries/both.sql': 'SELECT (SELECT count(*) FROM a.users WHERE org >= 0) + (SELECT count(*) FROM b.users WHERE org = 7)\n',
      'pg-plan-gate.yml': `${header}schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
    };
    const r = repo(
      files,
      { 'db/migrations/1.sql': 'DROP INDEX b.b_users_org;\n' },
      { 'pg-plan-gate.yml': `${files['pg-plan-gate.yml']}budgets:\n  seq_scans:\n    allow: [users]\n` },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    const both = query(report, 'queries/both');
    expect(rules(both)).toContain('error:seq-scan');
    expect(report.findings.find((finding) => finding.rule === 'seq-scan')?.message).toBe('new Seq Scan on b.users (~30,000 rows)');
    expect((both.base as { shape: string }).shape).toMatch(/Seq Scan on a\.users/);
    expect((both.head as { shape: string }).shape).toMatch(/Seq Scan on b\.users/);
    // An unqualified allow entry matches the table in every schema.
    const allowed = await gate(r.dir, r.shas[0]!, r.shas[2]);
    expect(rules(query(allowed, 'queries/both'))).not.toContain('error:seq-scan');
  });

  it('an index set aside during the seed exists after it, or the build fails naming it', async () => {
    const schema = [
      'CREATE FUNCTION norm(text) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT lower($1) $$;',
      'CREATE TABLE people (id int PRIMARY KEY, org int NOT NULL, email text NOT NULL);',
      'CREATE INDEX people_org ON people (org);',
      'CREATE INDEX people_norm_email ON people (norm(email));',
      '',
    ].join('\n');
    const seed = "INSERT INTO people SELECT g, g % 500, 'p' || g FROM generate_series(1, 20000) g;\n";
    const files = {
      'db/schema.sql': schema,
      'db/seed.sql': seed,
      'queries/by-org.sql': 'SELECT id FROM people WHERE organization = 3\n',
      'pg-plan-gate.yml': `${header}schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
    };
    // A seed that renames the indexed column keeps the index (as PostgreSQL would).
    const renamed = repo({ ...files, 'db/seed.sql': `${seed}ALTER TABLE people RENAME COLUMN org TO organization;\n` });
    const report = await gate(renamed.dir, renamed.shas[0]!, renamed.shas[0]);
    expect(report.findings).toEqual([]);
    expect((query(report, 'queries/by-org').head as { shape: string }).shape).toContain('people_org');
    // A seed that drops what an index needs: the build names the index instead of losing it silently.
    const dropped = repo({ ...files, 'db/seed.sql': `${seed}DROP FUNCTION norm(text) CASCADE;\n` });
    await expect(gate(dropped.dir, dropped.shas[0]!, dropped.shas[0])).rejects.toThrow(
      /^base\+head: index public\.people_norm_email on public\.people was set aside during the seed for speed and cannot be rebuilt after it: function (public\.)?norm\(text\) does not exist/,
    );
  });

  it('reports a failing side at once, without waiting for the other', async () => {
    const slowSeed = Array.from({ length: 120 }, () => 'SELECT pg_sleep(0.5);').join('\n');
    const r = repo(
      {
        'db/schema.sql': 'CREATE TABLE t (id int);\n',
        'db/seed.sql': slowSeed,
        'pg-plan-gate.yml': `${header}schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - name: q\n    sql: SELECT * FROM t\n`,
      },
      { 'db/seed.sql': `${slowSeed}\n-- head only\n` },
    );
    const broken = r.commit({ 'db/schema.sql': 'CREATE TABLE t (id int);\nSELEC 1;\n' });
    const started = performance.now();
    // base is broken, head would seed for 60 s
    await expect(gate(r.dir, broken, r.shas[1])).rejects.toThrow(/^base: db\/schema\.sql:2: syntax error/);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 90_000);
});

describe('engine server', () => {
  it('needs only initdb and postgres in server.bin (no pg_isready)', async () => {
    const installed = findServerBin(undefined);
    const bin = mkdtempSync(join(tmpdir(), 'pgpg-bin-'));
    chmodSync(bin, 0o755);
    try {
      for (const tool of ['initdb', 'postgres']) symlinkSync(join(installed, tool), join(bin, tool));
      const r = repo({
        'db/schema.sql': fixture('users/schema.sql'),
        'pg-plan-gate.yml': `engine: server\nserver:\n  bin: ${bin}\nschema: db/schema.sql\nqueries:\n  - name: q\n    sql: SELECT id FROM users WHERE org_id = 1\n`,
      });
      const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
      expect(report.engine.kind).toBe('server');
      expect(Object.values(costs(report))).toHaveLength(1);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

describe.each(ENGINES)('settings and skip_extensions on engine $name', ({ header }) => {
  it('a dump whose defaults read a custom setting builds with settings:; the EXPLAIN session gets them too; a bad one names its key', async () => {
    const schema = [
      "CREATE TABLE public.notes (id int PRIMARY KEY, tenant int NOT NULL DEFAULT current_setting('app.current_tenant')::int, body text);",
      'CREATE INDEX notes_tenant ON public.notes (tenant);',
      'ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;',
      "CREATE POLICY by_tenant ON public.notes USING (tenant = current_setting('app.current_tenant')::int);",
      '',
    ].join('\n');
    const files = {
      'db/schema.sql': schema,
      'db/seed.sql': "INSERT INTO notes (id, body) SELECT g, 'n' || g FROM generate_series(1, 2000) g;\n",
      'queries/notes.sql': "SELECT count(*) FROM notes WHERE current_setting('app.current_tenant') = '7'\n",
    };
    const without = repo({ ...files, 'pg-plan-gate.yml': `${header}schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n` });
    await expect(gate(without.dir, without.shas[0]!, without.shas[0])).rejects.toThrow(
      /^base\+head: db\/seed\.sql:1: unrecognized configuration parameter "app\.current_tenant"/,
    );
    const r = repo({
      ...files,
      'queries/count.sql': 'SELECT count(*) FROM notes\n',
      'pg-plan-gate.yml': `${header}settings:\n  app.current_tenant: 7\n  enable_seqscan: false\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.findings).toEqual([]);
    expect(query(report, 'queries/notes').head).toMatchObject({ totalCost: expect.any(Number) });
    // A built-in setting reaches the EXPLAIN session as well.
    expect((query(report, 'queries/count').head as { shape: string }).shape).not.toContain('Seq Scan');
    const bad = repo({ ...files, 'pg-plan-gate.yml': `${header}settings:\n  no_such_setting: 1\nschema: db/schema.sql\n` });
    await expect(gate(bad.dir, bad.shas[0]!, bad.shas[0])).rejects.toThrow(
      /^pg-plan-gate\.yml: settings\.no_such_setting: unrecognized configuration parameter "no_such_setting"/,
    );
  });

  it('a dump that creates extensions an engine lacks builds with skip_extensions:; a statement that needs one names its line', async () => {
    const schema = [
      'CREATE EXTENSION IF NOT EXISTS pgstattuple WITH SCHEMA public;',
      "COMMENT ON EXTENSION pgstattuple IS 'show tuple-level statistics';",
      'CREATE EXTENSION IF NOT EXISTS no_such_partman;',
      'CREATE TABLE t (id int PRIMARY KEY);',
      '',
    ].join('\n');
    const r = repo({
      'db/schema.sql': schema,
      'pg-plan-gate.yml': `${header}skip_extensions: [pgstattuple, no_such_partman]\nschema: db/schema.sql\nqueries:\n  - name: q\n    sql: SELECT * FROM t WHERE id = 1\n`,
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.findings).toEqual([]);
    const needs = repo({
      'db/schema.sql': `${schema}SELECT * FROM pgstattuple('t');\n`,
      'pg-plan-gate.yml': `${header}skip_extensions: [pgstattuple, no_such_partman]\nschema: db/schema.sql\n`,
    });
    await expect(gate(needs.dir, needs.shas[0]!, needs.shas[0])).rejects.toThrow(
      /^base\+head: db\/schema\.sql:5: function pgstattuple\(unknown\) does not exist/,
    );
  });
});

it('the error for an unavailable extension lists every way through', async () => {
  const r = repo({ 'db/schema.sql': 'CREATE EXTENSION vector;\n', 'pg-plan-gate.yml': 'schema: db/schema.sql\n' });
  const error = await gate(r.dir, r.shas[0]!, r.shas[0]).catch((caught: Error) => caught.message);
  expect(error).toMatch(/^base\+head: db\/schema\.sql:1: extension "vector" is not available \(the embedded engine ships .*pg_trgm.*\)\. To go on: /);
  expect(error).toContain('skip it with skip_extensions: [vector]');
  expect(error).toContain('use engine: server with server.bin pointing at a PostgreSQL that has vector installed');
  expect(error).toContain('image: pgvector/pgvector:pg17');
  expect(error).toContain('database-url: postgresql://postgres:postgres@localhost:5432/postgres');
  expect(error).not.toContain('\n');
});
