import { beforeAll, describe, expect, it } from 'vitest';
import type { Database, ExplainRequest } from '../../src/engine/types.ts';
import { loadParser } from '../../src/engine/build/script.ts';
import { inferenceKey } from '../../src/explain/infer-params.ts';
import type { QueryDef } from '../../src/explain/queries.ts';
import { explainSides, explainAll, plannedTables } from '../../src/explain/run.ts';
import { explainingDatabase, failed } from '../helpers/fake-database.ts';

beforeAll(loadParser);

const PLAN = [{ Plan: { 'Node Type': 'Seq Scan', 'Relation Name': 't', 'Startup Cost': 0, 'Total Cost': 10, 'Plan Rows': 1, 'Plan Width': 4 } }];

/** A database that answers every EXPLAIN, except those with values it is told to refuse. */
function refusingDatabase(refuse: (request: ExplainRequest) => boolean, seen: ExplainRequest[]): Database {
  return explainingDatabase((request) => (seen.push(request), refuse(request) ? failed('invalid input syntax for type integer: "guest"', 'query', '22P02') : { ok: true, plan: PLAN }));
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
    await explainSides({ base: refusingDatabase(() => false, apart), head: refusingDatabase(() => false, apart) }, { base: [def, other], head: [def, changed] }, sizes, {}, new Map());
    expect(apart).toHaveLength(4);
  });
});

describe('plannedTables', () => {
  const JOIN = [
    {
      Plan: {
        'Node Type': 'Hash Join', 'Startup Cost': 0, 'Total Cost': 20, 'Plan Rows': 1, 'Plan Width': 4,
        Plans: [
          { 'Node Type': 'Seq Scan', 'Relation Name': 'orders', Schema: 'shop', 'Startup Cost': 0, 'Total Cost': 10, 'Plan Rows': 1, 'Plan Width': 4 },
          { 'Node Type': 'Bitmap Heap Scan', 'Relation Name': 'customers', Schema: 'public', 'Startup Cost': 0, 'Total Cost': 10, 'Plan Rows': 1, 'Plan Width': 4,
            Plans: [{ 'Node Type': 'Bitmap Index Scan', 'Index Name': 'customers_pkey', 'Startup Cost': 0, 'Total Cost': 1, 'Plan Rows': 1, 'Plan Width': 0 }] },
        ],
      },
    },
  ];
  const sizes = { rows: {}, partitionRoots: {} };
  const def = (name: string): QueryDef => ({ name, endpoint: null, file: null, line: 1, sql: `SELECT 1 AS ${name}` });

  it("gives every table some query's plan scans on either side, once, in order", async () => {
    const base = await explainAll(explainingDatabase(() => ({ ok: true, plan: JOIN })), [def('a')], sizes);
    const head = await explainAll(explainingDatabase(() => ({ ok: true, plan: PLAN })), [def('a'), def('b')], sizes);
    expect(plannedTables({ base, head })).toEqual([
      { schema: 'public', name: 'customers' },
      { schema: 'public', name: 't' },
      { schema: 'shop', name: 'orders' },
    ]);
  });

  it('gives null (every table) when a query has no plan on either side', async () => {
    const base = await explainAll(explainingDatabase(() => ({ ok: true, plan: PLAN })), [def('a')], sizes);
    const head = await explainAll(explainingDatabase((request) => (request.sql.includes(' b') ? failed('canceling statement due to statement timeout', 'timeout', '57014') : { ok: true, plan: PLAN })), [def('a'), def('b')], sizes);
    expect(plannedTables({ base, head })).toBeNull();
    // A query that fails on head only still has base's plan: its tables are known.
    const broken = await explainAll(explainingDatabase(() => failed('syntax error', 'query', '42601')), [def('a')], sizes);
    expect(plannedTables({ base, head: broken })).toEqual([{ schema: 'public', name: 't' }]);
  });
});
