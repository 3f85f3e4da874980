import { beforeAll, describe, expect, it } from 'vitest';
import { indexCandidates, type IndexCandidate } from '../../../src/advice/candidates.ts';
import { mergeAdviceRuns, statisticsCandidates } from '../../../src/advice/statistics-advice.ts';
import type { AdviceRun, QueryAdvice } from '../../../src/advice/try-indexes.ts';
import { loadParser } from '../../../src/engine/build/script.ts';

beforeAll(loadParser);

/** The statistics to try for a query, from its index candidates as adviseStatistics gets them. */
const statisticsFor = (sql: string) => statisticsCandidates(indexCandidates(sql));

describe('statistics candidates: per table, the widest set of plain columns filtered together', () => {
  it('two correlated columns of one table', () => {
    expect(statisticsFor('SELECT id FROM addresses WHERE city = $1 AND zip = $2')).toEqual([
      {
        table: 'addresses',
        columns: ['city', 'zip'],
        sql: 'CREATE STATISTICS addresses_city_zip_stats (dependencies, mcv) ON city, zip FROM addresses',
      },
    ]);
  });

  it('the widest set wins: equality columns with the range column', () => {
    expect(statisticsFor('SELECT id FROM addresses WHERE city = $1 AND zip = $2 AND created_at > $3').map((candidate) => candidate.sql)).toEqual([
      'CREATE STATISTICS addresses_city_zip_created_at_stats (dependencies, mcv) ON city, zip, created_at FROM addresses',
    ]);
  });

  it('one per table, the statistics object in the table schema', () => {
    const sql =
      'SELECT o.id FROM billing.invoices o JOIN customers c ON c.id = o.customer_id WHERE o.status = $1 AND o.region = $2 AND c.country = $3 AND c.tier = $4';
    expect(statisticsFor(sql).map((candidate) => [candidate.table, candidate.sql])).toEqual([
      ['billing.invoices', 'CREATE STATISTICS billing.invoices_status_region_stats (dependencies, mcv) ON status, region FROM billing.invoices'],
      ['customers', 'CREATE STATISTICS customers_country_tier_stats (dependencies, mcv) ON country, tier FROM customers'],
    ]);
  });

  it('quoted columns and tables stay quoted in the statement; the name is made of their bare words, lower case', () => {
    expect(statisticsFor('SELECT id FROM "Order" WHERE "Customer Id" = $1 AND "select" = $2').map((candidate) => candidate.sql)).toEqual([
      'CREATE STATISTICS order_customer_id_select_stats (dependencies, mcv) ON "Customer Id", "select" FROM "Order"',
    ]);
  });

  it('none for one column alone, or where a key is an expression (extended statistics on expressions need PostgreSQL 14)', () => {
    expect(statisticsFor('SELECT id FROM users WHERE org_id = $1')).toEqual([]);
    expect(statisticsFor('SELECT id FROM users WHERE lower(email) = $1 AND org_id = $2')).toEqual([]);
  });

  it('a descending sort key is no column set; a long name is cut to 63 characters', () => {
    const candidate = (keys: string[]): IndexCandidate => ({
      relation: { name: 'orders' },
      table: 'orders',
      keys,
      expressions: false,
      sql: `CREATE INDEX ON orders (${keys.join(', ')})`,
    });
    expect(statisticsCandidates([candidate(['user_id', 'placed_at DESC'])])).toEqual([]);
    const [long] = statisticsCandidates([candidate(['customer_reference_number', 'fulfilment_warehouse_code', 'shipping_country'])]);
    expect(long!.sql).toBe(
      'CREATE STATISTICS orders_customer_reference_number_fulfilment_warehouse_code_ship (dependencies, mcv) ON customer_reference_number, fulfilment_warehouse_code, shipping_country FROM orders',
    );
  });
});

describe('index advice and statistics advice of one run, merged', () => {
  const run = (byQuery: [string, QueryAdvice][], cutShort = false, trials = 1): AdviceRun => ({
    byQuery: new Map(byQuery),
    cutShort,
    trials,
  });

  it('either alone is the result', () => {
    const only = run([['recent_orders', { advice: [] }]]);
    expect(mergeAdviceRuns(only, null)).toBe(only);
    expect(mergeAdviceRuns(null, only)).toBe(only);
    expect(mergeAdviceRuns(null, null)).toBeNull();
  });

  it("per query both lists, index advice first; every query of either; trials added, cut short if either was; the first run's map untouched", () => {
    const indexes = run(
      [
        ['recent_orders', { advice: [{ sql: 'CREATE INDEX ON orders (user_id, placed_at)', cost: 8.3 }] }],
        ['by_email', { advice: [{ sql: 'CREATE INDEX ON users (lower(email))', cost: 4.1 }] }],
      ],
      false,
      5,
    );
    const statistics = run(
      [
        [
          'recent_orders',
          { advice: [{ sql: 'CREATE STATISTICS orders_user_id_status_stats (dependencies, mcv) ON user_id, status FROM orders', cost: 9, maxMisestimate: 2 }] },
        ],
        ['by_city', { advice: [], note: 'no statistics advice: the query filters no two columns of one table together' }],
      ],
      true,
      2,
    );
    const merged = mergeAdviceRuns(indexes, statistics)!;
    expect([...merged.byQuery]).toEqual([
      [
        'recent_orders',
        {
          advice: [
            { sql: 'CREATE INDEX ON orders (user_id, placed_at)', cost: 8.3 },
            { sql: 'CREATE STATISTICS orders_user_id_status_stats (dependencies, mcv) ON user_id, status FROM orders', cost: 9, maxMisestimate: 2 },
          ],
        },
      ],
      ['by_email', { advice: [{ sql: 'CREATE INDEX ON users (lower(email))', cost: 4.1 }] }],
      ['by_city', { advice: [], note: 'no statistics advice: the query filters no two columns of one table together' }],
    ]);
    expect([merged.cutShort, merged.trials]).toEqual([true, 7]);
    expect(indexes.byQuery.get('recent_orders')!.advice).toHaveLength(1);
  });

  it('where neither has advice, both notes, index first', () => {
    const merged = mergeAdviceRuns(
      run([['search', { advice: [], note: 'no index helps: the scan keeps most of the table' }]]),
      run([['search', { advice: [], note: 'no statistics help: the best of 1 tried leaves a misestimate of ×40' }]]),
    )!;
    expect(merged.byQuery.get('search')).toEqual({
      advice: [],
      note: 'no index helps: the scan keeps most of the table; no statistics help: the best of 1 tried leaves a misestimate of ×40',
    });
  });
});
