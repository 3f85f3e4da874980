import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../../src/engine/build/script.ts';
import { leftoverPlaceholders, toPostgresSql } from '../../../src/explain/placeholders.ts';
import { toExplainRequest } from '../../../src/explain/prepare.ts';
import { fromQueryFile, withConfiguredParams, type QueryDef } from '../../../src/explain/queries.ts';
import { splitQueryFile } from '../../../src/explain/query-file.ts';
import { paramTargets } from '../../../src/explain/infer-params.ts';

beforeAll(loadParser);

const SQLC = `-- Queries for the authors service.
-- endpoint: GET /authors

-- name: GetAuthor :one
SELECT * FROM authors
WHERE id = $1 LIMIT 1;

-- name: ListAuthors :many
-- endpoint: GET /authors/all
SELECT * FROM authors
ORDER BY name;

-- name: UpdateAuthorBio :exec
-- params: ["a bio", 7]
UPDATE authors SET bio = sqlc.arg(bio) WHERE id = @id AND bio <> sqlc.arg(bio);
`;

describe('named-query files', () => {
  it('holds one query per -- name: marker, with its own header, a file-level header, and lines of the original file', () => {
    const defs = fromQueryFile('db/query.sql', SQLC, {});
    expect(defs.map((def) => [def.name, def.endpoint, def.line, def.dialect])).toEqual([
      ['GetAuthor', 'GET /authors', 5, 'sqlc'],
      ['ListAuthors', 'GET /authors/all', 10, 'sqlc'],
      ['UpdateAuthorBio', 'GET /authors', 15, 'sqlc'],
    ]);
    expect(defs[0]!.sql).toBe('SELECT * FROM authors\nWHERE id = $1 LIMIT 1;');
    expect(defs[2]!.params).toEqual(['a bio', 7]);
    expect(defs[0]!.params).toBeUndefined();
  });

  it("rewrites sqlc's @name and sqlc.arg(name) to $n, the same name the same number", () => {
    const [, , update] = fromQueryFile('db/query.sql', SQLC, {});
    expect(toPostgresSql(update!.sql, 'sqlc', {})).toBe('UPDATE authors SET bio = $1 WHERE id = $2 AND bio <> $1;');
    const request = toExplainRequest(update!);
    expect(request).toMatchObject({ paramCount: 2, params: ['a bio', 7], planMode: 'params' });
    // jsonb's @> and text search's @@ are operators, not parameters
    expect(toPostgresSql("SELECT 1 FROM t WHERE doc @> '{}' AND v @@ q AND id = @id", 'sqlc', {})).toBe("SELECT 1 FROM t WHERE doc @> '{}' AND v @@ q AND id = $1");
  });

  it("rewrites yesql/aiosql/HugSQL :name parameters, leaving casts, strings and comments alone", () => {
    const file = [
      '-- name: get-user-by-email^',
      "SELECT id, 'a:b' AS x, created_at::date FROM users WHERE email = :email -- not :this",
      '  AND org = :org AND alt = :email;',
      '',
      '-- :name count-users :? :1',
      'SELECT count(*) FROM users WHERE org = :org',
      '',
    ].join('\n');
    const defs = fromQueryFile('sql/users.sql', file, {});
    expect(defs.map((def) => [def.name, def.line, def.dialect])).toEqual([
      ['get-user-by-email', 2, 'colon'],
      ['count-users', 6, 'colon'],
    ]);
    expect(toPostgresSql(defs[0]!.sql, 'colon', {})).toBe(
      "SELECT id, 'a:b' AS x, created_at::date FROM users WHERE email = $1 -- not :this\n  AND org = $2 AND alt = $1;",
    );
  });

  it('keeps the one-query file as it was: leading comments are its header, -- name: names it', () => {
    const defs = fromQueryFile('queries/login.sql', '-- endpoint: POST /login\n-- name: login\n-- params: ["a@b.c"]\nSELECT id FROM users WHERE email = $1\n', {});
    expect(defs).toEqual([{ name: 'login', endpoint: 'POST /login', file: 'queries/login.sql', line: 4, sql: 'SELECT id FROM users WHERE email = $1', params: ['a@b.c'] }]);
    expect(fromQueryFile('queries/plain.sql', 'SELECT 1\n', { endpoint: 'GET /x' })).toEqual([
      { name: 'queries/plain', endpoint: 'GET /x', file: 'queries/plain.sql', line: 1, sql: 'SELECT 1' },
    ]);
  });

  it('names the line of a bad -- params: header in its block', () => {
    const blocks = splitQueryFile('q.sql', '-- name: a\nSELECT 1;\n\n-- name: b\n-- params: [1,\nSELECT $1;\n');
    expect(blocks[1]!.definitionError).toMatch(/^q\.sql:5: -- params: /);
    expect(blocks[0]!.definitionError).toBeUndefined();
  });
});

