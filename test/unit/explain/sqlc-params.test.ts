import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPostgresSql, toPostgresSqlNamed } from '../../../src/explain/placeholders.ts';
import { toExplainRequest } from '../../../src/explain/prepare.ts';
import { fromQueryFile, withoutStatements } from '../../../src/explain/queries.ts';
import { unexplainableKinds } from '../../../src/explain/statement-kind.ts';
import { paramAnalysis } from '../../../src/explain/param-targets.ts';
import { SQLC_AUTHORS } from '../../helpers/queries.ts';

beforeAll(() => loadModule());

describe('sqlc parameters are numbered as sqlc numbers them (issue 27, item 1)', () => {
  it('@name and sqlc.arg() mixed: in the order they appear, not sqlc.arg() first', () => {
    expect(toPostgresSql("SELECT * FROM t WHERE s = @s AND a = sqlc.arg('a')", 'sqlc', {})).toBe('SELECT * FROM t WHERE s = $1 AND a = $2');
    expect(toPostgresSql('SELECT * FROM t WHERE a = sqlc.narg(a) AND s = @s::text AND a2 = sqlc.arg(a)', 'sqlc', {})).toBe('SELECT * FROM t WHERE a = $1 AND s = $2::text AND a2 = $1');
  });

  it("sqlc's tree order: WITH after the statement, OFFSET before LIMIT, UPDATE's WHERE before FROM", () => {
    expect(toPostgresSql('WITH c AS (SELECT id FROM t WHERE a = @a) SELECT * FROM c WHERE b = @b', 'sqlc', {})).toBe('WITH c AS (SELECT id FROM t WHERE a = $2) SELECT * FROM c WHERE b = $1');
    expect(toPostgresSql('SELECT * FROM t ORDER BY id LIMIT @lim OFFSET @off', 'sqlc', {})).toBe('SELECT * FROM t ORDER BY id LIMIT $2 OFFSET $1');
    expect(toPostgresSql('UPDATE t SET a = @a FROM u WHERE u.id = t.u AND u.k = @k', 'sqlc', {})).toBe('UPDATE t SET a = $1 FROM u WHERE u.id = t.u AND u.k = $2');
  });

  it('a $n written in the query keeps its number; named ones take the lowest free number', () => {
    expect(toPostgresSql('SELECT $1, @version::text, $3, $4', 'sqlc', {})).toBe('SELECT $1, $2::text, $3, $4');
  });

  it('names each $n after its sqlc parameter; strings and comments keep their @ and sqlc.arg', () => {
    const { sql, names } = toPostgresSqlNamed("SELECT '@x sqlc.arg(y)' /* @z */ FROM t WHERE id = ANY(sqlc.slice('ids')) AND k = @k", 'sqlc', {});
    expect(sql).toBe("SELECT '@x sqlc.arg(y)' /* @z */ FROM t WHERE id = ANY($1) AND k = $2");
    expect([...names]).toEqual([[1, 'ids'], [2, 'k']]);
  });
});

describe('statements EXPLAIN cannot take are skipped, not query-errors (issue 27, item 2)', () => {
  it('classifies by the parser', () => {
    expect(unexplainableKinds('ANALYZE v1_task')).toEqual(['ANALYZE']);
    expect(unexplainableKinds('VACUUM t; SET x = 1; LOCK t; NOTIFY c; REFRESH MATERIALIZED VIEW m')).toEqual(['VACUUM', 'SET', 'LOCK', 'NOTIFY', 'REFRESH MATERIALIZED VIEW']);
    expect(unexplainableKinds('CREATE TABLE t2 (LIKE t INCLUDING ALL)')).toEqual(['CREATE TABLE']);
    expect(unexplainableKinds('SELECT 1')).toBeNull();
    expect(unexplainableKinds('CREATE TABLE t (a int); SELECT 1')).toBeNull();
    expect(unexplainableKinds('SELEC 1')).toBeNull();
  });

  const FILE = `CREATE UNLOGGED TABLE river_leader(
  elected_at timestamptz NOT NULL,
  name text PRIMARY KEY DEFAULT 'default' CHECK (name = 'default')
);

-- name: LeaderGet :one
SELECT * FROM river_leader WHERE name = @name;

-- name: AnalyzeV1Task :exec
ANALYZE v1_task;

-- name: LockLeader :exec
LOCK TABLE river_leader IN EXCLUSIVE MODE;
`;

  it('sqlc DDL above the first marker and named utility statements are listed with their kind and line', () => {
    const defs = fromQueryFile('db/river_leader.sql', FILE, {});
    const { queries, skipped } = withoutStatements(defs, {}, 'head', {});
    expect(queries.map((def) => def.name)).toEqual(['LeaderGet']);
    expect(skipped).toEqual([
      { name: 'db/river_leader', file: 'db/river_leader.sql', line: 1, reason: 'CREATE TABLE: schema above the first -- name: marker, not a query' },
      { name: 'AnalyzeV1Task', file: 'db/river_leader.sql', line: 10, reason: 'ANALYZE: not a query EXPLAIN takes' },
      { name: 'LockLeader', file: 'db/river_leader.sql', line: 13, reason: 'LOCK: not a query EXPLAIN takes' },
    ]);
  });

  it('a query file that is also a schema file is skipped whole, with one info line', () => {
    const defs = fromQueryFile('db/tables.sql', 'CREATE TABLE tmp_slot (LIKE slot INCLUDING ALL);\n', {});
    const info: string[] = [];
    const { queries, skipped } = withoutStatements(defs, {}, 'head', { schemaFiles: ['db/tables.sql'], info: (line) => info.push(line) });
    expect(queries).toEqual([]);
    expect(skipped).toEqual([{ name: 'db/tables', file: 'db/tables.sql', line: 1, reason: 'a schema or seed file that a queries: glob also matched' }]);
    expect(info).toHaveLength(1);
  });
});

