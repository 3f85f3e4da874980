import { describe, expect, it } from 'vitest';
import { fromQueryFile } from '../../../src/explain/queries.ts';
import { splitQueryFile } from '../../../src/explain/query-file.ts';
import { SQLC_AUTHORS } from '../../helpers/queries.ts';

describe('named-query files', () => {
  it('holds one query per -- name: marker, with its own header, a file-level header, and lines of the original file', () => {
    const defs = fromQueryFile('db/query.sql', SQLC_AUTHORS, {});
    expect(defs.map((def) => [def.name, def.endpoint, def.line, def.dialect])).toEqual([
      ['GetAuthor', 'GET /authors', 5, 'sqlc'],
      ['ListAuthors', 'GET /authors/all', 10, 'sqlc'],
      ['UpdateAuthorBio', 'GET /authors', 15, 'sqlc'],
    ]);
    expect(defs[0]!.sql).toBe('SELECT * FROM authors\nWHERE id = $1 LIMIT 1;');
    expect(defs[2]!.params).toEqual(['a bio', 7]);
    expect(defs[0]!.params).toBeUndefined();
  });

  it('keeps the one-query file as it was: leading comments are its header, -- name: names it', () => {
    const defs = fromQueryFile(
      'queries/login.sql',
      '-- endpoint: POST /login\n-- name: login\n-- params: ["a@b.c"]\nSELECT id FROM users WHERE email = $1\n',
      {},
    );
    expect(defs).toEqual([
      { name: 'login', endpoint: 'POST /login', file: 'queries/login.sql', line: 4, sql: 'SELECT id FROM users WHERE email = $1', params: ['a@b.c'] },
    ]);
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

describe('named-query edge cases found in review', () => {
  it('a "-- name:" comment inside a query is not a marker', () => {
    const defs = fromQueryFile('queries/user.sql', 'SELECT id,\n  -- name: display name, may be null\n  name FROM users WHERE id = $1\n', {});
    expect(defs).toHaveLength(1);
    expect(defs[0]!.name).toBe('queries/user');
  });
});
