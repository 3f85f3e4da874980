import { describe, expect, it } from 'vitest';
import { summarizePlan } from '../../../src/explain/plan-summary.ts';
import { planShape } from '../../../src/explain/shape.ts';
import { fixturePlan } from '../../helpers/plan-fixtures.ts';

/** pg_class.reltuples of the database the plan fixtures were taken on (see test/helpers/plan-fixtures.ts): the relation sizes the gate reads. */
const RELATION_ROWS: Readonly<Record<string, number>> = {
  events: 40000,
  events_2024: 20962,
  events_2025: 19038,
  log_user_status: 100000,
  orders: 50000,
  users: 20000,
};

describe('summarizePlan', () => {
  it('takes the root numbers and the shape', () => {
    const summary = summarizePlan(fixturePlan('hash-left-join'), RELATION_ROWS);
    expect(summary).toMatchObject({ totalCost: 1727.27, startupCost: 637, planRows: 50000 });
    expect(summary.shape).toBe(planShape(fixturePlan('hash-left-join')));
  });

  it('reports no seq scans for an index-only plan', () => {
    expect(summarizePlan(fixturePlan('index-only-scan'), RELATION_ROWS).seqScans).toEqual([]);
    expect(summarizePlan(fixturePlan('anti-join'), RELATION_ROWS).seqScans).toEqual([]);
    expect(summarizePlan(fixturePlan('bitmap-scan'), RELATION_ROWS).seqScans).toEqual([]);
  });

  it("uses the relation's estimated size, not the rows the Filter keeps", () => {
    // EXPLAIN estimates 100 rows out of the filter; the scan still reads all 20,000.
    expect(fixturePlan('seq-scan-lower-email').planRows).toBe(100);
    expect(summarizePlan(fixturePlan('seq-scan-lower-email'), RELATION_ROWS).seqScans).toEqual([{ relation: 'users', rows: 20000 }]);
  });

  it('counts every scan of a partitioned table by partition, with each partition size', () => {
    expect(summarizePlan(fixturePlan('partition-append'), RELATION_ROWS).seqScans).toEqual([
      { relation: 'events_2024', rows: 20962 },
      { relation: 'events_2025', rows: 19038 },
    ]);
  });

  it('counts seq scans inside InitPlans and SubPlans', () => {
    // The outer scan and the InitPlan's max(created_at) both read users.
    expect(summarizePlan(fixturePlan('initplan-subplan'), RELATION_ROWS).seqScans).toEqual([
      { relation: 'users', rows: 20000 },
      { relation: 'users', rows: 20000 },
    ]);
  });

  it('counts the seq scan inside a materialized CTE, not the CTE Scans', () => {
    expect(summarizePlan(fixturePlan('cte-scan'), RELATION_ROWS).seqScans).toEqual([{ relation: 'orders', rows: 50000 }]);
  });

  it('finds seq scans under joins and hashes', () => {
    expect(summarizePlan(fixturePlan('hash-left-join'), RELATION_ROWS).seqScans).toEqual([
      { relation: 'orders', rows: 50000 },
      { relation: 'users', rows: 20000 },
    ]);
  });

  it("falls back to the node's estimate for a relation missing from the map, and rounds", () => {
    expect(summarizePlan(fixturePlan('seq-scan-lower-email'), {}).seqScans).toEqual([{ relation: 'users', rows: 100 }]);
    expect(summarizePlan(fixturePlan('seq-scan-lower-email'), { users: 1234.6 }).seqScans).toEqual([{ relation: 'users', rows: 1235 }]);
  });
});
