import { describe, expect, it } from 'vitest';
import { compare, compareQueries, verdictOf } from '../../../src/compare/compare.ts';
import type { QueryResult, SideResult } from '../../../src/explain/query-result.ts';
import { parseConfig } from '../../../src/config/load.ts';
import { DEFAULT_BUDGETS, type Config } from '../../../src/config/config.ts';
import { parsePlan } from '../../../src/explain/plan.ts';
import { summarizePlan, type PlanSummary } from '../../../src/explain/plan-summary.ts';
import { fixture } from '../../helpers/fixtures.ts';

/** pg_class.reltuples of the database the fixtures were explained on (see test/helpers/plan-fixtures.ts). */
const RELATION_ROWS = { events: 40000, events_2024: 20962, events_2025: 19038, log_user_status: 100000, orders: 50000, users: 20000 };

const real = (name: string): PlanSummary => summarizePlan(parsePlan(JSON.parse(fixture(`plans/${name}.json`))), RELATION_ROWS);

type BudgetConfig = Pick<Config, 'budgets' | 'overrides'>;
const DEFAULTS: BudgetConfig = { budgets: DEFAULT_BUDGETS, overrides: [] };

const plan = (totalCost: number, shape = 'Index Scan using users_pkey on users', seqScans: PlanSummary['seqScans'] = []): PlanSummary => ({
  totalCost,
  startupCost: 0,
  planRows: 1,
  seqScans,
  shape,
  nodes: [],
});

const query = (name: string, result: SideResult, extra: Partial<Omit<QueryResult, 'name' | 'result'>> = {}): QueryResult => ({
  name,
  endpoint: null,
  file: null,
  line: 1,
  result,
  ...extra,
});

const only = <T>(items: readonly T[]): T => {
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('compare: real plans', () => {
  it('catches the lower(email) login incident: index scan → seq scan is a regression', () => {
    const comparison = compare(
      DEFAULTS,
      [query('login', real('index-scan-email'), { endpoint: 'POST /login', file: 'queries/login.sql', line: 3 })],
      [query('login', real('seq-scan-lower-email'), { endpoint: 'POST /login', file: 'queries/login.sql', line: 3 })],
    );
    expect(comparison.verdict).toBe('fail');
    const login = only(comparison.queries);
    expect(login.status).toBe('regressed');
    expect(login.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['seq-scan', 'error'],
      ['cost-regression', 'error'],
      ['plan-changed', 'info'],
    ]);
    expect(login.findings[0]?.message).toContain('users (~20,000 rows)');
    // Every query finding is also in the flat list, located.
    expect(comparison.findings).toHaveLength(3);
    expect(comparison.findings[0]).toMatchObject({ rule: 'seq-scan', query: 'login', endpoint: 'POST /login', file: 'queries/login.sql', line: 3 });
  });

  it('catches the count(*) FILTER incident: index-only scan → full seq scan of 100k rows', () => {
    const comparison = compare(DEFAULTS, [query('status-count', real('index-only-scan'))], [query('status-count', real('seq-scan-filter'))]);
    const status = only(comparison.queries);
    expect(status.status).toBe('regressed');
    expect(status.findings.find((finding) => finding.rule === 'seq-scan')?.message).toContain('log_user_status (~100,000 rows)');
    expect(status.findings.find((finding) => finding.rule === 'cost-regression')?.severity).toBe('error');
  });

  it('reports the fix of that incident as improved, with an info plan-changed', () => {
    const comparison = compare(DEFAULTS, [query('status-count', real('seq-scan-filter'))], [query('status-count', real('index-only-scan'))]);
    const status = only(comparison.queries);
    expect(status.status).toBe('improved');
    expect(status.findings).toEqual([{ rule: 'plan-changed', severity: 'info', message: 'plan shape changed' }]);
    expect(comparison.verdict).toBe('pass');
  });

  it('finds nothing when base and head are identical', () => {
    const names = ['hash-left-join', 'hash-aggregate', 'group-aggregate', 'initplan-subplan', 'cte-scan', 'partition-append', 'bitmap-scan', 'anti-join'];
    const side = () => names.map((name) => query(name, real(name), { endpoint: `GET /${name}` }));
    const comparison = compare(DEFAULTS, side(), side(), 'warning');
    expect(comparison.findings).toEqual([]);
    expect(comparison.queries.map((q) => q.status)).toEqual(names.map(() => 'unchanged'));
    expect(comparison.endpoints.every((endpoint) => endpoint.findings.length === 0)).toBe(true);
    expect(comparison.verdict).toBe('pass');
  });

  it('counts seq scans on partitions and in subplans of a new query', () => {
    const comparison = compare(DEFAULTS, [], [query('rare-events', real('partition-append')), query('recent-users', real('initplan-subplan'))]);
    const [events, users] = comparison.queries;
    expect(events?.status).toBe('new');
    expect(events?.findings).toEqual([
      { rule: 'seq-scan', severity: 'error', message: '2 new Seq Scans on events_2024 (~20,962 rows), events_2025 (~19,038 rows) (new query)' },
    ]);
    expect(users?.status).toBe('new');
    // Two scans of one relation are one entry with its count.
    expect(users?.findings[0]?.message).toBe('2 new Seq Scans on users (~20,000 rows) ×2 (new query)');
    expect(comparison.verdict).toBe('fail');
  });
});

