import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costRegressionLimit } from '../../src/compare/rules.ts';
import { DEFAULT_BUDGETS } from '../../src/config/config.ts';
import { isPlan } from '../../src/explain/query-result.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import type { Report } from '../../src/report/report.ts';
import { fixture } from '../helpers/fixtures.ts';
import { gate, query } from '../helpers/gate.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

/**
 * Index advice on real PostgreSQL, per engine: PGlite (18) and a throwaway native server
 * (the machine's, 15 here). One pull request holds every case, so each engine builds its
 * databases once per config.
 */
const ORDERS_SCHEMA = `CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id int NOT NULL,
  created_at timestamptz NOT NULL,
  total numeric NOT NULL
);
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);
CREATE INDEX orders_total_idx ON orders (total);
`;
const ORDERS_SEED = `INSERT INTO orders (customer_id, created_at, total)
SELECT g % 500, timestamptz '2024-01-01' + (g % 365) * interval '1 day', g % 1000
FROM generate_series(1, 50000) AS g;
`;

const queries = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, sql]) => [`queries/${name}.sql`, sql]));

const BASE_FILES = {
  'db/schema.sql': `${fixture('users/schema.sql')}${ORDERS_SCHEMA}`,
  'db/seed.sql': `${fixture('users/seed.sql')}${ORDERS_SEED}`,
  ...queries({
    login: '-- params: ["user7@example.com"]\nSELECT id FROM users WHERE email = $1\n',
    'customer-orders': '-- params: [42, "2024-06-01"]\nSELECT id, total FROM orders WHERE customer_id = $1 AND created_at >= $2\n',
    everyone: '-- params: [7]\nSELECT id FROM users WHERE id = $1\n',
    'by-day': '-- params: [7]\nSELECT id FROM users WHERE id = $1\n',
    steady: '-- params: [7]\nSELECT email FROM users WHERE id = $1\n',
    'big-orders': '-- params: [990]\nSELECT id FROM orders WHERE total >= $1\n',
    'user-by-id': '-- params: [7]\nSELECT email FROM users WHERE id = $1\n',
    // Planned generically (plan_mode: generic): GENERIC_PLAN on 18, PREPARE before 16, in the trial too.
    'generic/by-org': 'SELECT id FROM users WHERE org_id = $1\n',
  }),
};
const HEAD_CHANGES = {
  'db/migrations/0002_drop_indexes.sql': 'DROP INDEX orders_customer_created_idx;\nDROP INDEX users_org_idx;\n',
  ...queries({
    login: '-- params: ["user7@example.com"]\nSELECT id FROM users WHERE lower(email) = lower($1)\n',
    // Every row passes the filter (39,998 estimated without an index on org_id): no index makes reading them cheaper.
    everyone: '-- params: [0]\nSELECT id, email FROM users WHERE org_id >= $1\n',
    // timestamptz::date depends on the time zone: not immutable, so not indexable.
    'by-day': "SELECT id FROM users WHERE created_at::date = '2024-03-01'\n",
    // 30% of the orders instead of 1%: still read through orders_total_idx, at a higher cost.
    'big-orders': '-- params: [700]\nSELECT id FROM orders WHERE total >= $1\n',
    // 7.0 is numeric: PostgreSQL casts the column, and the primary key cannot serve that.
    'user-by-id': 'SELECT email FROM users WHERE id = 7.0\n',
  }),
};

const ENGINES = [
  { name: 'embedded', header: 'engine: embedded\n' },
  { name: 'server', header: 'engine: server\n' },
] as const;

