import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/compare/compare.ts';
import type { QueryResult } from '../../../src/explain/query-result.ts';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import { normalizeCondition, normalizeSubplanName } from '../../../src/explain/conditions.ts';
import { parsePlan } from '../../../src/explain/plan.ts';
import { planShape } from '../../../src/explain/shape.ts';
import { summarizePlan } from '../../../src/explain/plan-summary.ts';

describe('normalizeCondition', () => {
  it('turns constants and parameters into placeholders, with their casts', () => {
    expect(normalizeCondition("(email = 'user7@example.com'::text)")).toBe('(email = ?)');
    expect(normalizeCondition('(email = $1)')).toBe('(email = ?)');
    expect(normalizeCondition('(id = 42)')).toBe('(id = ?)');
    expect(normalizeCondition("(total > 100.5) AND (total < '-3'::numeric)")).toBe('(total > ?) AND (total < ?)');
    expect(normalizeCondition("(placed_at >= '2025-01-02 00:00:00'::timestamp without time zone)")).toBe('(placed_at >= ?)');
    expect(normalizeCondition("(created_at < '2025-01-02 00:00:00+00'::timestamp with time zone)")).toBe('(created_at < ?)');
    expect(normalizeCondition("(id = ANY ('{1,2,3}'::bigint[]))")).toBe('(id = ANY (?))');
    expect(normalizeCondition('(id = ANY (($1)::bigint[]))')).toBe('(id = ANY (?))');
    expect(normalizeCondition("(name = E'a\\\\b'::character varying(20))")).toBe('(name = ?)');
  });

  it('gives the custom plan (values bound) and the generic plan ($n) of one condition the same text', () => {
    expect(normalizeCondition("(lower(email) = 'a@b.c'::text)")).toBe(normalizeCondition('(lower(email) = lower($1))').replace('lower(?)', '?'));
    expect(normalizeCondition("((user_id = 7) AND (placed_at >= '2025-01-02'::date))")).toBe(normalizeCondition('((user_id = $1) AND (placed_at >= $2))'));
  });

  it('keeps what is not a value: columns, casts of columns, functions, identifiers with digits, subplan numbers', () => {
    expect(normalizeCondition('((status)::text = ANY (ARRAY[$1, $2]))')).toBe('((status)::text = ANY (ARRAY[?, ?]))');
    expect(normalizeCondition('(lower(u1.email) = lower(?))')).toBe('(lower(u1.email) = lower(?))');
    expect(normalizeCondition('("Order 2"."Col 1" = 3)')).toBe('("Order 2"."Col 1" = ?)');
    expect(normalizeCondition('((SubPlan 2) > 1)')).toBe('((SubPlan 2) > ?)');
    expect(normalizeCondition("(note = 'it''s $1 and 2')")).toBe('(note = ?)');
    expect(normalizeCondition('(a  =\n   b)')).toBe('(a = b)');
  });

  it('prints PostgreSQL 15 and 17+ spellings of InitPlan values and subplan tests alike', () => {
    expect(normalizeCondition('(created_at > $0)')).toBe(normalizeCondition('(created_at > (InitPlan 1).col1)'));
    expect(normalizeCondition('(NOT (hashed SubPlan 1))')).toBe(normalizeCondition('(NOT (ANY (users.id = (hashed SubPlan 1).col1)))'));
    expect(normalizeCondition('(SubPlan 3)')).toBe(normalizeCondition('(ANY (lower(u.email) = (SubPlan 3).col1))'));
    expect(normalizeCondition('(id = ANY (ARRAY[1, 2]))')).toBe('(id = ANY (ARRAY[?, ?]))');
    expect(normalizeSubplanName('InitPlan 1 (returns $0)')).toBe('InitPlan 1');
    expect(normalizeSubplanName('InitPlan 1')).toBe('InitPlan 1');
  });
});

/** A one-node EXPLAIN (FORMAT JSON) of an index scan, with the conditions given. */
const indexScan = (conditions: Record<string, string>, totalCost = 8.3) => [
  {
    Plan: {
      'Node Type': 'Index Scan',
      'Index Name': 'orders_lookup_idx',
      'Relation Name': 'orders',
      Alias: 'orders',
      'Startup Cost': 0.29,
      'Total Cost': totalCost,
      'Plan Rows': 1,
      'Plan Width': 8,
      ...conditions,
    },
  },
];

describe('conditions in the plan shape', () => {
  const before = indexScan({ 'Index Cond': "((customer_id = 7) AND (status = 'paid'::text))" });
  // The migration recreated orders_lookup_idx on (customer_id) alone: same node, status now checked row by row.
  const after = indexScan({ 'Index Cond': '(customer_id = 7)', Filter: "(status = 'paid'::text)" }, 8.4);

  it('shows each condition on its own line under its node, before the children, sort and group keys too', () => {
    expect(planShape(parsePlan(before))).toBe('Index Scan using orders_lookup_idx on orders\n  Index Cond: ((customer_id = ?) AND (status = ?))');
    const sorted = [
      {
        Plan: {
          'Node Type': 'Sort',
          'Sort Key': ['orders.placed_at DESC', 'orders.id'],
          'Total Cost': 9,
          Plans: [{ ...before[0]!.Plan, 'Parent Relationship': 'Outer' }],
        },
      },
    ];
    expect(planShape(parsePlan(sorted))).toBe(
      'Sort\n  Sort Key: orders.placed_at DESC, orders.id\n  Index Scan using orders_lookup_idx on orders\n    Index Cond: ((customer_id = ?) AND (status = ?))',
    );
  });

  it('makes a condition moving from Index Cond to Filter a plan change (plan-changed, status changed)', () => {
    expect(planShape(parsePlan(after))).not.toBe(planShape(parsePlan(before)));
    const result = (explain: unknown): QueryResult => ({ name: 'q', endpoint: null, file: null, line: 1, result: summarizePlan(parsePlan(explain), {}) });
    const comparison = compare({ budgets: DEFAULT_BUDGETS, overrides: [] }, [result(before)], [result(after)]);
    expect(comparison.queries[0]).toMatchObject({ status: 'changed', findings: [{ rule: 'plan-changed', severity: 'info' }] });
  });

  it('gives the same shape for the same plan with other values', () => {
    const otherValues = indexScan({ 'Index Cond': "((customer_id = $1) AND (status = 'shipped'::text))" });
    expect(planShape(parsePlan(otherValues))).toBe(planShape(parsePlan(before)));
  });
});
