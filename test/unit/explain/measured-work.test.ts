import { describe, expect, it } from 'vitest';
import { measuredWork } from '../../../src/explain/measured-work.ts';

/** EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) as PostgreSQL prints it: buffer counts include the children's. */
const SORT_OVER_JOIN = [
  {
    Plan: {
      'Node Type': 'Sort',
      'Plan Rows': 50,
      'Actual Rows': 200000,
      'Actual Loops': 1,
      'Shared Hit Blocks': 1500,
      'Shared Read Blocks': 562,
      'Temp Written Blocks': 1254,
      Plans: [
        {
          'Node Type': 'Hash Join',
          'Plan Rows': 50,
          'Actual Rows': 200000,
          'Actual Loops': 1,
          'Shared Hit Blocks': 1500,
          'Shared Read Blocks': 562,
          'Temp Written Blocks': 0,
          Plans: [
            {
              'Node Type': 'Seq Scan',
              'Relation Name': 'orders',
              'Plan Rows': 200000,
              'Actual Rows': 200000,
              'Actual Loops': 1,
              'Shared Hit Blocks': 1000,
              'Shared Read Blocks': 500,
            },
            {
              'Node Type': 'Hash',
              'Plan Rows': 10,
              'Actual Rows': 10,
              'Actual Loops': 1,
              'Shared Hit Blocks': 500,
              'Shared Read Blocks': 62,
              Plans: [
                {
                  'Node Type': 'Seq Scan',
                  'Relation Name': 'users',
                  'Plan Rows': 10,
                  'Actual Rows': 10,
                  'Actual Loops': 1,
                  'Shared Hit Blocks': 500,
                  'Shared Read Blocks': 62,
                },
              ],
            },
          ],
        },
      ],
    },
    Planning: { 'Shared Hit Blocks': 99 },
  },
];

describe('measuredWork', () => {
  it('reads blocks (hit + read) and temp blocks once, at the root, never adding up the nodes that already include their children', () => {
    const { work } = measuredWork(SORT_OVER_JOIN);
    expect(work.blocks).toBe(2062);
    expect(work.tempBlocks).toBe(1254);
    expect(work.rows).toBe(200000);
  });

  it('names the node that wrote temp blocks itself', () => {
    expect(measuredWork(SORT_OVER_JOIN).spills).toEqual([{ node: 'Sort', tempBlocks: 1254 }]);
  });

  it('finds the worst estimate either way, with rows over all loops, only on nodes that produced 1,000 rows or more', () => {
    const { work, worst } = measuredWork(SORT_OVER_JOIN);
    expect(worst).toEqual({ node: 'Sort', estimated: 50, actual: 200000, ratio: 4000 });
    expect(work.maxMisestimate).toBe(4000);
    const overestimate = [{ Plan: { 'Node Type': 'Index Scan', 'Relation Name': 'events', 'Plan Rows': 1_000_000, 'Actual Rows': 2000, 'Actual Loops': 1 } }];
    expect(measuredWork(overestimate).worst).toMatchObject({ estimated: 1_000_000, actual: 2000, ratio: 500 });
    // 4 rows per loop, estimated at 1, over 1,000 loops: 4,000 rows against 1,000 estimated.
    const innerLoop = [
      {
        Plan: {
          'Node Type': 'Nested Loop',
          'Plan Rows': 4000,
          'Actual Rows': 4000,
          'Actual Loops': 1,
          Plans: [{ 'Node Type': 'Index Scan', 'Relation Name': 'lines', 'Plan Rows': 1, 'Actual Rows': 4, 'Actual Loops': 1000 }],
        },
      },
    ];
    expect(measuredWork(innerLoop).worst).toEqual({ node: 'Index Scan on lines', estimated: 1000, actual: 4000, ratio: 4 });
    const small = [{ Plan: { 'Node Type': 'Seq Scan', 'Relation Name': 't', 'Plan Rows': 1, 'Actual Rows': 999, 'Actual Loops': 1 } }];
    expect(measuredWork(small)).toMatchObject({ worst: null, work: { maxMisestimate: 1 } });
  });

  it('skips nodes that never ran and names hashed aggregates as EXPLAIN does', () => {
    const plan = [
      {
        Plan: {
          'Node Type': 'Aggregate',
          Strategy: 'Hashed',
          'Plan Rows': 10,
          'Actual Rows': 5000,
          'Actual Loops': 1,
          'Temp Written Blocks': 300,
          Plans: [{ 'Node Type': 'Seq Scan', 'Relation Name': 'x', 'Plan Rows': 1, 'Actual Rows': 0, 'Actual Loops': 0 }],
        },
      },
    ];
    const measured = measuredWork(plan);
    expect(measured.spills).toEqual([{ node: 'HashAggregate', tempBlocks: 300 }]);
    expect(measured.worst?.node).toBe('HashAggregate');
  });

  it('refuses output without a plan', () => {
    expect(() => measuredWork([{}])).toThrow(/no Plan/);
  });
});
