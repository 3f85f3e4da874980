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
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]!);
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

  it('infers values for LIMIT @n::int, = ANY(@ids), optional filters, COALESCE defaults and SET targets; says why a query stays generic', async () => {
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
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]!);
    expect(report.findings).toEqual([]);
    expect(query(report, 'Page')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^q\d+$/), 20] });
    expect(query(report, 'ByIds')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^\{"\d+","\d+","\d+"\}$/)] });
    expect(query(report, 'Optional')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^\d+$/), 100] });
    expect(query(report, 'SetOnly')).toMatchObject({ planMode: 'inferred', params: [expect.stringMatching(/^q\d+$/), expect.stringMatching(/^\d+$/)] });
    expect(query(report, 'Word')).toMatchObject({ planMode: 'generic', genericReason: 'word ($1): compared with no column' });
  });
});
