import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, scriptFiles, splitScript } from '../../../../src/engine/build/script.ts';
import { extensionsCreatedBy } from '../../../../src/engine/build/extensions.ts';

beforeAll(() => loadParser());

describe('splitting schema and seed files', () => {
  it('gives each statement its line, through comments, strings and dollar quotes', () => {
    const steps = splitScript(
      "-- header\nCREATE TABLE a (note text DEFAULT 'x;y');\n\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nINSERT INTO a VALUES ('z');\n",
      'f.sql',
    );
    expect(steps.map((step) => [step.kind, step.line])).toEqual([
      ['sql', 2],
      ['sql', 4],
      ['sql', 5],
    ]);
  });

  it('handles Windows line endings and a byte-order mark, COPY blocks included', () => {
    const text = '\uFEFFCREATE TABLE t (id int, v text);\r\nCOPY t (id, v) FROM stdin;\r\n1\ta\r\n2\tb\r\n\\.\r\nSELECT 1;\r\n';
    const steps = splitScript(text, 'f.sql');
    expect(steps).toEqual([
      { kind: 'sql', sql: 'CREATE TABLE t (id int, v text)', line: 1, touches: ['t'] },
      { kind: 'copy', sql: 'COPY t (id, v) FROM STDIN;', data: '1\ta\n2\tb\n', line: 2 },
      // A SELECT may call a function that writes anywhere.
      { kind: 'sql', sql: 'SELECT 1', line: 6, touches: 'all' },
    ]);
  });

  it('skips ownership and privilege statements that name roles a fresh database lacks', () => {
    const steps = splitScript(
      'CREATE TABLE t (id int);\nALTER TABLE public.t OWNER TO app;\nGRANT SELECT ON t TO reporting;\nALTER TABLE t ADD COLUMN v int;\n',
      'f.sql',
    );
    expect(steps.map((step) => (step.kind === 'sql' ? step.sql : step.kind))).toEqual(['CREATE TABLE t (id int)', 'ALTER TABLE t ADD COLUMN v int']);
  });

  it('leaves out the CREATE, COMMENT ON and ALTER EXTENSION statements of skip_extensions, and keeps their lines', () => {
    const text = [
      'CREATE EXTENSION IF NOT EXISTS pg_partman WITH SCHEMA partman;',
      "COMMENT ON EXTENSION pg_partman IS 'partitions';",
      'ALTER EXTENSION pg_partman UPDATE;',
      'CREATE EXTENSION IF NOT EXISTS pg_trgm;',
      "COMMENT ON EXTENSION pg_trgm IS 'trigrams';",
      '',
    ].join('\n');
    expect(splitScript(text, 'f.sql', new Set(['pg_partman']))).toEqual([
      { kind: 'skipped', extension: 'pg_partman', line: 1 },
      { kind: 'skipped', extension: 'pg_partman', line: 2 },
      { kind: 'skipped', extension: 'pg_partman', line: 3 },
      { kind: 'sql', sql: 'CREATE EXTENSION IF NOT EXISTS pg_trgm', line: 4, creates: 'pg_trgm', touches: 'all' },
      { kind: 'sql', sql: "COMMENT ON EXTENSION pg_trgm IS 'trigrams'", line: 5 },
    ]);
  });

  it('splits a file both sides share once, and finds the extensions the files create', () => {
    const cache = new Map();
    const schema = { path: 'db/schema.sql', phase: 'schema' as const, text: 'CREATE EXTENSION citext;\nCREATE TABLE t (id int);\n' };
    const base = scriptFiles([schema], 'base', new Set(), cache);
    const head = scriptFiles([schema, { path: 'db/seed.sql', phase: 'seed', text: 'INSERT INTO t VALUES (1);\n' }], 'head', new Set(), cache);
    expect(head[0]!.steps).toBe(base[0]!.steps);
    expect(cache.size).toBe(2);
    expect(extensionsCreatedBy(head)).toEqual(['citext']);
  });

  it('knows which tables a statement may change, for an incremental head to analyze again', () => {
    const touches = (sql: string) => splitScript(sql, 'f.sql').map((step) => (step.kind === 'sql' ? (step.touches ?? []) : 'copy'));
    // A plain index has no statistics to gather; an expression index has, from its table.
    expect(touches('CREATE INDEX users_org ON public.users (org_id);\nCREATE INDEX users_lower ON users (lower(email));')).toEqual([[], ['users']]);
    expect(touches('ALTER TABLE ONLY users ADD COLUMN tenant int DEFAULT 1;')).toEqual([['users']]);
    expect(touches('UPDATE orders SET total = 0 WHERE id < 10;\nINSERT INTO audit SELECT 1;\nDELETE FROM audit;')).toEqual([['orders'], ['audit'], ['audit']]);
    expect(touches('TRUNCATE a, b;\nCREATE MATERIALIZED VIEW totals AS SELECT 1 AS n WITH NO DATA;\nANALYZE users;')).toEqual([
      ['a', 'b'],
      ['totals'],
      ['users'],
    ]);
    expect(
      touches("CREATE VIEW v AS SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\nCOMMENT ON TABLE users IS 'x';\nDROP INDEX users_org;"),
    ).toEqual([[], [], [], []]);
    expect(touches('DO $$ BEGIN PERFORM 1; END $$;\nSELECT backfill();\nANALYZE;')).toEqual(['all', 'all', 'all']);
    // New extended statistics are empty until their table is analyzed; ALTER INDEX names no table.
    expect(touches('CREATE STATISTICS s (dependencies) ON a, b FROM public.orders;\nALTER INDEX i ALTER COLUMN 1 SET STATISTICS 100;')).toEqual([
      ['orders'],
      'all',
    ]);
  });

  it('names the line of a syntax error', () => {
    expect(() => splitScript('SELECT 1;\n\nCREAT TABLE x ();\n', 'head: db/x.sql')).toThrow('head: db/x.sql:3: syntax error at or near "CREAT"');
  });
});