describe('compare: statuses', () => {
  it('unchanged: same shape, cost within budget', () => {
    const comparison = compare(DEFAULTS, [query('q', plan(100))], [query('q', plan(109))]);
    expect(only(comparison.queries)).toMatchObject({ status: 'unchanged', findings: [] });
  });

  it('changed: the shape differs but no rule fired', () => {
    const comparison = compare(DEFAULTS, [query('q', plan(100, 'Index Scan using a on t'))], [query('q', plan(101, 'Index Scan using b on t'))]);
    const q = only(comparison.queries);
    expect(q.status).toBe('changed');
    expect(q.findings).toEqual([{ rule: 'plan-changed', severity: 'info', message: 'plan shape changed' }]);
    expect(comparison.verdict).toBe('pass');
  });

  it('improved: cost down past both thresholds, even with the same shape', () => {
    expect(only(compare(DEFAULTS, [query('q', plan(100))], [query('q', plan(50))]).queries).status).toBe('improved');
    // Down 30 % but only 3 units: not an improvement.
    expect(only(compare(DEFAULTS, [query('q', plan(10))], [query('q', plan(7))]).queries).status).toBe('unchanged');
  });

  it('regressed: cost up past both thresholds', () => {
    const q = only(compare(DEFAULTS, [query('q', plan(100))], [query('q', plan(150))]).queries);
    expect(q.status).toBe('regressed');
    expect(q.findings.map((finding) => finding.rule)).toEqual(['cost-regression']);
    // Up 20 % but 2 units: noise.
    expect(only(compare(DEFAULTS, [query('q', plan(10))], [query('q', plan(12))]).queries).status).toBe('unchanged');
  });

  it('new and removed queries, matched by name', () => {
    const comparison = compare(
      DEFAULTS,
      [query('kept', plan(10)), query('gone', plan(20), { endpoint: 'GET /old', file: 'queries/gone.sql' })],
      [query('kept', plan(10)), query('added', plan(30))],
    );
    expect(comparison.queries.map((q) => [q.name, q.status])).toEqual([
      ['kept', 'unchanged'],
      ['added', 'new'],
      ['gone', 'removed'],
    ]);
    const gone = comparison.queries[2]!;
    expect(gone).toMatchObject({ head: null, findings: [], endpoint: 'GET /old', file: 'queries/gone.sql' });
    expect(gone.base).toMatchObject({ totalCost: 20 });
    expect(comparison.queries[1]).toMatchObject({ base: null, findings: [] });
    expect(comparison.verdict).toBe('pass');
  });

  it('error: the query fails on head; the other queries are still compared', () => {
    const comparison = compare(
      DEFAULTS,
      [query('broken', plan(10)), query('fine', plan(100))],
      [query('broken', { error: 'column "emial" does not exist' }, { file: 'queries/broken.sql', line: 7 }), query('fine', plan(200))],
    );
    const [broken, fine] = comparison.queries;
    expect(broken?.status).toBe('error');
    expect(broken?.findings).toEqual([{ rule: 'query-error', severity: 'error', message: expect.stringContaining('column "emial" does not exist') }]);
    expect(fine?.status).toBe('regressed');
    expect(comparison.findings.find((finding) => finding.rule === 'query-error')).toMatchObject({ file: 'queries/broken.sql', line: 7 });
    expect(comparison.verdict).toBe('fail');
  });

  it('a new query that fails on head is an error', () => {
    const q = only(compare(DEFAULTS, [], [query('typo', { error: 'syntax error at or near "FORM"' })]).queries);
    expect(q.status).toBe('error');
    expect(q.findings[0]).toMatchObject({ rule: 'query-error', severity: 'error' });
  });

  it('a query failing on base only is a warning, not an error', () => {
    const comparison = compare(DEFAULTS, [query('fixed', { error: 'relation "accounts" does not exist' })], [query('fixed', plan(10))]);
    const q = only(comparison.queries);
    expect(q.status).not.toBe('error');
    expect(q.status).not.toBe('regressed');
    expect(q.findings).toEqual([{ rule: 'query-error', severity: 'warning', message: expect.stringContaining('relation "accounts" does not exist') }]);
    expect(comparison.verdict).toBe('pass');
    expect(compare(DEFAULTS, [query('fixed', { error: 'boom' })], [query('fixed', plan(10))], 'warning').verdict).toBe('fail');
  });

  it('a query failing on both sides with the same message is a warning: the pull request did not break it', () => {
    const error = { error: 'relation "accounts" does not exist' };
    const comparison = compare(DEFAULTS, [query('legacy', error), query('fine', plan(10))], [query('legacy', error), query('fine', plan(10))]);
    const q = comparison.queries[0]!;
    expect(q.status).toBe('error');
    expect(q.findings).toEqual([{ rule: 'query-error', severity: 'warning', message: 'fails on base too: relation "accounts" does not exist' }]);
    expect(comparison.verdict).toBe('pass');
    expect(compare(DEFAULTS, [query('legacy', error)], [query('legacy', error)], 'warning').verdict).toBe('fail');
  });

  it('the same failure at another line of its file is still the same failure', () => {
    const comparison = compare(
      DEFAULTS,
      [query('q', { error: 'queries/q.sql:5: -- params: Flow sequence must end with a ]' })],
      [query('q', { error: 'queries/q.sql:7: -- params: Flow sequence must end with a ]' })],
    );
    expect(only(comparison.queries).findings).toMatchObject([{ rule: 'query-error', severity: 'warning' }]);
  });

  it('a query failing on both sides with a different message on head is an error', () => {
    const comparison = compare(
      DEFAULTS,
      [query('q', { error: 'relation "accounts" does not exist' })],
      [query('q', { error: 'column "emial" does not exist' })],
    );
    expect(only(comparison.queries).findings).toEqual([{ rule: 'query-error', severity: 'error', message: 'fails on head: column "emial" does not exist' }]);
    expect(comparison.verdict).toBe('fail');
  });

  it('a query fixed on head that now seq-scans a big table is still caught', () => {
    const comparison = compare(DEFAULTS, [query('fixed', { error: 'relation "accounts" does not exist' })], [query('fixed', real('seq-scan-lower-email'))]);
    const q = only(comparison.queries);
    expect(q.status).toBe('regressed');
    expect(q.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['query-error', 'warning'],
      ['seq-scan', 'error'],
    ]);
  });

  // A query that failed on base exists there: its seq scans are new, the query is not.
  it('does not call a query that failed on base a new query', () => {
    const comparison = compare(DEFAULTS, [query('fixed', { error: 'relation "accounts" does not exist' })], [query('fixed', real('seq-scan-lower-email'))]);
    const seq = only(comparison.queries).findings.find((finding) => finding.rule === 'seq-scan');
    expect(seq?.message).toContain('users (~20,000 rows)');
    expect(seq?.message).not.toContain('new query');
  });

  it('line is only set for queries that come from a file', () => {
    const comparison = compare(
      DEFAULTS,
      [query('inline', plan(1)), query('filed', plan(1))],
      [query('inline', { error: 'x' }, { line: 12 }), query('filed', { error: 'y' }, { file: 'queries/filed.sql', line: 2 })],
    );
    expect(comparison.queries.map((q) => q.line)).toEqual([null, 2]);
    expect(comparison.findings.map((finding) => [finding.query, finding.file, finding.line])).toEqual([
      ['inline', null, null],
      ['filed', 'queries/filed.sql', 2],
    ]);
  });
});