describe('placeholders', () => {
  it('replaces application placeholders before parsing, longest first', () => {
    expect(toPostgresSql('SELECT * FROM t WHERE %query_full% AND %query%', 'plain', { '%query%': 'true', '%query_full%': 'id > 0' })).toBe(
      'SELECT * FROM t WHERE id > 0 AND true',
    );
  });

  it('a leftover placeholder is a query-error that names the placeholders map', () => {
    const def: QueryDef = { name: 'search', endpoint: null, file: 'q.sql', line: 3, sql: "SELECT * FROM t WHERE name LIKE '%x%' AND {{where}}" };
    expect(toExplainRequest(def)).toEqual({ error: 'the query contains the application placeholder {{where}}: give it replacement text in the placeholders: map of the config' });
    expect(toExplainRequest(def, { '{{where}}': 'id = $1' })).toMatchObject({ sql: "SELECT * FROM t WHERE name LIKE '%x%' AND id = $1", generic: true });
    // Inside a string, it is data.
    expect(leftoverPlaceholders("SELECT '%query%', '{{x}}' FROM t WHERE a = %s")).toEqual(['%s']);
  });
});

describe('params and plan modes', () => {
  const def = (name: string, extra: Partial<QueryDef> = {}): QueryDef => ({ name, endpoint: null, file: null, line: 1, sql: 'SELECT * FROM t WHERE id = $1', ...extra });

  it("the params: map gives values by exact name, else the last matching glob; the query's own values win", () => {
    const map = { 'users/*': [1], 'users/by-*': [2], 'users/by-id': [3] };
    expect(withConfiguredParams(def('users/by-id'), map).params).toEqual([3]);
    expect(withConfiguredParams(def('users/by-org'), map).params).toEqual([2]);
    expect(withConfiguredParams(def('users/list'), map).params).toEqual([1]);
    expect(withConfiguredParams(def('orders/list'), map).params).toBeUndefined();
    expect(withConfiguredParams(def('users/by-id', { params: [9] }), map).params).toEqual([9]);
  });

  it('plans with values, generically without them, and generically when plan_mode says so', () => {
    expect(toExplainRequest(def('a', { params: [5] }))).toMatchObject({ params: [5], generic: false, planMode: 'params' });
    expect(toExplainRequest(def('b'))).toMatchObject({ generic: true, planMode: 'generic' });
    expect(toExplainRequest(def('c', { params: [5], planMode: 'generic' }))).toMatchObject({ generic: true, planMode: 'generic' });
    expect(toExplainRequest({ ...def('d'), sql: 'SELECT 1' })).toMatchObject({ generic: false, planMode: 'params' });
  });
});

