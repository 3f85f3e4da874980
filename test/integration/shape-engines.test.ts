import { describe, expect, it } from 'vitest';
import { isPlan } from '../../src/explain/query-result.ts';
import { fixture } from '../helpers/fixtures.ts';
import { gate } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

/**
 * Identical inputs give identical shapes, conditions included, on PGlite (PostgreSQL 18) and on
 * the machine's native PostgreSQL 15, whose EXPLAIN prints InitPlan values, subplan tests and
 * subplan names differently. The queries use features whose plan is the same on both majors
 * (an EXISTS becomes a Hash Right Semi Join on 18, which 15 does not have: a real difference).
 */
const repo = repoPerTest();

const ORDERS = `CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  status varchar(20) NOT NULL,
  total numeric(10,2) NOT NULL,
  placed_at timestamp NOT NULL
);
CREATE INDEX orders_user_idx ON orders (user_id, placed_at);
`;
const ORDERS_SEED = `INSERT INTO orders (user_id, status, total, placed_at)
SELECT 1 + (g * 7919) % 40000, (ARRAY['new','paid','shipped'])[1 + g % 3], (g % 500) + 0.99, '2025-01-01'::timestamp + g * interval '1 minute'
FROM generate_series(1, 60000) AS g;
`;

const QUERIES: Record<string, string> = {
  'by-email': '-- params: ["user7@example.com"]\nSELECT id FROM users WHERE email = $1',
  'lower-email': '-- params: ["user7@example.com"]\nSELECT id FROM users WHERE lower(email) = lower($1)',
  'org-in-list': 'SELECT id FROM users WHERE org_id IN (3, 4, 5) ORDER BY id',
  'status-varchar': "SELECT count(*) FROM orders WHERE status = 'paid' AND total > 100.5",
  'recent-orders': "-- params: [7]\nSELECT * FROM orders WHERE user_id = $1 AND placed_at >= '2025-01-02' ORDER BY placed_at DESC LIMIT 10",
  'join-totals': 'SELECT u.org_id, sum(o.total) FROM users u JOIN orders o ON o.user_id = u.id GROUP BY u.org_id ORDER BY 2 DESC',
  'in-subquery': "SELECT id FROM users WHERE id IN (SELECT user_id FROM orders WHERE status = 'new' AND total > 400)",
  'not-in-subquery': 'SELECT count(*) FROM users WHERE id NOT IN (SELECT user_id FROM orders)',
  initplan: "SELECT id FROM users WHERE created_at >= (SELECT max(placed_at) FROM orders) - interval '1 day'",
  'scalar-subplan': 'SELECT u.id, (SELECT count(*) FROM orders o WHERE o.user_id = u.id) FROM users u WHERE u.org_id = 9',
  'generic-any': 'SELECT id FROM users WHERE id = ANY($1::bigint[])',
};

describe('shapes across engines', () => {
  it('prints the same shape, conditions included, on PostgreSQL 18 (embedded) and 15 (server)', async () => {
    const files: Record<string, string> = {
      'db/schema.sql': `${fixture('users/schema.sql')}\n${ORDERS}`,
      'db/seed.sql': `${fixture('users/seed.sql')}\n${ORDERS_SEED}`,
    };
    for (const [name, sql] of Object.entries(QUERIES)) files[`queries/${name}.sql`] = `${sql}\n`;
    const config = (engine: string) => `engine: ${engine}\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\nadvice: false\n`;
    const r = repo({ ...files, 'pg-plan-gate.yml': config('embedded'), 'server.yml': config('server') });
    const shapesOn = async (configPath: string) => {
      const report = await gate(r.dir, r.shas[0]!, r.shas[0], configPath);
      expect(report.findings).toEqual([]);
      return Object.fromEntries(report.queries.map((query) => [query.name, isPlan(query.head) ? query.head.shape : query.head]));
    };
    const [embedded, server] = [await shapesOn('pg-plan-gate.yml'), await shapesOn('server.yml')];
    expect(server).toEqual(embedded);
    // Not vacuous: conditions are there, values and both majors' spellings folded.
    expect(embedded['queries/recent-orders']).toContain('Index Cond: ((orders.user_id = ?) AND (orders.placed_at >= ?))');
    expect(embedded['queries/initplan']).toContain('Filter: (users.created_at >= (? - ?))');
    expect(embedded['queries/not-in-subquery']).toContain('Filter: (NOT (hashed SubPlan 1))');
    expect(embedded['queries/status-varchar']).toContain('((orders.status)::text = ?)');
  });

  it('shows a condition that a narrower index moved from Index Cond to Filter as a plan change', async () => {
    const r = repo(
      {
        'db/schema.sql': `${fixture('users/schema.sql')}\n${ORDERS}`,
        'db/seed.sql': `${fixture('users/seed.sql')}\n${ORDERS_SEED}`,
        'queries/user-orders.sql': "-- params: [7]\nSELECT id FROM orders WHERE user_id = $1 AND placed_at >= '2025-01-02'\n",
        'pg-plan-gate.yml': 'schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\nadvice: false\n',
      },
      // Same index name, one column fewer: node type, index and relation stay as they were.
      { 'db/migrations/0002.sql': 'DROP INDEX orders_user_idx;\nCREATE INDEX orders_user_idx ON orders (user_id);\n' },
    );
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    const userOrders = report.queries[0]!;
    const [base, head] = [userOrders.base, userOrders.head].map((side) => (isPlan(side) ? side.shape : ''));
    expect(base).toBe('Index Scan using orders_user_idx on orders\n  Index Cond: ((orders.user_id = ?) AND (orders.placed_at >= ?))');
    expect(head).toBe('Index Scan using orders_user_idx on orders\n  Index Cond: (orders.user_id = ?)\n  Filter: (orders.placed_at >= ?)');
    expect(userOrders.status).toBe('changed');
    expect(userOrders.findings).toEqual([{ rule: 'plan-changed', severity: 'info', message: 'plan shape changed' }]);
  });
});
