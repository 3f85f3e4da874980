import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPostgresSql, toPostgresSqlNamed } from '../../../src/explain/placeholders.ts';
import { toExplainRequest } from '../../../src/explain/prepare.ts';
import { fromQueryFile } from '../../../src/explain/queries.ts';
import { SQLC_AUTHORS } from '../../helpers/queries.ts';

beforeAll(() => loadModule());

describe('sqlc parameters are numbered as sqlc numbers them (issue 27, item 1)', () => {
  it('@name and sqlc.arg() mixed: in the order they appear, not sqlc.arg() first', () => {
    expect(toPostgresSql("SELECT * FROM t WHERE s = @s AND a = sqlc.arg('a')", 'sqlc', {})).toBe('SELECT * FROM t WHERE s = $1 AND a = $2');
    expect(toPostgresSql('SELECT * FROM t WHERE a = sqlc.narg(a) AND s = @s::text AND a2 = sqlc.arg(a)', 'sqlc', {})).toBe(
      'SELECT * FROM t WHERE a = $1 AND s = $2::text AND a2 = $1',
    );
  });

  it("sqlc's tree order: WITH after the statement, OFFSET before LIMIT, UPDATE's WHERE before FROM", () => {
    expect(toPostgresSql('WITH c AS (SELECT id FROM t WHERE a = @a) SELECT * FROM c WHERE b = @b', 'sqlc', {})).toBe(
      'WITH c AS (SELECT id FROM t WHERE a = $2) SELECT * FROM c WHERE b = $1',
    );
    expect(toPostgresSql('SELECT * FROM t ORDER BY id LIMIT @lim OFFSET @off', 'sqlc', {})).toBe('SELECT * FROM t ORDER BY id LIMIT $2 OFFSET $1');
    expect(toPostgresSql('UPDATE t SET a = @a FROM u WHERE u.id = t.u AND u.k = @k', 'sqlc', {})).toBe(
      'UPDATE t SET a = $1 FROM u WHERE u.id = t.u AND u.k = $2',
    );
  });

  it('a $n written in the query keeps its number; named ones take the lowest free number', () => {
    expect(toPostgresSql('SELECT $1, @version::text, $3, $4', 'sqlc', {})).toBe('SELECT $1, $2::text, $3, $4');
  });

  it('names each $n after its sqlc parameter; strings and comments keep their @ and sqlc.arg', () => {
    const { sql, names } = toPostgresSqlNamed("SELECT '@x sqlc.arg(y)' /* @z */ FROM t WHERE id = ANY(sqlc.slice('ids')) AND k = @k", 'sqlc', {});
    expect(sql).toBe("SELECT '@x sqlc.arg(y)' /* @z */ FROM t WHERE id = ANY($1) AND k = $2");
    expect([...names]).toEqual([
      [1, 'ids'],
      [2, 'k'],
    ]);
  });
});

describe('named-query files', () => {
  it("rewrites sqlc's @name and sqlc.arg(name) to $n, the same name the same number", () => {
    const [, , update] = fromQueryFile('db/query.sql', SQLC_AUTHORS, {});
    expect(toPostgresSql(update!.sql, 'sqlc', {})).toBe('UPDATE authors SET bio = $1 WHERE id = $2 AND bio <> $1;');
    const request = toExplainRequest(update!);
    expect(request).toMatchObject({ paramCount: 2, params: ['a bio', 7], planMode: 'params' });
    // jsonb's @> and text search's @@ are operators, not parameters
    expect(toPostgresSql("SELECT 1 FROM t WHERE doc @> '{}' AND v @@ q AND id = @id", 'sqlc', {})).toBe(
      "SELECT 1 FROM t WHERE doc @> '{}' AND v @@ q AND id = $1",
    );
  });
});