describe('compare: seq-scan and max-cost budgets', () => {
  const users = { relation: 'users', rows: 20000 };
  const countries = { relation: 'countries', rows: 250 };

  it('a seq scan base already had is not a finding', () => {
    const comparison = compare(DEFAULTS, [query('q', plan(400, 'Seq Scan on users', [users]))], [query('q', plan(401, 'Seq Scan on users', [users]))]);
    expect(only(comparison.queries)).toMatchObject({ status: 'unchanged', findings: [] });
  });

  it('a new seq scan on a small relation is only a plan change', () => {
    const comparison = compare(DEFAULTS, [query('q', plan(4))], [query('q', plan(5, 'Seq Scan on countries', [countries]))]);
    expect(only(comparison.queries).status).toBe('changed');
    expect(comparison.verdict).toBe('pass');
  });

  it('max_new turns a new seq scan into a warning; the query is then changed, not regressed', () => {
    const config: BudgetConfig = { budgets: { ...DEFAULT_BUDGETS, seqScans: { ...DEFAULT_BUDGETS.seqScans, maxNew: 1 } }, overrides: [] };
    const base = [query('q', plan(400))];
    const head = [query('q', plan(401, 'Seq Scan on users', [users]))];
    const comparison = compare(config, base, head);
    const q = only(comparison.queries);
    expect(q.status).toBe('changed');
    expect(q.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['seq-scan', 'warning'],
      ['plan-changed', 'info'],
    ]);
    expect(comparison.verdict).toBe('pass');
    expect(compare(config, base, head, 'warning').verdict).toBe('fail');
  });

  it('allow globs from the config silence a relation', () => {
    const config = parseConfig('budgets:\n  seq_scans:\n    allow: ["us*"]\n', 'pg-plan-gate.yml', {});
    const comparison = compare(config, [query('q', plan(400))], [query('q', plan(401, 'Seq Scan on users', [users]))]);
    expect(only(comparison.queries).findings.map((finding) => finding.rule)).toEqual(['plan-changed']);
  });

  it('max-cost is an error on head even when nothing changed', () => {
    const config: BudgetConfig = { budgets: { ...DEFAULT_BUDGETS, maxCost: 1000 }, overrides: [] };
    const comparison = compare(config, [query('report', plan(1727.27))], [query('report', plan(1727.27))]);
    const q = only(comparison.queries);
    expect(q.status).toBe('regressed');
    expect(q.findings).toEqual([{ rule: 'max-cost', severity: 'error', message: expect.stringContaining('1,727.27') }]);
    expect(comparison.verdict).toBe('fail');
  });

  it('max-cost applies to new queries too', () => {
    const config: BudgetConfig = { budgets: { ...DEFAULT_BUDGETS, maxCost: 1000 }, overrides: [] };
    const q = only(compare(config, [], [query('report', plan(5000))]).queries);
    expect(q.findings.map((finding) => finding.rule)).toEqual(['max-cost']);
  });
});