describe.each(ENGINES)('index advice, engine $name', ({ header }) => {
  const config = (extra: string) =>
    `${header}${extra}schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n  - file: queries/generic/*.sql\n    plan_mode: generic\n`;
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo(
      {
        ...BASE_FILES,
        'pg-plan-gate.yml': config(''),
        'no-advice.yml': config('advice: false\n'),
        'tiny-bound.yml': config('advice:\n  timeout_seconds: 0.000001\n'),
      },
      HEAD_CHANGES,
    );
  });
  afterAll(() => repo?.cleanup());

  const run = (configPath: string) => gate(repo.dir, repo.shas[0]!, repo.shas[1], configPath);

  it('advises the expression index for lower(col), recreates a dropped multicolumn index, says why none helps elsewhere', async () => {
    const report = await run('pg-plan-gate.yml');

    const login = query(report, 'queries/login');
    expect(login.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['seq-scan', 'cost-regression']));
    expect(login.advice?.[0]?.sql).toBe('CREATE INDEX ON users (lower(email))');
    expect(login.advice![0]!.cost).toBeLessThanOrEqual(budgetOf(login.base));
    expect(login.advice![0]!.cost).toBeLessThan(costOf(login.head) / 10);

    const orders = query(report, 'queries/customer-orders');
    expect(orders.status).toBe('regressed');
    const recreated = orders.advice?.find((entry) => entry.sql === 'CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at)');
    expect(recreated, JSON.stringify(orders.advice)).toBeDefined();
    // The index base had gives base's plan back: the same cost.
    expect(recreated!.cost).toBe(costOf(orders.base));
    expect(orders.advice!.length).toBeLessThanOrEqual(3);
    expect(orders.advice!.map((entry) => entry.cost)).toEqual([...orders.advice!.map((entry) => entry.cost)].sort((a, b) => a - b));
    for (const entry of orders.advice!) expect(entry.cost).toBeLessThanOrEqual(budgetOf(orders.base));

    const everyone = query(report, 'queries/everyone');
    expect(everyone.findings.map((finding) => finding.rule)).toContain('cost-regression');
    expect(everyone.advice).toEqual([]);
    expect(everyone.adviceNote).toBe('no index helps: the query reads most of users (~39,998 of 40,000 rows)');

    const byDay = query(report, 'queries/by-day');
    expect(byDay.advice).toEqual([]);
    expect(byDay.adviceNote).toBe('no index helps: (created_at::date) cannot be indexed, a function in it is not immutable');

    const byOrg = query(report, 'queries/generic/by-org');
    expect(byOrg).toMatchObject({ planMode: 'generic', advice: [{ sql: 'CREATE INDEX users_org_idx ON users (org_id)', cost: costOf(byOrg.base) }] });

    // A candidate head already has is not built again; the note names it.
    const bigOrders = query(report, 'queries/big-orders');
    expect(bigOrders.findings.map((finding) => finding.rule)).toEqual(['cost-regression']);
    expect(bigOrders.advice).toEqual([]);
    expect(bigOrders.adviceNote).toBe(
      "no index to add: head's plan already uses orders_total_idx on orders (total); its cost rose with the rows it expects to read, not for want of an index",
    );

    const userById = query(report, 'queries/user-by-id');
    expect(userById.findings.map((finding) => finding.rule)).toContain('seq-scan');
    expect(userById.adviceNote).toBe(
      'no index to add: head has users_pkey on users (id), but the query compares id::numeric, a cast the index cannot serve: compare id with a value of its own type',
    );

    // No finding, nothing to advise: the field is absent.
    expect(query(report, 'queries/steady')).not.toHaveProperty('advice');

    const terminal = renderTerminal(report, { colour: false });
    expect(terminal).toContain(`try: CREATE INDEX ON users (lower(email)) → ${fmt(costOf(login.head))} → ${fmt(login.advice![0]!.cost)}`);
    expect(report.warnings).toEqual([]);
  });

  it('advice: false gives no advice', async () => {
    const report = await run('no-advice.yml');
    expect(query(report, 'queries/login').status).toBe('regressed');
    for (const entry of report.queries) {
      expect(entry).not.toHaveProperty('advice');
      expect(entry).not.toHaveProperty('adviceNote');
    }
    expect(report.timings.adviceMs).toBeUndefined();
  });

  it('says in the report when the time bound cut advice short', async () => {
    const report = await run('tiny-bound.yml');
    expect(report.warnings).toEqual([expect.stringMatching(/^index advice was cut short by its 0\.000001 s bound \(advice\.timeout_seconds\)/)]);
    expect(query(report, 'queries/login')).toMatchObject({ advice: [], adviceNote: 'not tried: the advice time bound ran out first' });
  });
});

function costOf(side: Report['queries'][number]['base']): number {
  if (!isPlan(side)) throw new Error(`no plan: ${JSON.stringify(side)}`);
  return side.totalCost;
}

function budgetOf(base: Report['queries'][number]['base']): number {
  return costRegressionLimit(costOf(base), DEFAULT_BUDGETS);
}

function fmt(cost: number): string {
  return cost.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}
