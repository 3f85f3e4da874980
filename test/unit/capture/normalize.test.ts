import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrayElements, assignShortIds, executionValues, fingerprintStatement, groupByFingerprint } from '../../../src/capture/normalize.ts';

beforeAll(async () => {
  await loadModule();
});

const fp = (sql: string) => fingerprintStatement(sql).fingerprint;

describe('fingerprintStatement (libpg-query fingerprints)', () => {
  it('gives IN lists of any length, = ANY(array) and = one shape (django-perf-rec#261)', () => {
    const single = fp('SELECT id, name FROM users WHERE id = $1');
    for (const sql of [
      'SELECT id, name FROM users WHERE id IN ($1)',
      `SELECT id, name FROM users WHERE id IN (${Array.from({ length: 40 }, (_, i) => `$${i + 1}`).join(', ')})`,
      'SELECT id, name FROM users WHERE id IN (1, 2, 3)',
      'SELECT id, name FROM users WHERE id = ANY($1)',
      "SELECT id, name FROM users WHERE id = ANY('{1,2,3}')",
      'select id, name from users where id = 42',
    ]) {
      expect(fp(sql), sql).toBe(single);
    }
  });

  it('tells ARRAY[...] apart from IN, but not ARRAY lengths from each other', () => {
    expect(fp('SELECT * FROM t WHERE id = ANY(ARRAY[1,2])')).toBe(fp('SELECT * FROM t WHERE id = ANY(ARRAY[1,2,3])'));
    expect(fp('SELECT * FROM t WHERE id = ANY(ARRAY[1,2])')).not.toBe(fp('SELECT * FROM t WHERE id IN (1, 2)'));
  });

  it('ignores literals, comments and whitespace; not tables or columns', () => {
    expect(fp("SELECT * FROM t WHERE name = 'a'")).toBe(fp("SELECT  *\nFROM t WHERE name = 'b' /*route='x'*/"));
    expect(fp('SELECT * FROM t LIMIT 10 OFFSET 20')).toBe(fp('SELECT * FROM t LIMIT $1 OFFSET $2'));
    expect(fp('INSERT INTO t (a) VALUES ($1)')).toBe(fp('INSERT INTO t (a) VALUES ($1), ($2)'));
    expect(fp('SELECT * FROM t WHERE a = $1')).not.toBe(fp('SELECT * FROM t WHERE b = $1'));
    expect(fp('SELECT * FROM t WHERE a = $1')).not.toBe(fp('SELECT * FROM u WHERE a = $1'));
  });

  it('returns a 16-hex fingerprint, an 8-char id and a normalized text', () => {
    const shape = fingerprintStatement("SELECT * FROM users WHERE email = 'a@b.c' AND id = 7");
    expect(shape.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(shape.id).toBe(shape.fingerprint.slice(0, 8));
    expect(shape.normalized).toBe('SELECT * FROM users WHERE email = $1 AND id = $2');
    expect(shape.parsed).toBe(true);
  });

  it('falls back to a hash of the whitespace-normalised text when the parser rejects it', () => {
    const shape = fingerprintStatement('SELEC  *\n FROM t;');
    expect(shape).toMatchObject({ parsed: false, normalized: 'SELEC * FROM t' });
    expect(shape.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(fp('SELEC * FROM t')).toBe(shape.fingerprint);
    expect(fp('SELEC * FROM u')).not.toBe(shape.fingerprint);
  });
});

describe('assignShortIds', () => {
  it('uses 8 characters, more only for the fingerprints that would collide', () => {
    const ids = assignShortIds(['aaaaaaaa11111111', 'aaaaaaaa22222222', 'bbbbbbbb33333333', 'aaaaaaaa11111111']);
    expect(Object.fromEntries(ids)).toEqual({ aaaaaaaa11111111: 'aaaaaaaa1111', aaaaaaaa22222222: 'aaaaaaaa2222', bbbbbbbb33333333: 'bbbbbbbb' });
  });
});

describe('groupByFingerprint', () => {
  it('counts executions per shape and keeps the smallest one as the sample, whatever the arrival order', () => {
    const groups = groupByFingerprint([
      { sql: 'SELECT * FROM users WHERE id IN ($1, $2)', params: ['1', '2'] },
      { sql: 'SELECT * FROM items', params: [] },
      { sql: 'SELECT * FROM users WHERE id = $1', params: ['3'] },
    ]);
    expect(groups.map(({ count, sample, normalized }) => ({ count, sample, normalized }))).toEqual([
      { count: 2, sample: { sql: 'SELECT * FROM users WHERE id = $1', params: ['3'] }, normalized: 'SELECT * FROM users WHERE id IN ($1, $2)' },
      { count: 1, sample: { sql: 'SELECT * FROM items', params: [] }, normalized: 'SELECT * FROM items' },
    ]);
    const reversed = groupByFingerprint([
      { sql: 'SELECT * FROM users WHERE id = $1', params: ['3'] },
      { sql: 'SELECT * FROM users WHERE id IN ($1, $2)', params: ['1', '2'] },
    ]);
    expect(reversed[0]!.sample).toEqual({ sql: 'SELECT * FROM users WHERE id = $1', params: ['3'] });
  });
});

describe('executionValues', () => {
  it('keys a single load by its values, the same for = $1, IN ($1) and ANY of one element', () => {
    const key = executionValues('SELECT * FROM users WHERE id = $1', ['7']).key;
    expect(executionValues('SELECT * FROM users WHERE id IN ($1)', ['7'])).toEqual({ key, batch: null });
    expect(executionValues('SELECT * FROM users WHERE id = ANY($1::int[])', ['{7}'])).toEqual({ key, batch: null });
    expect(executionValues('SELECT * FROM users WHERE id = 7', [])).toEqual({ key, batch: null });
    expect(executionValues('SELECT * FROM users WHERE id = $1', ['8']).key).not.toBe(key);
  });

  it('lists the single-load key of every item of a batch', () => {
    const single = (id: string) => executionValues('SELECT * FROM users WHERE id = $1', [id]).key;
    expect(executionValues('SELECT * FROM users WHERE id IN ($1, $2, $3)', ['7', '8', '9']).batch).toEqual([single('7'), single('8'), single('9')]);
    expect(executionValues('SELECT * FROM users WHERE id = ANY($1)', ['{7,8}']).batch).toEqual([single('7'), single('8')]);
    expect(executionValues('SELECT * FROM users WHERE id IN (7, 8)', []).batch).toEqual([single('7'), single('8')]);
    expect(executionValues('SELECT * FROM users WHERE id = ANY(ARRAY[7, 8])', []).batch).toEqual([single('7'), single('8')]);
  });

  it('keeps the other values of a batched statement in each item key', () => {
    const batch = executionValues("SELECT * FROM users WHERE tenant = 't1' AND id IN (7, 8) LIMIT 5", []).batch;
    expect(batch).toContain(executionValues("SELECT * FROM users WHERE tenant = 't1' AND id = 8 LIMIT 5", []).key);
    expect(batch).not.toContain(executionValues("SELECT * FROM users WHERE tenant = 't2' AND id = 8 LIMIT 5", []).key);
  });

  it('orders values as in the text (OFFSET after LIMIT), and treats multi-row VALUES as a batch', () => {
    expect(executionValues('SELECT * FROM t LIMIT 10 OFFSET 20', []).key).toBe('["10","20"]');
    expect(executionValues('INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)', ['1', 'x', '2', 'y'])).toEqual({
      key: '["[0]"]',
      batch: ['["1","x"]', '["2","y"]'],
    });
    expect(executionValues('INSERT INTO t (a, b) VALUES ($1, $2)', ['1', 'x'])).toEqual({ key: '["1","x"]', batch: null });
  });

  it('keeps unbound placeholders as $n and unparsable SQL as its text', () => {
    expect(executionValues('SELECT * FROM t WHERE id = $1', []).key).toBe('["$1"]');
    expect(executionValues('SELEC  x', ['1']).key).toBe('["SELEC x","1"]');
  });
});

describe('arrayElements', () => {
  it('reads one-dimensional array literals', () => {
    expect(arrayElements('{1,2,3}')).toEqual(['1', '2', '3']);
    expect(arrayElements('{"a,b", NULL ,"c\\"d"}')).toEqual(['a,b', null, 'c"d']);
    expect(arrayElements('{}')).toEqual([]);
  });
  it('returns null for nested arrays and non-arrays', () => {
    expect(arrayElements('{{1},{2}}')).toBeNull();
    expect(arrayElements('1,2')).toBeNull();
    expect(arrayElements('{"open}')).toBeNull();
  });
});
