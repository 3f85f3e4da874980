import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadModule } from 'libpg-query';
import type { Database, ExplainRequest } from '../../../src/engine/database.ts';
import { loadParser } from '../../../src/engine/build/script.ts';
import { inferenceKey, inferParams } from '../../../src/explain/infer-params.ts';
import type { QueryDef } from '../../../src/explain/queries.ts';
import { explainAll, explainSides, plannedTables } from '../../../src/explain/run.ts';
import { explainingDatabase, failed } from '../../helpers/fake-database.ts';

// Every parse is counted: a 5 MB query costs ~3 s and ~400 MB of memory per parse. The wrapper
// only counts, so the other tests of this file parse as they would without it.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('libpg-query', async (original) => {
  const real = await original<typeof import('libpg-query')>();
  return { ...real, parseSync: (sql: string) => (parses.count++, real.parseSync(sql)) };
});

beforeAll(loadParser);

const PLAN = [{ Plan: { 'Node Type': 'Seq Scan', 'Relation Name': 't', 'Startup Cost': 0, 'Total Cost': 10, 'Plan Rows': 1, 'Plan Width': 4 } }];

/** A database that answers every EXPLAIN, except those with values it is told to refuse. */
function refusingDatabase(refuse: (request: ExplainRequest) => boolean, seen: ExplainRequest[]): Database {
  return explainingDatabase(
    (request) => (seen.push(request), refuse(request) ? failed('invalid input syntax for type integer: "guest"', 'query', '22P02') : { ok: true, plan: PLAN }),
  );
}

describe('explainSides', () => {
  const def: QueryDef = { name: 'q', endpoint: null, file: null, line: 1, sql: 'SELECT * FROM t WHERE kind = $1' };
  const sizes = { base: { rows: {}, partitionRoots: {} }, head: { rows: {}, partitionRoots: {} } };

  it('plans a query generically on both sides when its inferred values make one side fail', async () => {
    const baseSeen: ExplainRequest[] = [];
    const headSeen: ExplainRequest[] = [];
    const base = refusingDatabase((request) => request.params !== undefined, baseSeen);
    const head = refusingDatabase(() => false, headSeen);
    const results = await explainSides({ base, head }, { base: [def], head: [def] }, sizes, {}, new Map([[inferenceKey(def), ['guest']]]));
    expect(results.base[0]).toMatchObject({ plan: { mode: 'generic', params: [] }, result: { totalCost: 10 } });
    expect(results.head[0]).toMatchObject({ plan: { mode: 'generic', params: [] }, result: { totalCost: 10 } });
    expect(headSeen.map((request) => request.generic)).toEqual([false, true]);
  });

  it('keeps inferred values where both sides can use them', async () => {
    const seen: ExplainRequest[] = [];
    const database = refusingDatabase(() => false, seen);
    const results = await explainSides({ base: database, head: database }, { base: [def], head: [def] }, sizes, {}, new Map([[inferenceKey(def), ['7']]]));
    expect(results.head[0]).toMatchObject({ plan: { mode: 'inferred', params: ['7'] } });
    // One database for both sides: the same request is explained once.
    expect(seen).toHaveLength(1);
  });

  it('on one database for both sides, explains only what head changed a second time', async () => {
    const seen: ExplainRequest[] = [];
    const database = refusingDatabase(() => false, seen);
    const other: QueryDef = { ...def, name: 'other', sql: 'SELECT 1 FROM t' };
    const changed: QueryDef = { ...other, sql: 'SELECT 2 FROM t' };
    const results = await explainSides({ base: database, head: database }, { base: [def, other], head: [def, changed] }, sizes, {}, new Map());
    expect(seen.map((request) => request.sql).sort()).toEqual(['SELECT * FROM t WHERE kind = $1', 'SELECT 1 FROM t', 'SELECT 2 FROM t']);
    expect(results.base.map((result) => result.name)).toEqual(['q', 'other']);
    expect(results.head[1]).toMatchObject({ name: 'other', request: { sql: 'SELECT 2 FROM t' }, result: { totalCost: 10 } });
    // Two databases: every query on each.
    const apart: ExplainRequest[] = [];
    await explainSides(
      { base: refusingDatabase(() => false, apart), head: refusingDatabase(() => false, apart) },
      { base: [def, other], head: [def, changed] },
      sizes,
      {},
      new Map(),
    );
    expect(apart).toHaveLength(4);
  });
});