describe('compare: overrides', () => {
  const config = parseConfig(
    [
      'budgets:',
      '  cost_increase_pct: 10',
      'overrides:',
      '  - match: "reports/*"',
      '    cost_increase_pct: 50',
      '  - match: "reports/yearly"',
      '    cost_increase_pct: 200',
      '  - match: "GET /admin/*"',
      '    max_cost: 100',
      '    query_count_increase: 2',
      '',
    ].join('\n'),
    'pg-plan-gate.yml',
    {},
  );

  it('a matching override loosens the cost budget by query name', () => {
    const comparison = compare(
      config,
      [query('reports/monthly', plan(100)), query('orders/list', plan(100))],
      [query('reports/monthly', plan(130)), query('orders/list', plan(130))],
    );
    expect(comparison.queries.map((q) => [q.name, q.status])).toEqual([
      ['reports/monthly', 'unchanged'],
      ['orders/list', 'regressed'],
    ]);
  });

  it('later overrides win', () => {
    const comparison = compare(
      config,
      [query('reports/monthly', plan(100)), query('reports/yearly', plan(100))],
      [query('reports/monthly', plan(180)), query('reports/yearly', plan(180))],
    );
    expect(comparison.queries.map((q) => q.status)).toEqual(['regressed', 'unchanged']);
  });

  it('an override can match the endpoint', () => {
    const comparison = compare(
      config,
      [query('user-list', plan(150), { endpoint: 'GET /admin/users' }), query('user-show', plan(150), { endpoint: 'GET /users/:id' })],
      [query('user-list', plan(150), { endpoint: 'GET /admin/users' }), query('user-show', plan(150), { endpoint: 'GET /users/:id' })],
    );
    expect(comparison.queries.map((q) => [q.name, q.findings.map((finding) => finding.rule)])).toEqual([
      ['user-list', ['max-cost']],
      ['user-show', []],
    ]);
  });
});

