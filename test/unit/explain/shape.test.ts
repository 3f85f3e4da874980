import { describe, expect, it } from 'vitest';
import { parsePlan, type PlanNode } from '../../../src/explain/plan.ts';
import { nodeLabel, planShape } from '../../../src/explain/shape.ts';
import { explainOutput, fixturePlan } from '../../helpers/plan-fixtures.ts';

describe('plan shape', () => {
  // Conditions sit under their node, values as `?` (see conditions.test.ts for the normalisation).
  const SHAPES: Record<string, string> = {
    'hash-left-join': [
      'Hash Left Join',
      '  Hash Cond: (o.user_id = u.id)',
      '  Seq Scan on orders',
      '    Filter: (status <> ?)',
      '  Hash',
      '    Seq Scan on users',
    ].join('\n'),
    'hash-aggregate': ['HashAggregate', '  Group Key: status', '  Seq Scan on orders'].join('\n'),
    'group-aggregate': [
      'GroupAggregate',
      '  Group Key: user_id',
      '  Index Only Scan using orders_user_id_idx on orders',
      '    Index Cond: (user_id IS NOT NULL)',
    ].join('\n'),
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
    'partition-append': [
      'Aggregate',
      '  Append',
      '    Seq Scan on events_2024',
      '      Filter: (kind = ?)',
      '    Seq Scan on events_2025',
      '      Filter: (kind = ?)',
    ].join('\n'),
    'bitmap-scan': [
      'Bitmap Heap Scan on orders',
      '  Recheck Cond: (user_id = ANY (?))',
      '  Bitmap Index Scan on orders_user_id_idx',
      '    Index Cond: (user_id = ANY (?))',
    ].join('\n'),
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
      expect(planShape(fixturePlan(name))).toBe(shape);
    });
  }

  it('is the same when only costs, row estimates, widths, aliases and the values in conditions differ', () => {
    const raw = explainOutput('hash-left-join');
    const jiggled = JSON.parse(JSON.stringify(raw), (key, value) => {
      if (['Startup Cost', 'Total Cost', 'Plan Rows', 'Plan Width'].includes(key)) return (value as number) * 3 + 1;
      if (key === 'Alias') return `${value as string}_renamed`;
      if (key === 'Filter') return (value as string).replace(/'[^']*'/, "'another value'");
      return value;
    });
    expect(planShape(parsePlan(jiggled))).toBe(planShape(fixturePlan('hash-left-join')));
    expect(parsePlan(jiggled).totalCost).not.toBe(fixturePlan('hash-left-join').totalCost);
  });

  it('differs when the access path changes (the lower(email) incident)', () => {
    expect(planShape(fixturePlan('index-scan-email'))).not.toBe(planShape(fixturePlan('seq-scan-lower-email')));
    expect(planShape(fixturePlan('index-only-scan'))).not.toBe(planShape(fixturePlan('seq-scan-filter')));
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
