import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.ts';
import { gate, query, rules } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

/** Named-query files, placeholders, the params: map, ignore:, plan_mode and planner: on real databases. */
const repo = repoPerTest();

const ENGINES = [
  { name: 'embedded', header: 'engine: embedded\n' },
  { name: 'server', header: 'engine: server\n' },
] as const;

const QUERIES = `-- Queries of the users service (sqlc).

-- name: GetUserByEmail :one
SELECT id FROM users WHERE email = @email;

-- name: ListOrgUsers :many
SELECT id, email FROM users WHERE org_id = sqlc.arg(org) ORDER BY id LIMIT 20;

-- name: SearchUsers :many
SELECT id FROM users WHERE %filter% ORDER BY id LIMIT 20;

-- name: AdminExport :many
SELECT * FROM users;
`;

describe.each(ENGINES)('query features on engine $name', ({ header }) => {
  const files = {
    'db/schema.sql': fixture('users/schema.sql'),
    'db/seed.sql': fixture('users/seed.sql'),
    'db/query.sql': QUERIES,
  };
  const config = (extra = '', moreQueries = '') =>
    `${header}schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: db/query.sql\n    endpoint: GET /users\n${moreQueries}${extra}`;

  it('gates a named-query file as it is: one query per marker, values from params:, placeholders filled, ignore: skips', async () => {
    const extra = [
      'params:',
      '  GetUserByEmail: ["user7@example.com"]',
      '  "List*": [3]',
      'placeholders:',
      '  "%filter%": "org_id = 5"',
      'ignore: ["Admin*"]',
      '',
    ].join('\n');
    const r = repo(
      { ...files, 'pg-plan-gate.yml': config(extra) },
      // head: a migration drops the email index; the query file itself is unchanged
      { 'db/migrations/0002.sql': 'DROP INDEX users_email_key;\n' },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(report.queries.map((entry) => entry.name).sort()).toEqual(['GetUserByEmail', 'ListOrgUsers', 'SearchUsers']);
    expect(report.ignored).toBe(1);
    const byEmail = query(report, 'GetUserByEmail');
    expect(byEmail).toMatchObject({
      status: 'regressed',
      file: 'db/query.sql',
      line: 4,
      endpoint: 'GET /users',
      planMode: 'params',
      params: ['user7@example.com'],
    });
    expect(rules(byEmail)).toContain('error:seq-scan');
    // The annotation lands on the query's own line of the named-query file.
    expect(report.findings.find((finding) => finding.rule === 'seq-scan')).toMatchObject({ query: 'GetUserByEmail', file: 'db/query.sql', line: 4 });
    expect(query(report, 'ListOrgUsers')).toMatchObject({ status: 'unchanged', planMode: 'params', params: [3] });
    expect(query(report, 'SearchUsers')).toMatchObject({ status: 'unchanged', planMode: 'params', params: [] });
  });

  it('a placeholder without a value is a query-error naming the map; the other queries still run', async () => {
    const r = repo({ ...files, 'pg-plan-gate.yml': config('ignore: ["Admin*"]\n') });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    const search = query(report, 'SearchUsers');
    expect(search.status).toBe('error');
    expect(search.findings).toEqual([
      {
        rule: 'query-error',
        severity: 'warning',
        message: 'fails on base too: the query contains the application placeholder %filter%: give it replacement text in the placeholders: map of the config',
      },
    ]);
    expect(query(report, 'ListOrgUsers')).toMatchObject({ status: 'unchanged', planMode: 'inferred', params: [expect.stringMatching(/^\d+$/)] });
  });

  it('names both places of a duplicate query name', async () => {
    const r = repo({ ...files, 'db/other.sql': '-- name: ListOrgUsers :many\nSELECT 1;\n', 'pg-plan-gate.yml': config('', '  - file: db/other.sql\n') });
    await expect(gate(r.dir, r.shas[0]!, r.shas[0])).rejects.toThrow('pg-plan-gate.yml: two queries are named "ListOrgUsers" on ' + r.shas[0]!.slice(0, 7));
    await expect(gate(r.dir, r.shas[0]!, r.shas[0])).rejects.toThrow(/\(db\/query\.sql:7 and db\/other\.sql:2\); names must be unique$/);
  });

  it('a duplicate name on base is a warning (the pull request may be fixing it), on head an error', async () => {
    const dup = '-- name: A\nSELECT 1;\n\n-- name: A\nSELECT 2;\n';
    const r = repo(
      { ...files, 'db/dup.sql': dup, 'pg-plan-gate.yml': config('ignore: ["Admin*", "Search*"]\n', '  - file: db/dup.sql\n') },
      { 'db/dup.sql': dup.replace('-- name: A\nSELECT 2', '-- name: B\nSELECT 2') },
    );
    const fixed = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(fixed.warnings).toEqual([
      expect.stringMatching(/^two queries are named "A" on \S+ \(db\/dup\.sql:2 and db\/dup\.sql:5\); names must be unique; base keeps the first$/),
    ]);
    expect(query(fixed, 'B').status).toBe('new');
    await expect(gate(r.dir, r.shas[1]!, r.shas[0])).rejects.toThrow(/two queries are named "A"/);
  });

  it('ignoring every query is a warning in the report, not a silent pass', async () => {
    const r = repo({ ...files, 'pg-plan-gate.yml': config('ignore: ["*"]\n') });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.queries).toEqual([]);
    expect(report.ignored).toBe(4);
    expect(report.warnings).toContain('pg-plan-gate.yml: ignore: leaves no queries to explain (4 ignored): nothing is gated');
  });

  it('applies planner: settings to the EXPLAINs and lists them; a bad one names its key', async () => {
    const r = repo({
      ...files,
      'pg-plan-gate.yml': config('params:\n  "*": [3]\nplanner:\n  random_page_cost: 1.1\n  enable_indexscan: false\nignore: ["Admin*", "Search*"]\n'),
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.planner).toMatchObject({ random_page_cost: '1.1', enable_indexscan: 'off', max_parallel_workers_per_gather: '0' });
    expect((query(report, 'ListOrgUsers').head as { shape: string }).shape).not.toMatch(/^\s*Index Scan/m);
    expect(report.findings).toEqual([]);
    const bad = repo({ ...files, 'pg-plan-gate.yml': config('planner:\n  random_page_cst: 1.1\n') });
    await expect(gate(bad.dir, bad.shas[0]!, bad.shas[0])).rejects.toThrow(
      /^pg-plan-gate\.yml: planner\.random_page_cst: unrecognized configuration parameter "random_page_cst"/,
    );
  });

  it('infers values from the built database for a query without any, the same on both sides', async () => {
    // Generically this CASE seq-scans; with real values it folds to one index lookup.
    const lookup = 'SELECT id FROM users WHERE CASE WHEN $1 > 0 THEN id = $1 ELSE email = $2 END\n';
    const r = repo(
      {
        ...files,
        'queries/lookup.sql': lookup,
        'queries/recent.sql': 'SELECT id FROM users WHERE org_id = $1 ORDER BY id LIMIT $2\n',
        'pg-plan-gate.yml': config('ignore: ["Admin*", "Search*"]\n', '  - file: queries/*.sql\n'),
      },
      { 'db/seed.sql': `${fixture('users/seed.sql')}\n-- head: the same rows, built again\n` },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(report.findings).toEqual([]);
    const inferred = query(report, 'queries/lookup');
    expect(inferred.planMode).toBe('inferred');
    expect(inferred.params).toEqual([expect.stringMatching(/^\d+$/), expect.stringMatching(/^user\d+@example\.com$/)]);
    expect((inferred.head as { shape: string }).shape).toContain('users_pkey');
    expect(inferred.head).toEqual(inferred.base);
    expect(query(report, 'queries/recent')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^\d+$/), 20] });
    expect(query(report, 'GetUserByEmail')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/@example\.com$/)] });

    const generic = repo({
      ...files,
      'queries/lookup.sql': lookup,
      'pg-plan-gate.yml': config('plan_mode: generic\nignore: ["Admin*", "Search*"]\n', '  - file: queries/*.sql\n'),
    });
    const genericReport = await gate(generic.dir, generic.shas[0]!, generic.shas[0]);
    expect(query(genericReport, 'queries/lookup')).toMatchObject({ planMode: 'generic', params: [] });
    expect((query(genericReport, 'queries/lookup').head as { shape: string }).shape).toContain('Seq Scan on users');
  });

  it('a column whose values differ between the two builds (now()) gives no inferred value: both sides stay generic', async () => {
    const schema = 'CREATE TABLE events (id int PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp());\nCREATE INDEX events_at ON events (at);\n';
    const seed = 'INSERT INTO events (id) SELECT g FROM generate_series(1, 20000) g;\n';
    const r = repo(
      {
        'db/schema.sql': schema,
        'db/seed.sql': seed,
        'queries/recent.sql': 'SELECT * FROM events WHERE at > $1\n',
        'pg-plan-gate.yml': `${header}schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
      },
      // build: fresh — an incremental head (the default on embedded) is a copy of base's data, with the same values.
      {
        'db/migrations/unrelated.sql': 'CREATE TABLE unrelated (id int);\n',
        'pg-plan-gate.yml': `${header}build: fresh\nschema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
      },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(report.findings).toEqual([]);
    expect(query(report, 'queries/recent')).toMatchObject({ planMode: 'generic', status: 'unchanged' });
  });

  it("a parameter compared with a view's column (a view has no statistics) gets its type's typical value, the same on both sides", async () => {
    const schema =
      'CREATE TABLE users (id int PRIMARY KEY, kind text NOT NULL);\nCREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL, kind int NOT NULL);\n';
    const seed =
      "INSERT INTO users SELECT g, 'guest' FROM generate_series(1, 2000) g;\nINSERT INTO posts SELECT g, g % 2000, g % 7 FROM generate_series(1, 5000) g;\n";
    const r = repo({
      'db/schema.sql': `${schema}CREATE VIEW post_kinds AS SELECT user_id, kind FROM posts;\n`,
      'db/seed.sql': seed,
      'queries/mixed.sql': 'SELECT * FROM users u JOIN post_kinds p ON p.user_id = u.id WHERE p.kind = $1\n',
      'pg-plan-gate.yml': `${header}schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.findings).toEqual([]);
    expect(query(report, 'queries/mixed')).toMatchObject({ status: 'unchanged', planMode: 'inferred', params: ['1'] });
  });

  it('plan_mode: generic plans every query generically, whatever its values', async () => {
    const r = repo({ ...files, 'pg-plan-gate.yml': config('params:\n  "*": [3]\nplan_mode: generic\nignore: ["Admin*", "Search*"]\n') });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(query(report, 'ListOrgUsers')).toMatchObject({ planMode: 'generic', params: [] });
    expect(query(report, 'GetUserByEmail')).toMatchObject({ planMode: 'generic', params: [] });
  });
});