describe('values for common sqlc forms (issue 27, item 3)', () => {
  const targets = (sql: string) => {
    const analysis = paramAnalysis(toPostgresSql(sql, 'sqlc', {}));
    if (!analysis) return null;
    const shown = Object.fromEntries(
      [...analysis.targets].map(([number, target]) => [
        number,
        target.kind === 'column' ? `${target.probe.relations.map((relation) => relation.name).join('|')}.${target.probe.column}${target.array ? '[]' : ''}` : target.kind === 'value' ? { value: target.value } : target.kind,
      ]),
    );
    return { ...shown, ...(analysis.unmatched.length && { unmatched: analysis.unmatched }) };
  };

  it('LIMIT through a cast and through COALESCE (its default is the value)', () => {
    expect(targets('SELECT * FROM t WHERE a = @a LIMIT @n::int')).toEqual({ 1: 't.a', 2: 'limit' });
    expect(targets("SELECT * FROM t LIMIT COALESCE(sqlc.narg('lim')::integer, 100)")).toEqual({ 1: { value: 100 } });
  });

  it('a parameter only in SET col = @v takes the column; COALESCE(@v, col) too', () => {
    expect(targets("UPDATE t SET s = @s, a = COALESCE(sqlc.narg('a'), a) WHERE id = @id")).toEqual({ 1: 't.s', 2: 't.a', 3: 't.id' });
  });

  it('coalesce(@now, now()) is NULL: the default applies', () => {
    expect(targets("SELECT * FROM t WHERE created < coalesce(sqlc.narg('now')::timestamptz, now())")).toEqual({ 1: { value: null } });
  });

  it('= ANY(@ids::uuid[]) is an array of the column; so are unnest()ed arrays joined through a CTE or compared as rows', () => {
    expect(targets('SELECT * FROM t WHERE id = ANY(@ids::uuid[])')).toEqual({ 1: 't.id[]' });
    expect(
      targets(`WITH input AS (SELECT unnest(@ids::bigint[]) AS id, unnest(@ats::timestamptz[]) AS at)
        SELECT t.* FROM task t JOIN input i ON (t.id, t.inserted_at) = (i.id, i.at)`),
    ).toEqual({ 1: 'task.id[]', 2: 'task.inserted_at[]' });
    expect(targets('SELECT * FROM task WHERE (id, inserted_at) IN (SELECT unnest(@ids::bigint[]), unnest(@ats::timestamptz[]))')).toEqual({ 1: 'task.id[]', 2: 'task.inserted_at[]' });
    expect(targets('INSERT INTO task (id, note) SELECT unnest(@ids::bigint[]), @note::text')).toEqual({ 1: 'task.id[]', 2: 'task.note' });
  });

  it('an optional filter takes the column it filters; a parameter only tested IS NULL is NULL', () => {
    expect(targets('SELECT * FROM t WHERE (@x::text IS NULL OR s = @x)')).toEqual({ 1: 't.s' });
    expect(targets('SELECT * FROM t WHERE @x::text IS NULL')).toEqual({ 1: { value: null } });
  });

  it('INSERT ... SELECT through coalesce() and nullif() writes the column; an unnest()ed default is an array of one', () => {
    expect(
      targets(`WITH raw AS (SELECT unnest(@attempt::smallint[]) AS attempt, unnest(@key::text[]) AS key)
        INSERT INTO job (attempt, key) SELECT coalesce(attempt, 0), nullif(key, '')::bytea FROM raw`),
    ).toEqual({ 1: 'job.attempt[]', 2: 'job.key[]' });
    expect(targets('WITH raw AS (SELECT unnest(@attempt::smallint[]) AS attempt) SELECT coalesce(attempt, 0) FROM raw')).toEqual({ 1: { value: '{"0"}' } });
  });

  it('a boolean switch is on; a function argument stays unmatched', () => {
    expect(targets('SELECT CASE WHEN @full::boolean THEN s END FROM t WHERE id = @id')).toEqual({ 1: { value: true }, 2: 't.id' });
    expect(targets("SELECT create_partition('t', @date::date)")).toEqual({ unmatched: [1] });
  });
});

describe('named-query files', () => {
  it("rewrites sqlc's @name and sqlc.arg(name) to $n, the same name the same number", () => {
    const [, , update] = fromQueryFile('db/query.sql', SQLC_AUTHORS, {});
    expect(toPostgresSql(update!.sql, 'sqlc', {})).toBe('UPDATE authors SET bio = $1 WHERE id = $2 AND bio <> $1;');
    const request = toExplainRequest(update!);
    expect(request).toMatchObject({ paramCount: 2, params: ['a bio', 7], planMode: 'params' });
    // jsonb's @> and text search's @@ are operators, not parameters
    expect(toPostgresSql("SELECT 1 FROM t WHERE doc @> '{}' AND v @@ q AND id = @id", 'sqlc', {})).toBe("SELECT 1 FROM t WHERE doc @> '{}' AND v @@ q AND id = $1");
  });
});
