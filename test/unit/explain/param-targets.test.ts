import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { paramAnalysis, paramTargets } from '../../../src/explain/param-targets.ts';
import { toPostgresSql } from '../../../src/explain/placeholders.ts';

beforeAll(() => loadModule());

describe('inferred parameters: what each $n is compared with', () => {
  const targets = (sql: string) => {
    const found = paramTargets(sql);
    return (
      found &&
      Object.fromEntries([...found].map(([number, target]) => [number, target.kind === 'column' ? { ...target.probe, array: target.array } : target.kind]))
    );
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

describe('values for common sqlc forms (issue 27, item 3)', () => {
  const targets = (sql: string) => {
    const analysis = paramAnalysis(toPostgresSql(sql, 'sqlc', {}));
    if (!analysis) return null;
    const shown = Object.fromEntries(
      [...analysis.targets].map(([number, target]) => [
        number,
        target.kind === 'column'
          ? `${target.probe.relations.map((relation) => relation.name).join('|')}.${target.probe.column}${target.array ? '[]' : ''}`
          : target.kind === 'value'
            ? { value: target.value }
            : target.kind,
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
    expect(targets('SELECT * FROM task WHERE (id, inserted_at) IN (SELECT unnest(@ids::bigint[]), unnest(@ats::timestamptz[]))')).toEqual({
      1: 'task.id[]',
      2: 'task.inserted_at[]',
    });
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
