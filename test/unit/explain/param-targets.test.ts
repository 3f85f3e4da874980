import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { paramTargets } from '../../../src/explain/param-targets.ts';

beforeAll(() => loadModule());

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
  it('an unqualified column belongs to the innermost query level first; only value-preserving functions are looked through', () => {
    const found = paramTargets('SELECT * FROM users WHERE id IN (SELECT user_id FROM posts WHERE kind = $1) AND lower(email) = $2');
    expect(found?.get(1)).toMatchObject({ probe: { relations: [{ name: 'posts' }, { name: 'users' }], column: 'kind' } });
    expect(found?.get(2)).toMatchObject({ probe: { relations: [{ name: 'users' }], column: 'email' } });
    expect(paramTargets('SELECT * FROM users WHERE char_length(kind) > $1')).toBeNull();
  });
});
