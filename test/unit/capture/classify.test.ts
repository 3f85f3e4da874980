import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyStatement, splitStatements } from '../../../src/capture/classify.ts';

beforeAll(async () => {
  await loadModule();
});

const kind = (sql: string) => {
  const verdict = classifyStatement(sql);
  return verdict.kind === 'record' ? 'record' : verdict.reason;
};

describe('classifyStatement', () => {
  it('records DML, including WITH, VALUES, SELECT ... FOR UPDATE, MERGE and function calls', () => {
    for (const sql of [
      'SELECT * FROM users WHERE id = $1',
      'WITH recent AS (SELECT * FROM orders) SELECT count(*) FROM recent',
      'INSERT INTO t (a) VALUES (1) RETURNING id',
      'UPDATE t SET a = 2 WHERE id = 1',
      'DELETE FROM t WHERE id = 1',
      'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a',
      'SELECT * FROM jobs FOR UPDATE SKIP LOCKED LIMIT 1',
      'VALUES (1), (2)',
      'SELECT now()',
      "SELECT nextval('orders_id_seq')",
      'SELECT $1::int',
    ]) {
      expect(kind(sql), sql).toBe('record');
    }
  });

  it('skips transaction control', () => {
    for (const sql of [
      'BEGIN',
      'START TRANSACTION ISOLATION LEVEL SERIALIZABLE',
      'COMMIT',
      'END',
      'ROLLBACK',
      'SAVEPOINT s1',
      'RELEASE SAVEPOINT s1',
      'ROLLBACK TO SAVEPOINT s1',
    ]) {
      expect(kind(sql), sql).toBe('transaction');
    }
  });

  it('skips session housekeeping and reports what changes application_name', () => {
    for (const sql of ["SET statement_timeout = '5s'", 'SHOW server_version', 'DISCARD ALL', 'DEALLOCATE ALL', 'LISTEN jobs', 'RESET ALL']) {
      expect(kind(sql), sql).toBe('session');
    }
    expect(classifyStatement("SET application_name = 'api'")).toEqual({ kind: 'skip', reason: 'session', effect: { kind: 'application-name', value: 'api' } });
    expect(classifyStatement('SET LOCAL application_name TO worker')).toMatchObject({ effect: { kind: 'application-name', value: 'worker' } });
    expect(classifyStatement('RESET application_name')).toMatchObject({ effect: { kind: 'application-name', value: null } });
    expect(classifyStatement('SET application_name TO DEFAULT')).toMatchObject({ effect: { kind: 'application-name', value: null } });
    expect(classifyStatement('DISCARD ALL')).toMatchObject({ effect: { kind: 'reset-all', discard: true } });
    expect(classifyStatement('DEALLOCATE a1')).toMatchObject({ effect: { kind: 'deallocate', name: 'a1' } });
    expect(classifyStatement("SET search_path = 'x'")).toEqual({ kind: 'skip', reason: 'session' });
  });

  it('skips connection health checks (constants only) but not queries that read something', () => {
    for (const sql of ['SELECT 1', 'SELECT 1 AS ok', "SELECT 'ping'", 'SELECT true::boolean', 'select 0']) expect(kind(sql), sql).toBe('health-check');
    for (const sql of ['SELECT 1 FROM users LIMIT 1', 'SELECT 1 WHERE EXISTS (SELECT 1 FROM t)', 'SELECT 1 UNION SELECT 2'])
      expect(kind(sql), sql).toBe('record');
  });

  it('skips catalog introspection (ORMs loading types and columns on connect)', () => {
    expect(kind('SELECT t.oid, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace')).toBe('catalog');
    expect(kind("SELECT column_name FROM information_schema.columns WHERE table_name = 'users'")).toBe('catalog');
    expect(kind('SELECT a.attname FROM pg_catalog.pg_attribute a')).toBe('catalog');
    expect(kind('SELECT u.* FROM users u JOIN pg_catalog.pg_roles r ON r.rolname = u.name')).toBe('record');
  });

  it('skips DDL and other utility statements', () => {
    for (const sql of [
      'CREATE TABLE t (id int)',
      'TRUNCATE users, orders RESTART IDENTITY CASCADE',
      'COPY t FROM STDIN',
      'VACUUM ANALYZE t',
      'EXPLAIN SELECT 1',
      'CALL refresh()',
      "NOTIFY jobs, 'x'",
      'SELECT * INTO copy_of_t FROM t',
      ';',
    ]) {
      expect(kind(sql), sql).toBe('utility');
    }
  });

  it('records what the parser rejects, flagged as unparsed', () => {
    expect(classifyStatement('SELEC * FROM t')).toEqual({ kind: 'record', parsed: false });
  });
});

describe('splitStatements', () => {
  it('splits on the parser’s statement boundaries, not on semicolons in strings', () => {
    expect(splitStatements("SELECT 'a;b'; SELECT 2;")).toEqual(["SELECT 'a;b'", 'SELECT 2']);
  });
  it('keeps a trailing comment with the statement before it and a leading one with the next', () => {
    expect(splitStatements("/*a='1'*/ SELECT 1; SELECT 2 /*b='2'*/ ;\n/*c='3'*/ SELECT 3 /*d='4'*/")).toEqual([
      "/*a='1'*/ SELECT 1",
      "SELECT 2 /*b='2'*/",
      "/*c='3'*/ SELECT 3 /*d='4'*/",
    ]);
  });
  it('counts offsets in UTF-8 bytes', () => {
    expect(splitStatements("SELECT 'é€'; SELECT 'ü'")).toEqual(["SELECT 'é€'", "SELECT 'ü'"]);
  });
  it('returns nothing for an empty query and the whole text when it does not parse', () => {
    expect(splitStatements(' ; -- nothing')).toEqual([]);
    expect(splitStatements('SELEC 1; SELECT 2')).toEqual(['SELEC 1; SELECT 2']);
  });
});
