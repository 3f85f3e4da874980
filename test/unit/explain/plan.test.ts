import { describe, expect, it } from 'vitest';
import { parsePlan, PlanFormatError, walk, type PlanNode } from '../../../src/explain/plan.ts';
import { nodeLabel, planShape } from '../../../src/explain/shape.ts';
import { summarizePlan } from '../../../src/explain/plan-summary.ts';
import { fixture } from '../../helpers/fixtures.ts';

/**
 * The fixtures under test/fixtures/plans are real `EXPLAIN (FORMAT JSON)` output of
 * PostgreSQL 18.6 (PGlite 0.5.14) on a seeded database (users 20k, orders 50k,
 * log_user_status 100k, events partitioned by year into events_2024/events_2025), after
 * VACUUM ANALYZE. RELATION_ROWS is pg_class.reltuples of that database, as
 * relationRowsOn() reads it.
 */
const RELATION_ROWS: Readonly<Record<string, number>> = {
  events: 40000,
  events_2024: 20962,
  events_2025: 19038,
  log_user_status: 100000,
  orders: 50000,
  users: 20000,
};

const explain = (name: string): unknown => JSON.parse(fixture(`plans/${name}.json`));
const plan = (name: string): PlanNode => parsePlan(explain(name));
const nodes = (root: PlanNode): PlanNode[] => [...walk(root)];
const child = (node: PlanNode, ...path: number[]): PlanNode => {
  let current = node;
  for (const index of path) {
    const next = current.children[index];
    if (!next) throw new Error(`no child ${index} under ${current.nodeType}`);
    current = next;
  }
  return current;
};

const PLAN_NODE_KEYS = new Set([
  'nodeType',
  'relation',
  'schema',
  'alias',
  'index',
  'joinType',
  'strategy',
  'operation',
  'scanDirection',
  'parentRelationship',
  'subplanName',
  'cteName',
  'functionName',
  'startupCost',
  'totalCost',
  'planRows',
  'planWidth',
  'conditions',
  'children',
]);

