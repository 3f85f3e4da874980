import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.ts';
import { costs, gate, query, rules } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

const repo = repoPerTest();

const usersBase = {
  'db/schema.sql': fixture('users/schema.sql'),
  'db/seed.sql': fixture('users/seed.sql'),
};

function config(queries: string): string {
  return `schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n${queries}`;
}

describe('gate on the embedded engine', () => {
  it('flags lower(email) without a functional index, and accepts it once the index exists', async () => {
    // Query files are read from each side's tree (inline sql: comes from head's config on both sides).
    const login = (expression: string) => `-- endpoint: POST /login\n-- params: ["user7@example.com"]\nSELECT id FROM users WHERE ${expression}\n`;
    const r = repo(
      { ...usersBase, 'pg-plan-gate.yml': config('  - file: queries/login.sql\n    name: login\n'), 'queries/login.sql': login('email = $1') },
      { 'queries/login.sql': login('lower(email) = lower($1)') },
      { 'db/migrations/0002_lower_email.sql': 'CREATE INDEX users_lower_email_idx ON users (lower(email));\n' },
    );
    const regressed = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(regressed.verdict).toBe('fail');
    expect(query(regressed, 'login')).toMatchObject({ status: 'regressed', endpoint: 'POST /login', file: 'queries/login.sql', line: 3 });
    expect(rules(query(regressed, 'login'))).toEqual(['error:cost-regression', 'error:seq-scan', 'info:plan-changed']);
    expect(regressed.findings.find((finding) => finding.rule === 'seq-scan')?.message).toBe('new Seq Scan on users (~40,000 rows)');

    const fixed = await gate(r.dir, r.shas[0]!, r.shas[2]);
    const fixedLogin = query(fixed, 'login');
    expect(fixed.verdict).toBe('pass');
    expect(fixedLogin.head).toMatchObject({ seqScans: [] });
    expect((fixedLogin.head as { shape: string }).shape).toContain('users_lower_email_idx');
  });

  it('marks a query improved when a migration adds the index it needed', async () => {
    const r = repo(
      { ...usersBase, 'pg-plan-gate.yml': config('  - name: recent\n    sql: SELECT id FROM users WHERE created_at > $1\n    params: ["2025-06-01"]\n') },
      { 'db/migrations/0002_created_at.sql': 'CREATE INDEX users_created_at_idx ON users (created_at);\n' },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(report.verdict).toBe('pass');
    expect(query(report, 'recent').status).toBe('improved');
    expect(report.findings.map((finding) => finding.rule)).toEqual(['plan-changed']);
  });

  it('gives $n placeholders a generic plan when no params are given, and binds params safely', async () => {
    const r = repo({
      ...usersBase,
      'pg-plan-gate.yml': config(
        [
          '  - name: generic',
          '    sql: SELECT id FROM users WHERE org_id = $1 AND email <> $2',
          '  - name: bound',
          '    sql: SELECT id FROM users WHERE email = $1',
          `    params: ["x'; DROP TABLE users; --"]`,
          '  - name: after',
          '    sql: SELECT count(*) FROM users',
          '',
        ].join('\n'),
      ),
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.verdict).toBe('pass');
    expect(query(report, 'generic').head).toMatchObject({ shape: expect.stringContaining('users_org_idx') });
    // The bound value is a placeholder in the shape's condition, like any value.
    expect(query(report, 'bound').head).toMatchObject({ shape: 'Index Scan using users_email_key on users\n  Index Cond: (users.email = ?)' });
    // the table is still there: the param was a value, not SQL
    expect(query(report, 'after').head).toMatchObject({ seqScans: [] });
    expect((query(report, 'after').head as { shape: string }).shape).toMatch(/Aggregate/);
  });

  it('turns a query that fails on head into a finding and still runs the others', async () => {
    const r = repo(
      {
        ...usersBase,
        'pg-plan-gate.yml': config('  - file: queries/*.sql\n'),
        'queries/a.sql': 'SELECT id FROM users WHERE id = 1',
        'queries/b.sql': 'SELECT email FROM users WHERE id = 2',
        'queries/c.sql': 'SELECT id FROM users WHERE org_id = 3',
      },
      {
        'queries/b.sql': 'SELECT emial FROM users WHERE id = 2',
        'queries/c.sql': 'SELECT id FROM users WHERE org_id = 3; DELETE FROM users',
      },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(report.verdict).toBe('fail');
    expect(query(report, 'queries/a').status).toBe('unchanged');
    expect(query(report, 'queries/b')).toMatchObject({ status: 'error', head: { error: expect.stringContaining('column "emial" does not exist') } });
    expect(query(report, 'queries/c')).toMatchObject({ status: 'error', head: { error: 'expected exactly one SQL statement, found 2' } });
    expect(rules(query(report, 'queries/b'))).toEqual(['error:query-error']);
  });

  it('builds a pg_dump-style schema without its session state leaking into the EXPLAINs', async () => {
    const r = repo({
      'pg-plan-gate.yml':
        'schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - name: by-email\n    sql: SELECT id FROM accounts WHERE email = $1\n    params: ["a5@example.com"]\n',
      'db/schema.sql': fixture('pg_dump/schema.sql'),
      'db/seed.sql': fixture('pg_dump/seed.sql'),
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.verdict).toBe('pass');
    // unqualified names resolve: search_path is back to default after the dump's set_config
    expect(query(report, 'by-email').head).toMatchObject({ shape: 'Index Scan using accounts_email_key on accounts\n  Index Cond: (accounts.email = ?)' });
  });

  it('names the side, file and line of a failing schema statement', async () => {
    const r = repo(
      { ...usersBase, 'pg-plan-gate.yml': config('  - name: one\n    sql: SELECT 1\n') },
      { 'db/migrations/0002_bad.sql': '-- adds a column\n\nALTER TABLE users ADD COLUMN age int;\nALTER TABLE userz ADD COLUMN x int;\n' },
    );
    await expect(gate(r.dir, r.shas[0]!, r.shas[1])).rejects.toThrow('head: db/migrations/0002_bad.sql:4: relation "userz" does not exist');
    const syntax = repo({
      ...usersBase,
      'pg-plan-gate.yml': config('  - name: one\n    sql: SELECT 1\n'),
      'db/migrations/0001.sql': 'SELECT 1;\n\nCREAT TABLE x (id int);\n',
    });
    await expect(gate(syntax.dir, syntax.shas[0]!, syntax.shas[0])).rejects.toThrow('base+head: db/migrations/0001.sql:3: syntax error at or near "CREAT"');
  });
});

describe('configs without seed data or with typos', () => {
  it('still sees which index a query can use on empty tables (schema-only config)', async () => {
    const r = repo(
      {
        'pg-plan-gate.yml': 'schema: [db/schema.sql, db/migrations/*.sql]\nqueries:\n  - name: by-org\n    sql: SELECT id FROM users WHERE org_id = 3\n',
        'db/schema.sql': fixture('users/schema.sql'),
      },
      { 'db/migrations/0002.sql': 'DROP INDEX users_org_idx;\n' },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    const byOrg = query(report, 'by-org');
    expect((byOrg.base as { shape: string }).shape).toContain('users_org_idx');
    expect(byOrg.status).not.toBe('unchanged');
  });

  it('rejects a query file that exists on neither side', async () => {
    const r = repo({ ...usersBase, 'pg-plan-gate.yml': config('  - file: queries/logn.sql\n') });
    await expect(gate(r.dir, r.shas[0]!, r.shas[0])).rejects.toThrow('pg-plan-gate.yml:6: queries[0].file queries/logn.sql does not exist on base or head');
  });
});

describe('partitions', () => {
  it('counts seq scans per partition, and allow: [parent] covers its partitions', async () => {
    const schema = [
      'CREATE TABLE events (id bigint, at date NOT NULL, kind text) PARTITION BY RANGE (at);',
      "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
      "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
      'CREATE INDEX events_kind_idx ON events (kind);',
    ].join('\n');
    const seed = "INSERT INTO events SELECT g, date '2024-01-01' + (g % 700), 'k' || (g % 5000) FROM generate_series(1, 30000) g;\n";
    const gateConfig = (allow: string) =>
      `schema: [db/schema.sql, db/migrations/*.sql]\nseed: db/seed.sql\nbudgets:\n  seq_scans:\n    allow: [${allow}]\nqueries:\n  - name: by-kind\n    sql: SELECT id FROM events WHERE kind = 'k42'\n`;
    const r = repo(
      { 'db/schema.sql': schema, 'db/seed.sql': seed, 'pg-plan-gate.yml': gateConfig('') },
      { 'db/migrations/0002.sql': 'DROP INDEX events_kind_idx;\n' },
      { 'pg-plan-gate.yml': gateConfig('events') },
    );
    const strict = await gate(r.dir, r.shas[0]!, r.shas[1]);
    const byKind = query(strict, 'by-kind');
    expect(byKind.status).toBe('regressed');
    expect((byKind.head as { seqScans: unknown[] }).seqScans).toEqual([
      { relation: 'events_2024', schema: 'public', partitionOf: 'events', partitionOfRows: 30000, rows: 15737 },
      { relation: 'events_2025', schema: 'public', partitionOf: 'events', partitionOfRows: 30000, rows: 14263 },
    ]);
    const allowed = await gate(r.dir, r.shas[0]!, r.shas[2]);
    expect(rules(query(allowed, 'by-kind')).filter((rule) => rule.includes('seq-scan'))).toEqual([]);
  });
});

describe('determinism', () => {
  const bigSchema = fixture('events/schema.sql');
  const bigSeed = fixture('events/seed.sql');
  const queries = config(
    [
      '  - name: by-kind',
      "    sql: SELECT count(*) FROM events WHERE kind = 'signup'",
      '  - name: by-user',
      '    sql: SELECT * FROM events WHERE user_id = $1',
      '    params: [77]',
      '  - name: recent-range',
      "    sql: SELECT id FROM events WHERE created_at BETWEEN '2024-03-01' AND '2024-03-09' ORDER BY created_at",
      '  - name: skewed-in',
      '    sql: SELECT * FROM events WHERE user_id IN (1, 2, 3, 500, 9000) AND amount > 40',
      '  - name: join',
      '    sql: SELECT u.kind, count(*) FROM events u JOIN events v ON v.user_id = u.user_id AND v.id = u.id + 1 GROUP BY u.kind',
      '',
    ].join('\n'),
  );

  it("builds a table far larger than ANALYZE's 30,000-row sample twice and gets identical costs and zero findings", async () => {
    const r = repo(
      { 'db/schema.sql': bigSchema, 'db/seed.sql': bigSeed, 'pg-plan-gate.yml': queries },
      // Not byte-identical, so base and head are built separately.
      { 'db/schema.sql': `-- reformatted\n${bigSchema}` },
    );
    const first = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(first.findings).toEqual([]);
    expect(first.queries.every((entry) => entry.status === 'unchanged')).toBe(true);
    for (const [base, head] of Object.values(costs(first))) expect(head).toBe(base);
    const second = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(costs(second)).toEqual(costs(first));
  });
});
