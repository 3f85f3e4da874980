import { describe, expect, it } from 'vitest';
import type { QueryComparison } from '../../../src/compare/comparison.ts';
import type { SideResult } from '../../../src/explain/query-result.ts';
import { hasPlanChange, planDiff } from '../../../src/report/plan-diff.ts';
import { BASE_RECENT, HEAD_RECENT, shapePlan } from '../../helpers/plan-summary.ts';

const query = (base: SideResult | null, head: SideResult | null): QueryComparison => ({
  name: 'recent_orders',
  endpoint: null,
  file: 'queries/recent_orders.sql',
  line: 3,
  status: 'changed',
  base,
  head,
  findings: [],
});

describe('the plan diff', () => {
  it("a unified diff of base's and head's shapes, headed base and head, without the ===== line", () => {
    expect(planDiff(query(shapePlan(12, BASE_RECENT), shapePlan(1900, HEAD_RECENT))).split('\n')).toEqual([
      '--- base',
      '+++ head',
      '@@ -1,3 +1,5 @@',
      ' Limit',
      '-  Index Scan using orders_user_idx on orders',
      '-    Index Cond: ((user_id = ?) AND (placed_at >= ?))',
      '+  Sort',
      '+    Sort Key: placed_at DESC',
      '+    Seq Scan on orders',
      '+      Filter: ((user_id = ?) AND (placed_at >= ?))',
    ]);
  });

  it('keeps three lines of context around a change deep in a plan', () => {
    const base = ['Hash Join', '  Hash Cond: (o.user_id = u.id)', '  Seq Scan on orders o', '  Hash', '    Seq Scan on users u', '      Filter: (active)'].join(
      '\n',
    );
    const head = base.replace('    Seq Scan on users u', '    Index Scan using users_active on users u');
    expect(planDiff(query(shapePlan(10, base), shapePlan(9, head))).split('\n')).toEqual([
      '--- base',
      '+++ head',
      '@@ -2,5 +2,5 @@',
      '   Hash Cond: (o.user_id = u.id)',
      '   Seq Scan on orders o',
      '   Hash',
      '-    Seq Scan on users u',
      '+    Index Scan using users_active on users u',
      '       Filter: (active)',
    ]);
  });

  it('two huge plans that differ everywhere: the whole of base out, the whole of head in, without diffing line by line', () => {
    const lines = (prefix: string) => Array.from({ length: 600 }, (_, index) => `${prefix} ${index}`);
    const diff = planDiff(query(shapePlan(1, lines('Seq Scan on a').join('\n')), shapePlan(1, lines('Seq Scan on b').join('\n'))));
    expect(diff.split('\n')).toEqual(['--- base', '+++ head', '@@ -1,600 +1,600 @@', ...lines('-Seq Scan on a'), ...lines('+Seq Scan on b')]);
  });

  it('identical shapes give only the headers', () => {
    expect(planDiff(query(shapePlan(5, 'Seq Scan on t'), shapePlan(6, 'Seq Scan on t')))).toBe('--- base\n+++ head');
  });
});

describe('a plan change', () => {
  it('both sides planned, with different shapes; a cost change alone is none', () => {
    expect(hasPlanChange(query(shapePlan(12, BASE_RECENT), shapePlan(1900, HEAD_RECENT)))).toBe(true);
    expect(hasPlanChange(query(shapePlan(12, BASE_RECENT), shapePlan(1900, BASE_RECENT)))).toBe(false);
  });

  it('a side without a plan (new, removed, failed) is no plan change', () => {
    expect(hasPlanChange(query(null, shapePlan(1, HEAD_RECENT)))).toBe(false);
    expect(hasPlanChange(query(shapePlan(1, BASE_RECENT), null))).toBe(false);
    expect(hasPlanChange(query(shapePlan(1, BASE_RECENT), { error: 'relation "orders" does not exist' }))).toBe(false);
  });
});