describe('inferred parameters: what each $n is compared with', () => {
  const targets = (sql: string) => {
    const found = paramTargets(sql);
    return found && Object.fromEntries([...found].map(([number, target]) => [number, target.kind === 'column' ? { ...target.probe, array: target.array } : target.kind]));
  };

  it('finds columns through aliases, functions, casts, IN, ANY and BETWEEN, and LIMIT/OFFSET', () => {
    expect(
      targets(
        'SELECT a.id FROM app.users a JOIN orgs o ON o.id = a.org WHERE lower(a.email) = lower($1) AND o.id IN ($2, $3) AND a.id = ANY($4::bigint[]) AND $5 < a.created AND a.score BETWEEN $6 AND $7 LIMIT $8 OFFSET $9',
      ),
    ).toEqual({
      1: { relations: [{ schema: 'app', name: 'users' }], column: 'email', position: 'middle', array: false },
      2: { relations: [{ name: 'orgs' }], column: 'id', position: 'middle', array: false },
      3: { relations: [{ name: 'orgs' }], column: 'id', position: 'middle', array: false },
      4: { relations: [{ schema: 'app', name: 'users' }], column: 'id', position: 'middle', array: true },
      5: { relations: [{ schema: 'app', name: 'users' }], column: 'created', position: 'middle', array: false },
      6: { relations: [{ schema: 'app', name: 'users' }], column: 'score', position: 'low', array: false },
      7: { relations: [{ schema: 'app', name: 'users' }], column: 'score', position: 'high', array: false },
      8: 'limit',
      9: 'offset',
    });
  });

  it('an unqualified column may belong to any relation of the query; INSERT values map to their columns', () => {
    expect(targets('SELECT * FROM users u JOIN orgs USING (org_id) WHERE CASE WHEN $1 > 0 THEN id = $1 ELSE uuid = $2 END')).toEqual({
      1: { relations: [{ name: 'users' }, { name: 'orgs' }], column: 'id', position: 'middle', array: false },
      2: { relations: [{ name: 'users' }, { name: 'orgs' }], column: 'uuid', position: 'middle', array: false },
    });
    expect(targets('INSERT INTO entries (account_id, amount) VALUES ($1, $2) RETURNING *')).toEqual({
      1: { relations: [{ name: 'entries' }], column: 'account_id', position: 'middle', array: false },
      2: { relations: [{ name: 'entries' }], column: 'amount', position: 'middle', array: false },
    });
  });

  it('gives up when a parameter is compared with no column', () => {
    expect(targets('SELECT $1::int + 1')).toBeNull();
    expect(targets('SELECT * FROM users WHERE id = $1 AND name LIKE $2')).toBeNull();
  });
});

describe('named-query edge cases found in review', () => {
  it('a "-- name:" comment inside a query is not a marker', () => {
    const defs = fromQueryFile('queries/user.sql', 'SELECT id,\n  -- name: display name, may be null\n  name FROM users WHERE id = $1\n', {});
    expect(defs).toHaveLength(1);
    expect(defs[0]!.name).toBe('queries/user');
  });

  it('quoted sqlc.arg names, sqlc.embed, HugSQL typed parameters and E-strings', () => {
    expect(toPostgresSql("SELECT sqlc.embed(a) FROM a WHERE email = sqlc.arg('email') AND id = ANY(sqlc.slice('ids'))", 'sqlc', {})).toBe(
      'SELECT a.* FROM a WHERE email = $1 AND id = ANY($2)',
    );
    expect(toPostgresSql('SELECT * FROM t WHERE id IN (:v*:ids) AND org = :v:org AND a = :ids', 'colon', {})).toBe('SELECT * FROM t WHERE id IN ($1) AND org = $2 AND a = $1');
    expect(toPostgresSql("SELECT E'it\\'s :x', :y", 'colon', {})).toBe("SELECT E'it\\'s :x', $1");
  });

  it('a single yesql query with :name parameters is recognised by parsing', () => {
    const [def] = fromQueryFile('sql/get-user.sql', '-- name: get-user\nSELECT * FROM users WHERE id = :id\n', {});
    expect(toExplainRequest(def!)).toMatchObject({ sql: 'SELECT * FROM users WHERE id = $1', paramCount: 1 });
  });

  it('an unqualified column belongs to the innermost query level first; only value-preserving functions are looked through', () => {
    const found = paramTargets('SELECT * FROM users WHERE id IN (SELECT user_id FROM posts WHERE kind = $1) AND lower(email) = $2');
    expect(found?.get(1)).toMatchObject({ probe: { relations: [{ name: 'posts' }, { name: 'users' }], column: 'kind' } });
    expect(found?.get(2)).toMatchObject({ probe: { relations: [{ name: 'users' }], column: 'email' } });
    expect(paramTargets('SELECT * FROM users WHERE char_length(kind) > $1')).toBeNull();
  });
});
