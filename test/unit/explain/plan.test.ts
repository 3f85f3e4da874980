import { describe, expect, it } from 'vitest';
import { parsePlan, PlanFormatError, walk, type PlanNode } from '../../../src/explain/plan.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { explainOutput, fixturePlan } from '../../helpers/plan-fixtures.ts';

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
    expect(fixturePlan('seq-scan-lower-email')).toStrictEqual({
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
      for (const node of nodes(fixturePlan(name))) {
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
    const root = fixturePlan('hash-left-join');
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
    expect(fixturePlan('hash-aggregate')).toMatchObject({ nodeType: 'Aggregate', strategy: 'Hashed', totalCost: 1209.05, planRows: 4 });
    expect(fixturePlan('group-aggregate')).toMatchObject({ nodeType: 'Aggregate', strategy: 'Sorted' });
    expect(fixturePlan('index-only-scan')).toMatchObject({ nodeType: 'Aggregate', strategy: 'Plain' });
  });

  it('keeps index names, scan direction and index / recheck conditions', () => {
    const bitmap = fixturePlan('bitmap-scan');
    expect(bitmap).toMatchObject({ nodeType: 'Bitmap Heap Scan', relation: 'orders' });
    expect(bitmap.index).toBeUndefined();
    expect(bitmap.conditions['Recheck Cond']).toMatch(/^\(user_id = ANY \('\{1,2,3,/);
    const bitmapIndex = child(bitmap, 0);
    expect(bitmapIndex).toMatchObject({ nodeType: 'Bitmap Index Scan', index: 'orders_user_id_idx', startupCost: 0, totalCost: 121.15 });
    expect(bitmapIndex.relation).toBeUndefined();
    expect(bitmapIndex.conditions['Index Cond']).toBe(bitmap.conditions['Recheck Cond']);

    expect(child(fixturePlan('index-only-scan'), 0)).toMatchObject({
      nodeType: 'Index Only Scan',
      index: 'log_user_status_user_id_idx',
      relation: 'log_user_status',
      scanDirection: 'Forward',
      conditions: { 'Index Cond': '(user_id = 123)' },
    });
  });

  it('keeps InitPlan / SubPlan names and parent relationships', () => {
    const root = fixturePlan('initplan-subplan');
    expect(root).toMatchObject({ nodeType: 'Seq Scan', relation: 'users', startupCost: 437.01, totalCost: 87724.01 });
    expect(root.conditions.Filter).toBe('((created_at > (InitPlan 1).col1) AND ((SubPlan 2) > 1))');
    expect(child(root, 0)).toMatchObject({ nodeType: 'Aggregate', parentRelationship: 'InitPlan', subplanName: 'InitPlan 1' });
    expect(child(root, 1)).toMatchObject({ nodeType: 'Aggregate', parentRelationship: 'SubPlan', subplanName: 'SubPlan 2' });
    expect(child(root, 1, 0)).toMatchObject({ nodeType: 'Index Only Scan', index: 'orders_user_id_idx', relation: 'orders' });
  });

  it('keeps CTE names on the CTE subplan and the CTE Scans', () => {
    const root = fixturePlan('cte-scan');
    expect(root).toMatchObject({ nodeType: 'Hash Join', joinType: 'Inner', conditions: { 'Hash Cond': '(r2.user_id = r1.user_id)' } });
    expect(child(root, 0)).toMatchObject({ nodeType: 'Seq Scan', relation: 'orders', subplanName: 'CTE recent', parentRelationship: 'InitPlan' });
    expect(child(root, 1)).toMatchObject({ nodeType: 'CTE Scan', cteName: 'recent', alias: 'r2' });
    expect(child(root, 2, 0)).toMatchObject({ nodeType: 'CTE Scan', cteName: 'recent', alias: 'r1', conditions: { Filter: "(total > '400'::numeric)" } });
  });

  it('keeps the partitions under an Append', () => {
    const append = child(fixturePlan('partition-append'), 0);
    expect(append.nodeType).toBe('Append');
    expect(append.children.map((node) => [node.nodeType, node.relation, node.alias, node.planRows])).toEqual([
      ['Seq Scan', 'events_2024', 'events_1', 23],
      ['Seq Scan', 'events_2025', 'events_2', 17],
    ]);
  });

  it('keeps the Anti join type of a NOT EXISTS nested loop', () => {
    const root = fixturePlan('anti-join');
    expect(root).toMatchObject({ nodeType: 'Nested Loop', joinType: 'Anti', planRows: 1 });
    expect(child(root, 1)).toMatchObject({ nodeType: 'Index Only Scan', parentRelationship: 'Inner', conditions: { 'Index Cond': '(user_id = u.id)' } });
  });

  it('accepts the QUERY PLAN value unwrapped (an object rather than a one-element array)', () => {
    const [wrapped] = explainOutput('bitmap-scan') as unknown[];
    expect(parsePlan(wrapped)).toEqual(fixturePlan('bitmap-scan'));
  });

  it('rejects output without a Plan', () => {
    expect(() => parsePlan([])).toThrow(PlanFormatError);
    expect(() => parsePlan([{ Planning: {} }])).toThrow('EXPLAIN output has no Plan');
    expect(() => parsePlan(null)).toThrow(PlanFormatError);
    expect(() => parsePlan('[{"Plan": {}}]')).toThrow(PlanFormatError);
  });

  it('walks the tree depth first, parents before children', () => {
    expect(nodes(fixturePlan('hash-left-join')).map((node) => node.nodeType)).toEqual(['Hash Join', 'Seq Scan', 'Hash', 'Seq Scan']);
  });
});
