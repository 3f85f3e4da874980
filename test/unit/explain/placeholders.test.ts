import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPostgresSql } from '../../../src/explain/placeholders.ts';
import { fromQueryFile } from '../../../src/explain/queries.ts';

beforeAll(() => loadModule());

describe('placeholders', () => {
  it('replaces application placeholders before parsing, longest first', () => {
    expect(toPostgresSql('SELECT * FROM t WHERE %query_full% AND %query%', 'plain', { '%query%': 'true', '%query_full%': 'id > 0' })).toBe(
      'SELECT * FROM t WHERE id > 0 AND true',
    );
  });
});

describe('named-query files', () => {
  it('rewrites yesql/aiosql/HugSQL :name parameters, leaving casts, strings and comments alone', () => {
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
});

describe('named-query edge cases found in review', () => {
  it('quoted sqlc.arg names, sqlc.embed, HugSQL typed parameters and E-strings', () => {
    expect(toPostgresSql("SELECT sqlc.embed(a) FROM a WHERE email = sqlc.arg('email') AND id = ANY(sqlc.slice('ids'))", 'sqlc', {})).toBe(
      'SELECT a.* FROM a WHERE email = $1 AND id = ANY($2)',
    );
    expect(toPostgresSql('SELECT * FROM t WHERE id IN (:v*:ids) AND org = :v:org AND a = :ids', 'colon', {})).toBe(
      'SELECT * FROM t WHERE id IN ($1) AND org = $2 AND a = $1',
    );
    expect(toPostgresSql("SELECT E'it\\'s :x', :y", 'colon', {})).toBe("SELECT E'it\\'s :x', $1");
  });
});