describe('parsePlan', () => {
  it('turns a one-node plan into exactly the typed node (PG18 extras such as Disabled and Async Capable dropped)', () => {
    expect(plan('seq-scan-lower-email')).toStrictEqual({
      nodeType: 'Seq Scan',
      relation: 'users',
      alias: 'users',
      startupCost: 0,
      totalCost: 487,
      planRows: 100,
      planWidth: 4,
      conditions: { Filter: "(lower(email) = 'user42@example.com'::text)" },
      children: [],
    });
  });

  it('ignores unknown keys on every node of every fixture', () => {
    for (const name of ['hash-left-join', 'initplan-subplan', 'cte-scan', 'partition-append', 'anti-join', 'bitmap-scan']) {
      for (const node of nodes(plan(name))) {
        for (const key of Object.keys(node)) expect(PLAN_NODE_KEYS.has(key), `${name}: unexpected key ${key}`).toBe(true);
      }
    }
    // The raw fixtures really carry the PG18 keys, so the test above is not vacuous.
    const raw = fixture('plans/hash-left-join.json');
    expect(raw).toContain('"Disabled": false');
    expect(raw).toContain('"Async Capable": false');
    expect(raw).toContain('"Inner Unique"');
  });

  it('does not let an unknown key with a known-looking value leak into a field', () => {
    const node = parsePlan([
      {
        Plan: {
          'Node Type': 'Seq Scan',
          'Relation Name': 't',
          Disabled: true,
          'Disabled Nodes': 1,
          'Async Capable': true,
          'Some Future Key': 'Index Name',
          'Startup Cost': 1,
          'Total Cost': 2,
          'Plan Rows': 3,
          'Plan Width': 4,
        },
      },
    ]);
    expect(node).toStrictEqual({
      nodeType: 'Seq Scan',
      relation: 't',
      startupCost: 1,
      totalCost: 2,
      planRows: 3,
      planWidth: 4,
      conditions: {},
      children: [],
    });
  });

  it('keeps join type, hash condition and costs of a Hash Left Join', () => {
    const root = plan('hash-left-join');
    expect(root).toMatchObject({
      nodeType: 'Hash Join',
      joinType: 'Left',
      startupCost: 637,
      totalCost: 1727.27,
      planRows: 50000,
      planWidth: 31,
      conditions: { 'Hash Cond': '(o.user_id = u.id)' },
    });
    expect(root.children.map((node) => node.nodeType)).toEqual(['Seq Scan', 'Hash']);
    expect(child(root, 0)).toMatchObject({
      relation: 'orders',
      alias: 'o',
      parentRelationship: 'Outer',
      conditions: { Filter: "(status <> 'cancelled'::text)" },
    });
    expect(child(root, 1, 0)).toMatchObject({ nodeType: 'Seq Scan', relation: 'users', alias: 'u', planRows: 20000 });
  });

  it('keeps the aggregate strategy', () => {
    expect(plan('hash-aggregate')).toMatchObject({ nodeType: 'Aggregate', strategy: 'Hashed', totalCost: 1209.05, planRows: 4 });
    expect(plan('group-aggregate')).toMatchObject({ nodeType: 'Aggregate', strategy: 'Sorted' });
    expect(plan('index-only-scan')).toMatchObject({ nodeType: 'Aggregate', strategy: 'Plain' });
  });

  it('keeps index names, scan direction and index / recheck conditions', () => {
    const bitmap = plan('bitmap-scan');
    expect(bitmap).toMatchObject({ nodeType: 'Bitmap Heap Scan', relation: 'orders' });
    expect(bitmap.index).toBeUndefined();
    expect(bitmap.conditions['Recheck Cond']).toMatch(/^\(user_id = ANY \('\{1,2,3,/);
    const bitmapIndex = child(bitmap, 0);
    expect(bitmapIndex).toMatchObject({ nodeType: 'Bitmap Index Scan', index: 'orders_user_id_idx', startupCost: 0, totalCost: 121.15 });
    expect(bitmapIndex.relation).toBeUndefined();
    expect(bitmapIndex.conditions['Index Cond']).toBe(bitmap.conditions['Recheck Cond']);

    expect(child(plan('index-only-scan'), 0)).toMatchObject({
      nodeType: 'Index Only Scan',
      index: 'log_user_status_user_id_idx',
      relation: 'log_user_status',
      scanDirection: 'Forward',
      conditions: { 'Index Cond': '(user_id = 123)' },
    });
  });

  it('keeps InitPlan / SubPlan names and parent relationships', () => {
    const root = plan('initplan-subplan');
    expect(root).toMatchObject({ nodeType: 'Seq Scan', relation: 'users', startupCost: 437.01, totalCost: 87724.01 });
    expect(root.conditions.Filter).toBe('((created_at > (InitPlan 1).col1) AND ((SubPlan 2) > 1))');
    expect(child(root, 0)).toMatchObject({ nodeType: 'Aggregate', parentRelationship: 'InitPlan', subplanName: 'InitPlan 1' });
    expect(child(root, 1)).toMatchObject({ nodeType: 'Aggregate', parentRelationship: 'SubPlan', subplanName: 'SubPlan 2' });
    expect(child(root, 1, 0)).toMatchObject({ nodeType: 'Index Only Scan', index: 'orders_user_id_idx', relation: 'orders' });
  });

  it('keeps CTE names on the CTE subplan and the CTE Scans', () => {
    const root = plan('cte-scan');
    expect(root).toMatchObject({ nodeType: 'Hash Join', joinType: 'Inner', conditions: { 'Hash Cond': '(r2.user_id = r1.user_id)' } });
    expect(child(root, 0)).toMatchObject({ nodeType: 'Seq Scan', relation: 'orders', subplanName: 'CTE recent', parentRelationship: 'InitPlan' });
    expect(child(root, 1)).toMatchObject({ nodeType: 'CTE Scan', cteName: 'recent', alias: 'r2' });
    expect(child(root, 2, 0)).toMatchObject({ nodeType: 'CTE Scan', cteName: 'recent', alias: 'r1', conditions: { Filter: "(total > '400'::numeric)" } });
  });

  it('keeps the partitions under an Append', () => {
    const append = child(plan('partition-append'), 0);
    expect(append.nodeType).toBe('Append');
    expect(append.children.map((node) => [node.nodeType, node.relation, node.alias, node.planRows])).toEqual([
      ['Seq Scan', 'events_2024', 'events_1', 23],
      ['Seq Scan', 'events_2025', 'events_2', 17],
    ]);
  });

  it('keeps the Anti join type of a NOT EXISTS nested loop', () => {
    const root = plan('anti-join');
    expect(root).toMatchObject({ nodeType: 'Nested Loop', joinType: 'Anti', planRows: 1 });
    expect(child(root, 1)).toMatchObject({ nodeType: 'Index Only Scan', parentRelationship: 'Inner', conditions: { 'Index Cond': '(user_id = u.id)' } });
  });

  it('accepts the QUERY PLAN value unwrapped (an object rather than a one-element array)', () => {
    const [wrapped] = explain('bitmap-scan') as unknown[];
    expect(parsePlan(wrapped)).toEqual(plan('bitmap-scan'));
  });

  it('rejects output without a Plan', () => {
    expect(() => parsePlan([])).toThrow(PlanFormatError);
    expect(() => parsePlan([{ Planning: {} }])).toThrow('EXPLAIN output has no Plan');
    expect(() => parsePlan(null)).toThrow(PlanFormatError);
    expect(() => parsePlan('[{"Plan": {}}]')).toThrow(PlanFormatError);
  });

  it('walks the tree depth first, parents before children', () => {
    expect(nodes(plan('hash-left-join')).map((node) => node.nodeType)).toEqual(['Hash Join', 'Seq Scan', 'Hash', 'Seq Scan']);
  });
});

describe('plan shape', () => {
  // Conditions sit under their node, values as `?` (see conditions.test.ts for the normalisation).
  const SHAPES: Record<string, string> = {
    'hash-left-join': ['Hash Left Join', '  Hash Cond: (o.user_id = u.id)', '  Seq Scan on orders', '    Filter: (status <> ?)', '  Hash', '    Seq Scan on users'].join('\n'),
    'hash-aggregate': ['HashAggregate', '  Group Key: status', '  Seq Scan on orders'].join('\n'),
    'group-aggregate': ['GroupAggregate', '  Group Key: user_id', '  Index Only Scan using orders_user_id_idx on orders', '    Index Cond: (user_id IS NOT NULL)'].join('\n'),
    'initplan-subplan': [
      'Seq Scan on users',
      '  Filter: ((created_at > ?) AND ((SubPlan 2) > ?))',
      '  InitPlan 1: Aggregate',
      '    Seq Scan on users',
      '  SubPlan 2: Aggregate',
      '    Index Only Scan using orders_user_id_idx on orders',
      '      Index Cond: (user_id = u.id)',
    ].join('\n'),
    'cte-scan': [
      'Hash Join',
      '  Hash Cond: (r2.user_id = r1.user_id)',
      '  CTE recent: Seq Scan on orders',
      '    Filter: (created_at > ?)',
      '  CTE Scan on recent',
      '  Hash',
      '    CTE Scan on recent',
      '      Filter: (total > ?)',
    ].join('\n'),
    'partition-append': ['Aggregate', '  Append', '    Seq Scan on events_2024', '      Filter: (kind = ?)', '    Seq Scan on events_2025', '      Filter: (kind = ?)'].join('\n'),
    'bitmap-scan': ['Bitmap Heap Scan on orders', '  Recheck Cond: (user_id = ANY (?))', '  Bitmap Index Scan on orders_user_id_idx', '    Index Cond: (user_id = ANY (?))'].join('\n'),
    'index-only-scan': ['Aggregate', '  Index Only Scan using log_user_status_user_id_idx on log_user_status', '    Index Cond: (user_id = ?)'].join('\n'),
    'anti-join': [
      'Nested Loop Anti Join',
      '  Index Only Scan using users_pkey on users',
      '    Index Cond: (id < ?)',
      '  Index Only Scan using orders_user_id_idx on orders',
      '    Index Cond: (user_id = u.id)',
    ].join('\n'),
    'seq-scan-filter': ['Aggregate', '  Seq Scan on log_user_status'].join('\n'),
    'seq-scan-lower-email': ['Seq Scan on users', '  Filter: (lower(email) = ?)'].join('\n'),
    'index-scan-email': ['Index Scan using users_email_key on users', '  Index Cond: (email = ?)'].join('\n'),
  };

  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`renders ${name} as its node tree and conditions without numbers`, () => {
      expect(planShape(plan(name))).toBe(shape);
    });
  }

  it('is the same when only costs, row estimates, widths, aliases and the values in conditions differ', () => {
    const raw = explain('hash-left-join');
    const jiggled = JSON.parse(JSON.stringify(raw), (key, value) => {
      if (['Startup Cost', 'Total Cost', 'Plan Rows', 'Plan Width'].includes(key)) return (value as number) * 3 + 1;
      if (key === 'Alias') return `${value as string}_renamed`;
      if (key === 'Filter') return (value as string).replace(/'[^']*'/, "'another value'");
      return value;
    });
    expect(planShape(parsePlan(jiggled))).toBe(planShape(plan('hash-left-join')));
    expect(parsePlan(jiggled).totalCost).not.toBe(plan('hash-left-join').totalCost);
  });

  it('differs when the access path changes (the lower(email) incident)', () => {
    expect(planShape(plan('index-scan-email'))).not.toBe(planShape(plan('seq-scan-lower-email')));
    expect(planShape(plan('index-only-scan'))).not.toBe(planShape(plan('seq-scan-filter')));
  });

  const node = (fields: Partial<PlanNode> & { nodeType: string }): PlanNode => ({
    startupCost: 0,
    totalCost: 0,
    planRows: 0,
    planWidth: 0,
    conditions: {},
    children: [],
    ...fields,
  });

  it('labels other join types, strategies and operations the way EXPLAIN text does', () => {
    expect(nodeLabel(node({ nodeType: 'Hash Join', joinType: 'Inner' }))).toBe('Hash Join');
    expect(nodeLabel(node({ nodeType: 'Hash Join', joinType: 'Right Anti' }))).toBe('Hash Right Anti Join');
    expect(nodeLabel(node({ nodeType: 'Merge Join', joinType: 'Full' }))).toBe('Merge Full Join');
    expect(nodeLabel(node({ nodeType: 'Nested Loop', joinType: 'Semi' }))).toBe('Nested Loop Semi Join');
    expect(nodeLabel(node({ nodeType: 'Nested Loop', joinType: 'Inner' }))).toBe('Nested Loop');
    expect(nodeLabel(node({ nodeType: 'Aggregate', strategy: 'Mixed' }))).toBe('MixedAggregate');
    expect(nodeLabel(node({ nodeType: 'SetOp', strategy: 'Hashed' }))).toBe('HashSetOp');
    expect(nodeLabel(node({ nodeType: 'ModifyTable', operation: 'Update', relation: 'users' }))).toBe('Update on users');
    expect(nodeLabel(node({ nodeType: 'Function Scan', functionName: 'generate_series' }))).toBe('Function Scan on generate_series');
    expect(nodeLabel(node({ nodeType: 'Index Scan', scanDirection: 'Backward', index: 'orders_pkey', relation: 'orders' }))).toBe(
      'Index Scan Backward using orders_pkey on orders',
    );
    expect(nodeLabel(node({ nodeType: 'Index Only Scan', scanDirection: 'Forward', index: 'ix', relation: 't' }))).toBe('Index Only Scan using ix on t');
  });
});

describe('summarizePlan', () => {
  it('takes the root numbers and the shape', () => {
    const summary = summarizePlan(plan('hash-left-join'), RELATION_ROWS);
    expect(summary).toMatchObject({ totalCost: 1727.27, startupCost: 637, planRows: 50000 });
    expect(summary.shape).toBe(planShape(plan('hash-left-join')));
  });

  it('reports no seq scans for an index-only plan', () => {
    expect(summarizePlan(plan('index-only-scan'), RELATION_ROWS).seqScans).toEqual([]);
    expect(summarizePlan(plan('anti-join'), RELATION_ROWS).seqScans).toEqual([]);
    expect(summarizePlan(plan('bitmap-scan'), RELATION_ROWS).seqScans).toEqual([]);
  });

  it("uses the relation's estimated size, not the rows the Filter keeps", () => {
    // EXPLAIN estimates 100 rows out of the filter; the scan still reads all 20,000.
    expect(plan('seq-scan-lower-email').planRows).toBe(100);
    expect(summarizePlan(plan('seq-scan-lower-email'), RELATION_ROWS).seqScans).toEqual([{ relation: 'users', rows: 20000 }]);
  });

  it('counts every scan of a partitioned table by partition, with each partition size', () => {
    expect(summarizePlan(plan('partition-append'), RELATION_ROWS).seqScans).toEqual([
      { relation: 'events_2024', rows: 20962 },
      { relation: 'events_2025', rows: 19038 },
    ]);
  });

  it('counts seq scans inside InitPlans and SubPlans', () => {
    // The outer scan and the InitPlan's max(created_at) both read users.
    expect(summarizePlan(plan('initplan-subplan'), RELATION_ROWS).seqScans).toEqual([
      { relation: 'users', rows: 20000 },
      { relation: 'users', rows: 20000 },
    ]);
  });

  it('counts the seq scan inside a materialized CTE, not the CTE Scans', () => {
    expect(summarizePlan(plan('cte-scan'), RELATION_ROWS).seqScans).toEqual([{ relation: 'orders', rows: 50000 }]);
  });

  it('finds seq scans under joins and hashes', () => {
    expect(summarizePlan(plan('hash-left-join'), RELATION_ROWS).seqScans).toEqual([
      { relation: 'orders', rows: 50000 },
      { relation: 'users', rows: 20000 },
    ]);
  });

  it("falls back to the node's estimate for a relation missing from the map, and rounds", () => {
    expect(summarizePlan(plan('seq-scan-lower-email'), {}).seqScans).toEqual([{ relation: 'users', rows: 100 }]);
    expect(summarizePlan(plan('seq-scan-lower-email'), { users: 1234.6 }).seqScans).toEqual([{ relation: 'users', rows: 1235 }]);
  });
});
