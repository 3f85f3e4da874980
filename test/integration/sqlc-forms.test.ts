import { describe, expect, it } from 'vitest';
import { gate, query } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

/** sqlc files as real applications write them (issue 27): bindings, skipped statements, inferred values. */
const repo = repoPerTest();

const SCHEMA = `CREATE TABLE t (id bigint PRIMARY KEY, s text NOT NULL, a int NOT NULL);
CREATE INDEX t_s ON t (s);
`;
const SEED = `INSERT INTO t SELECT g, 'q' || (g % 500), g % 97 FROM generate_series(1, 20000) g;\n`;

describe.each(['embedded', 'server'])('sqlc forms on engine %s', (engine) => {
  it('mixed @name and sqlc.arg() bind in sqlc order; DDL above the first marker, ANALYZE and a schema file matched by the query glob are skipped', async () => {
    const queries = `CREATE TABLE IF NOT EXISTS leader (elected_at timestamptz NOT NULL, name text PRIMARY KEY DEFAULT 'default' CHECK (name = 'default'));

-- name: Mixed :many
-- params: ["q1", 7]
SELECT * FROM t WHERE s = @s AND a = sqlc.arg('a');

-- name: AnalyzeT :exec
ANALYZE t;
`;
    const config = `engine: ${engine}\nschema: db/schema/*.sql\nseed: db/seed.sql\nqueries:\n  - file: db/**/*.sql\n`;
    const r = repo({ 'pg-plan-gate.yml': config, 'db/schema/001.sql': SCHEMA, 'db/seed.sql': SEED, 'db/query/t.sql': queries });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.findings).toEqual([]);
    expect(query(report, 'Mixed')).toMatchObject({ status: 'unchanged', planMode: 'params', params: ['q1', 7] });
    expect(report.queries.map((entry) => entry.name)).toEqual(['Mixed']);
    expect(report.skipped).toEqual([
      { name: 'db/query/t', file: 'db/query/t.sql', line: 1, reason: 'CREATE TABLE: schema above the first -- name: marker, not a query' },
      { name: 'AnalyzeT', file: 'db/query/t.sql', line: 8, reason: 'ANALYZE: not a query EXPLAIN takes' },
      { name: 'db/schema/001', file: 'db/schema/001.sql', line: 1, reason: 'a schema or seed file that a queries: glob also matched' },
      { name: 'db/seed', file: 'db/seed.sql', line: 1, reason: 'a schema or seed file that a queries: glob also matched' },
    ]);
  });

  it('infers values for LIMIT @n::int, = ANY(@ids), optional filters, COALESCE defaults and SET targets; a bare text argument takes a fixed string', async () => {
    const queries = `-- name: Page :many
SELECT * FROM t WHERE s = @s ORDER BY id LIMIT @n::int;

-- name: ByIds :many
SELECT * FROM t WHERE id = ANY(@ids::bigint[]);

-- name: Optional :many
SELECT * FROM t WHERE (sqlc.narg('a')::int IS NULL OR a = sqlc.narg('a')) ORDER BY id LIMIT COALESCE(sqlc.narg('lim')::integer, 100);

-- name: SetOnly :exec
UPDATE t SET s = @s WHERE id = @id;

-- name: Word :one
SELECT length(@word::text);
`;
    const config = `engine: ${engine}\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: db/query.sql\n`;
    const r = repo({ 'pg-plan-gate.yml': config, 'db/schema.sql': SCHEMA, 'db/seed.sql': SEED, 'db/query.sql': queries });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.findings).toEqual([]);
    expect(query(report, 'Page')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^q\d+$/), 20] });
    expect(query(report, 'ByIds')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^\{"\d+","\d+","\d+"\}$/)] });
    expect(query(report, 'Optional')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^\d+$/), 100] });
    expect(query(report, 'SetOnly')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^q\d+$/), expect.stringMatching(/^\d+$/)] });
    expect(query(report, 'Word')).toMatchObject({ planMode: 'inferred', params: ['a'] });
  });

  it("takes a typical value of the parameter's type (as PostgreSQL prepares it) for function arguments, of the column's type for empty columns; says why where there is none", async () => {
    const schema = `${SCHEMA}CREATE TYPE state AS ENUM ('queued', 'running');
CREATE DOMAIN day AS date;
CREATE TABLE step (id uuid PRIMARY KEY, state state NOT NULL);
CREATE FUNCTION steps_since(since day, wanted state) RETURNS SETOF step LANGUAGE sql STABLE AS $$ SELECT * FROM step WHERE state = wanted $$;
`;
    const queries = `-- name: Since :many
SELECT * FROM steps_since(@since, @wanted) LIMIT @n::int;

-- name: EmptySteps :many
SELECT * FROM step WHERE id = ANY(@ids::uuid[]);

-- name: AddSteps :exec
INSERT INTO step (id, state) SELECT unnest(@ids::uuid[]), unnest(CAST(@states::text[] AS state[]));

-- name: Near :one
SELECT count(*) FROM t WHERE a = @a AND point(a, a) <-> @p::point < 10;
`;
    const config = `engine: ${engine}\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: db/query.sql\n`;
    const r = repo({ 'pg-plan-gate.yml': config, 'db/schema.sql': schema, 'db/seed.sql': SEED, 'db/query.sql': queries });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.findings).toEqual([]);
    // steps_since(day, state): the domain's base type's fixed day, the enum's first label.
    expect(query(report, 'Since')).toMatchObject({ planMode: 'inferred', params: ['2026-01-01', 'queued', 20] });
    expect(query(report, 'EmptySteps')).toMatchObject({ planMode: 'inferred', params: ['{"00000000-0000-4000-8000-000000000001"}'] });
    // An empty enum column: the column's type (a text[] parameter cast to state[] gets the enum's label).
    expect(query(report, 'AddSteps')).toMatchObject({ planMode: 'inferred', params: ['{"00000000-0000-4000-8000-000000000001"}', '{"queued"}'] });
    expect(query(report, 'Near')).toMatchObject({
      planMode: 'generic',
      genericReason: 'p ($2): compared with no column, and of a type with no typical value (or one PostgreSQL cannot tell)',
    });
  });
});