// From explain-parse-once.test.ts: a block, so its helpers keep their names beside this file's.
{
  beforeAll(() => loadModule());

  const PLAN = [{ Plan: { 'Node Type': 'Index Scan', 'Relation Name': 't', 'Startup Cost': 0, 'Total Cost': 10, 'Plan Rows': 1, 'Plan Width': 4 } }];

  function database(seen: ExplainRequest[]): Database {
    return explainingDatabase((request) => (seen.push(request), { ok: true, plan: PLAN }));
  }

  describe('a large query the two sides share', () => {
    it('is parsed once for both sides, and not at all to look for $n when it has none', async () => {
      const ids = Array.from({ length: 20_000 }, (_, index) => index + 1).join(', ');
      const def: QueryDef = { name: 'big', endpoint: null, file: 'queries/big.sql', line: 1, sql: `SELECT * FROM t WHERE id IN (${ids})` };
      const seen: ExplainRequest[] = [];
      const databases = { base: database(seen), head: database(seen) };
      const sizes = { rows: {}, partitionRoots: {} };
      parses.count = 0;
      const inferred = await inferParams([def, def], {}, databases);
      const results = await explainSides(databases, { base: [def], head: [def] }, { base: sizes, head: sizes }, {}, inferred);
      expect(results.head[0]).toMatchObject({ result: { totalCost: 10 } });
      expect(seen).toHaveLength(2);
      expect(seen[0]).toMatchObject({ paramCount: 0, generic: false });
      expect(parses.count).toBe(1);
    });

    it('still finds its highest $n without a JSON copy of the tree', async () => {
      const def: QueryDef = { name: 'p', endpoint: null, file: null, line: 1, sql: 'SELECT * FROM t WHERE a = $2 AND b IN ($1, $3)' };
      const seen: ExplainRequest[] = [];
      await explainSides(
        { base: database(seen), head: database(seen) },
        { base: [def], head: [] },
        { base: { rows: {}, partitionRoots: {} }, head: { rows: {}, partitionRoots: {} } },
        {},
        new Map(),
      );
      expect(seen[0]).toMatchObject({ paramCount: 3, generic: true });
    });
  });

  describe('a query that writes', () => {
    it('is marked from the same walk of the tree, at the top or in a CTE, and a read is not', async () => {
      const defs: QueryDef[] = [
        { name: 'read', endpoint: null, file: null, line: 1, sql: 'SELECT * FROM t WHERE id = 1' },
        { name: 'update', endpoint: null, file: null, line: 1, sql: 'UPDATE t SET a = 1 WHERE id = 2' },
        { name: 'cte', endpoint: null, file: null, line: 1, sql: 'WITH gone AS (DELETE FROM t WHERE id = 3 RETURNING id) SELECT count(*) FROM gone' },
      ];
      const seen: ExplainRequest[] = [];
      const sizes = { rows: {}, partitionRoots: {} };
      await explainSides({ base: database(seen), head: database(seen) }, { base: defs, head: [] }, { base: sizes, head: sizes }, {}, new Map());
      expect(seen.map((request) => request.writes ?? false)).toEqual([false, true, true]);
    });
  });
}

describe('plannedTables', () => {
  const JOIN = [
    {
      Plan: {
        'Node Type': 'Hash Join',
        'Startup Cost': 0,
        'Total Cost': 20,
        'Plan Rows': 1,
        'Plan Width': 4,
        Plans: [
          { 'Node Type': 'Seq Scan', 'Relation Name': 'orders', Schema: 'shop', 'Startup Cost': 0, 'Total Cost': 10, 'Plan Rows': 1, 'Plan Width': 4 },
          {
            'Node Type': 'Bitmap Heap Scan',
            'Relation Name': 'customers',
            Schema: 'public',
            'Startup Cost': 0,
            'Total Cost': 10,
            'Plan Rows': 1,
            'Plan Width': 4,
            Plans: [{ 'Node Type': 'Bitmap Index Scan', 'Index Name': 'customers_pkey', 'Startup Cost': 0, 'Total Cost': 1, 'Plan Rows': 1, 'Plan Width': 0 }],
          },
        ],
      },
    },
  ];
  const sizes = { rows: {}, partitionRoots: {} };
  const def = (name: string): QueryDef => ({ name, endpoint: null, file: null, line: 1, sql: `SELECT 1 AS ${name}` });

  it("gives every table some query's plan scans on either side, once, in order", async () => {
    const base = await explainAll(
      explainingDatabase(() => ({ ok: true, plan: JOIN })),
      [def('a')],
      sizes,
    );
    const head = await explainAll(
      explainingDatabase(() => ({ ok: true, plan: PLAN })),
      [def('a'), def('b')],
      sizes,
    );
    expect(plannedTables({ base, head })).toEqual([
      { schema: 'public', name: 'customers' },
      { schema: 'public', name: 't' },
      { schema: 'shop', name: 'orders' },
    ]);
  });

  it('gives null (every table) when a query has no plan on either side', async () => {
    const base = await explainAll(
      explainingDatabase(() => ({ ok: true, plan: PLAN })),
      [def('a')],
      sizes,
    );
    const head = await explainAll(
      explainingDatabase((request) =>
        request.sql.includes(' b') ? failed('canceling statement due to statement timeout', 'timeout', '57014') : { ok: true, plan: PLAN },
      ),
      [def('a'), def('b')],
      sizes,
    );
    expect(plannedTables({ base, head })).toBeNull();
    // A query that fails on head only still has base's plan: its tables are known.
    const broken = await explainAll(
      explainingDatabase(() => failed('syntax error', 'query', '42601')),
      [def('a')],
      sizes,
    );
    expect(plannedTables({ base, head: broken })).toEqual([{ schema: 'public', name: 't' }]);
  });
});