describe('compare: endpoints', () => {
  it('groups queries per endpoint with counts and summed cost, sorted by endpoint', () => {
    const comparison = compare(
      DEFAULTS,
      [
        query('a', plan(10.105), { endpoint: 'GET /users' }),
        query('b', plan(20.2), { endpoint: 'GET /users' }),
        query('c', plan(5), { endpoint: 'GET /orders' }),
        query('d', plan(1)),
      ],
      [
        query('a', plan(10.105), { endpoint: 'GET /users' }),
        query('b', plan(20.2), { endpoint: 'GET /users' }),
        query('c', plan(5), { endpoint: 'GET /orders' }),
        query('d', plan(1)),
      ],
    );
    expect(comparison.endpoints).toEqual([
      { endpoint: 'GET /orders', base: { queries: 1, totalCost: 5 }, head: { queries: 1, totalCost: 5 }, findings: [], source: 'declared' },
      { endpoint: 'GET /users', base: { queries: 2, totalCost: 30.31 }, head: { queries: 2, totalCost: 30.31 }, findings: [], source: 'declared' },
    ]);
  });

  it('query-count fires when an endpoint runs more queries on head than allowed', () => {
    const base = [query('list', plan(10), { endpoint: 'GET /orders' })];
    const head = [query('list', plan(10), { endpoint: 'GET /orders' }), query('list-count', plan(10), { endpoint: 'GET /orders' })];
    const comparison = compare(DEFAULTS, base, head);
    const orders = only(comparison.endpoints);
    expect(orders.base).toEqual({ queries: 1, totalCost: 10 });
    expect(orders.head).toEqual({ queries: 2, totalCost: 20 });
    expect(orders.findings).toEqual([{ rule: 'query-count', severity: 'error', message: expect.stringContaining('GET /orders') }]);
    expect(comparison.findings).toContainEqual(expect.objectContaining({ rule: 'query-count', query: null, endpoint: 'GET /orders', file: null, line: null }));
    expect(comparison.verdict).toBe('fail');

    const lenient: BudgetConfig = { budgets: { ...DEFAULT_BUDGETS, queryCountIncrease: 1 }, overrides: [] };
    expect(only(compare(lenient, base, head).endpoints).findings).toEqual([]);
  });

  it('query_count_increase can be overridden per endpoint', () => {
    const config = parseConfig('overrides:\n  - match: "GET /admin/*"\n    query_count_increase: 2\n', 'pg-plan-gate.yml', {});
    const side = (endpoint: string, count: number) => Array.from({ length: count }, (_, i) => query(`${endpoint} #${i}`, plan(1), { endpoint }));
    const comparison = compare(config, [...side('GET /admin/users', 1), ...side('GET /users', 1)], [...side('GET /admin/users', 3), ...side('GET /users', 3)]);
    expect(comparison.endpoints.map((endpoint) => [endpoint.endpoint, endpoint.findings.map((finding) => finding.rule)])).toEqual([
      ['GET /admin/users', []],
      ['GET /users', ['query-count']],
    ]);
  });

  it('fewer queries, or an endpoint only on one side, is not a query-count finding', () => {
    const comparison = compare(
      DEFAULTS,
      [query('a', plan(1), { endpoint: 'GET /a' }), query('a2', plan(1), { endpoint: 'GET /a' }), query('old', plan(1), { endpoint: 'GET /old' })],
      [query('a', plan(1), { endpoint: 'GET /a' }), query('new', plan(1), { endpoint: 'GET /new' })],
    );
    expect(
      comparison.endpoints.map((endpoint) => [endpoint.endpoint, endpoint.base?.queries ?? null, endpoint.head?.queries ?? null, endpoint.findings.length]),
    ).toEqual([
      ['GET /a', 2, 1, 0],
      ['GET /new', null, 1, 0],
      ['GET /old', 1, null, 0],
    ]);
  });

  it('a query failing on head still counts as a query of its endpoint, without a cost', () => {
    const comparison = compare(
      DEFAULTS,
      [query('a', plan(10), { endpoint: 'GET /a' }), query('b', plan(5), { endpoint: 'GET /a' })],
      [query('a', plan(10), { endpoint: 'GET /a' }), query('b', { error: 'boom' }, { endpoint: 'GET /a' })],
    );
    expect(only(comparison.endpoints).head).toEqual({ queries: 2, totalCost: 10 });
  });
});

describe('verdict', () => {
  const error = { severity: 'error' };
  const warning = { severity: 'warning' };
  const info = { severity: 'info' };

  it('fail-on error (default) fails on errors only', () => {
    expect(verdictOf([info, warning], 'error')).toBe('pass');
    expect(verdictOf([info, error], 'error')).toBe('fail');
    expect(compare(DEFAULTS, [query('q', plan(100))], [query('q', plan(150))]).verdict).toBe('fail');
  });

  it('fail-on warning fails on warnings and errors', () => {
    expect(verdictOf([info], 'warning')).toBe('pass');
    expect(verdictOf([warning], 'warning')).toBe('fail');
    expect(verdictOf([error], 'warning')).toBe('fail');
  });

  it('fail-on never always passes', () => {
    expect(verdictOf([error, warning], 'never')).toBe('pass');
    expect(compare(DEFAULTS, [query('q', plan(100))], [query('q', plan(150))], 'never').verdict).toBe('pass');
  });

  it('no findings passes', () => {
    expect(verdictOf([], 'warning')).toBe('pass');
    expect(compare(DEFAULTS, [], []).verdict).toBe('pass');
  });
});

describe('compareQueries: the per-query rules the advice stages read', () => {
  it('gives the queries compare() gives, removed ones included, without endpoints or a verdict', () => {
    const base = [query('kept', plan(100)), query('slower', plan(100)), query('gone', plan(10), { endpoint: 'GET /a' })];
    const head = [query('kept', plan(100)), query('slower', plan(150), { endpoint: 'GET /a' }), query('new', plan(5, 'Seq Scan on users'))];
    expect(compareQueries(DEFAULTS, base, head)).toEqual(compare(DEFAULTS, base, head).queries);
  });
});

// From compare-captured.test.ts: a block, so its helpers keep their names beside this file's.
{
  const config = { budgets: DEFAULT_BUDGETS, overrides: [] };
  const plan = (cost: number, seqScans: { relation: string; rows: number }[] = []) => ({
    totalCost: cost,
    startupCost: 0,
    planRows: 1,
    seqScans,
    shape: seqScans.length ? `Seq Scan on ${seqScans[0]!.relation}` : 'Index Scan using pk on items',
    nodes: [],
  });
  const captured = (name: string, result: QueryResult['result']): QueryResult => ({
    name,
    endpoint: 'GET /items',
    file: null,
    line: 0,
    result,
    captured: true,
  });

  describe('captured queries in the comparison', () => {
    it("does not call a rewritten query's seq scan new when its endpoint scanned that table on base", () => {
      const base = [captured('GET /items aaaa1111', plan(400, [{ relation: 'items', rows: 20000 }]))];
      const head = [captured('GET /items bbbb2222', plan(420, [{ relation: 'items', rows: 20000 }]))];
      const comparison = compare(config, base, head);
      expect(comparison.findings.filter((finding) => finding.rule === 'seq-scan')).toEqual([]);
      expect(comparison.verdict).toBe('pass');
      // A table the endpoint never scanned before is still news.
      const worse = compare(config, base, [captured('GET /items bbbb2222', plan(420, [{ relation: 'users', rows: 5000 }]))]);
      expect(worse.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toEqual(['error:seq-scan']);
    });

    it('keeps a captured statement that cannot be explained on either side from failing the check', () => {
      const failing = { error: 'relation "incoming" does not exist' };
      const same = compare(config, [captured('GET /items cccc3333', failing)], [captured('GET /items cccc3333', failing)]);
      expect(same.verdict).toBe('pass');
      expect(same.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toEqual(['info:query-error']);
      // Explained on base, failing on head: that is a regression.
      const broken = compare(config, [captured('GET /items cccc3333', plan(5))], [captured('GET /items cccc3333', failing)]);
      expect(broken.verdict).toBe('fail');
    });
  });
}
