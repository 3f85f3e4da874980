import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCapture, capturedQueries, type CapturedStatement, type EndpointStats } from '../../../src/capture/analyze.ts';
import { compareCapture, nPlusOneRule, queryCountRule } from '../../../src/compare/capture-rules.ts';
import type { ExecutedStatement } from '../../../src/capture/recorder.ts';
import { fromRecorded } from '../../../src/capture/attribution.ts';

beforeAll(async () => {
  await loadModule();
});

const OWNER = 'SELECT id, name FROM users WHERE id = $1';
const OWNERS = (n: number) => `SELECT id, name FROM users WHERE id IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ')})`;
const ITEMS = 'SELECT id, owner_id FROM items ORDER BY id LIMIT $1';
const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => String(from + i));

function q(endpoint: string, request: string | null, sql: string, params: (string | null)[] = []): CapturedStatement {
  return { endpoint, request, sql, params };
}

/** A request that lists items and loads their owners: batched, or one query per item. */
function listRequest(request: string, owners: 'batched' | 'loop', count = 20): CapturedStatement[] {
  const list = [q('GET /items', request, ITEMS, ['20'])];
  if (owners === 'batched') list.push(q('GET /items', request, OWNERS(count), ids(count)));
  else for (const id of ids(count)) list.push(q('GET /items', request, OWNER, [id]));
  return list;
}

function endpoint(statements: CapturedStatement[], name = 'GET /items'): EndpointStats {
  return analyzeCapture(statements).endpoints.find((stats) => stats.endpoint === name)!;
}

describe('analyzeCapture', () => {
  it('counts requests, queries per request and distinct fingerprints per endpoint', () => {
    const stats = analyzeCapture([
      ...listRequest('r1', 'batched'),
      ...listRequest('r2', 'batched'),
      q('GET /items', 'r3', ITEMS, ['20']),
      q('GET /users/:id', 'r4', 'SELECT * FROM users WHERE id = $1', ['1']),
    ]);
    expect(stats.statements).toBe(6);
    expect(stats.boundaries).toBe(true);
    expect(stats.endpoints.map((e) => e.endpoint)).toEqual(['GET /items', 'GET /users/:id']);
    const items = stats.endpoints[0]!;
    expect(items).toMatchObject({ queries: 5, requests: 3, perRequest: { mean: 5 / 3, max: 2 }, outsideRequests: 0, distinct: 2 });
    expect(items.fingerprints.map((f) => [f.count, f.maxPerRequest])).toEqual([
      [3, 1],
      [2, 1],
    ]);
    expect(items.repeats).toEqual([]);
  });

  it('without request boundaries counts per run, and has no per-request figures', () => {
    const stats = analyzeCapture([q('(untagged)', null, ITEMS), q('(untagged)', null, OWNER, ['1']), q('(untagged)', null, OWNER, ['2'])]);
    expect(stats.boundaries).toBe(false);
    expect(stats.endpoints[0]).toMatchObject({ endpoint: '(untagged)', queries: 3, requests: null, perRequest: null, distinct: 2 });
    expect(stats.endpoints[0]!.fingerprints.every((f) => f.maxLoads === null && f.maxPerRequest === null)).toBe(true);
  });

  it('keeps statements without a request id out of the per-request figures', () => {
    const stats = endpoint([...listRequest('r1', 'batched'), q('GET /items', null, ITEMS, ['20'])]);
    expect(stats).toMatchObject({ queries: 3, requests: 1, perRequest: { mean: 2, max: 2 }, outsideRequests: 1 });
  });

  it('keeps the smallest execution of each fingerprint as its sample', () => {
    const stats = endpoint([...listRequest('r1', 'batched', 3), ...listRequest('r2', 'loop', 3)]);
    expect(stats.fingerprints.find((f) => f.normalized.startsWith('SELECT id, name'))!.sample).toEqual({ sql: OWNER, params: ['1'] });
  });
});

describe('N+1 measure (distinct single loads per request)', () => {
  const loads = (statements: CapturedStatement[]) => endpoint(statements).fingerprints.find((f) => f.normalized.startsWith('SELECT id, name'))!.maxLoads;

  it('a batched IN list once per request is no repeated load; the same lookup per row is', () => {
    expect(loads(listRequest('r1', 'batched', 40))).toBe(0);
    expect(loads(listRequest('r1', 'loop', 40))).toBe(40);
  });

  it('counts per request, not over the run', () => {
    const statements = [1, 2, 3, 4, 5, 6].map((n) => q('GET /items', `r${n}`, OWNER, [String(n)]));
    expect(loads(statements)).toBe(1);
  });

  it('loading the same record again is a reload, not N+1', () => {
    const statements = Array.from({ length: 10 }, () => q('GET /items', 'r1', OWNER, ['7']));
    expect(loads(statements)).toBe(1);
    expect(endpoint(statements).repeats).toEqual([expect.objectContaining({ request: 'r1', executions: 10, loads: 1 })]);
  });

  it('single loads of records an earlier batch loaded do not count (jmcarp/nplusone#15)', () => {
    const statements = [q('GET /items', 'r1', OWNERS(10), ids(10)), ...ids(10).map((id) => q('GET /items', 'r1', OWNER, [id]))];
    expect(loads(statements)).toBe(0);
    // ... but loads of records the batch did not include do.
    const others = [q('GET /items', 'r1', OWNERS(10), ids(10)), ...ids(6, 11).map((id) => q('GET /items', 'r1', OWNER, [id]))];
    expect(loads(others)).toBe(6);
  });

  it('reads literals the same way as bound parameters (client-side interpolation, e.g. psycopg2)', () => {
    const statements = ids(8).map((id) => q('GET /items', 'r1', `SELECT id, name FROM users WHERE id = ${id}`));
    expect(loads(statements)).toBe(8);
    expect(loads([q('GET /items', 'r1', `SELECT id, name FROM users WHERE id IN (${ids(8).join(', ')})`), ...statements])).toBe(0);
  });

  it('reports the request with the most loads', () => {
    const stats = endpoint([...listRequest('small', 'loop', 3), ...listRequest('big', 'loop', 9)]);
    const owner = stats.fingerprints.find((f) => f.normalized.startsWith('SELECT id, name'))!;
    expect(owner).toMatchObject({ maxLoads: 9, maxPerRequest: 9, worstRequest: 'big' });
    expect(stats.repeats.map((r) => [r.request, r.loads])).toEqual([
      ['big', 9],
      ['small', 3],
    ]);
  });
});

describe('queryCountRule', () => {
  const base = endpoint([...listRequest('r1', 'batched'), ...listRequest('r2', 'batched')]);
  const head = endpoint([...listRequest('r1', 'loop'), ...listRequest('r2', 'loop')]);

  it('fails when queries per request grow beyond the budget', () => {
    expect(queryCountRule(base, head, 0)).toEqual([
      { rule: 'query-count', severity: 'error', message: '2 → 21 queries per request (+19), over query_count_increase 0', fingerprint: null },
    ]);
    expect(queryCountRule(base, head, 18)).toHaveLength(1);
    expect(queryCountRule(base, head, 19)).toEqual([]);
  });

  it('passes fewer or equal queries, and endpoints on one side only', () => {
    expect(queryCountRule(head, base, 0)).toEqual([]);
    expect(queryCountRule(base, base, 0)).toEqual([]);
    expect(queryCountRule(null, head, 0)).toEqual([]);
    expect(queryCountRule(base, null, 0)).toEqual([]);
  });

  it('compares per request, so more requests to the endpoint on head are not more queries', () => {
    const moreRequests = endpoint([1, 2, 3, 4].flatMap((n) => listRequest(`r${n}`, 'batched')));
    expect(queryCountRule(base, moreRequests, 0)).toEqual([]);
  });

  it('compares whole runs when a side has no request boundaries', () => {
    const unbounded = (n: number) => endpoint(Array.from({ length: n }, () => q('GET /items', null, ITEMS)));
    expect(queryCountRule(unbounded(3), unbounded(4), 0)).toEqual([
      { rule: 'query-count', severity: 'error', message: '3 → 4 queries per run (no request boundaries) (+1), over query_count_increase 0', fingerprint: null },
    ]);
    expect(queryCountRule(base, unbounded(4), 0)).toHaveLength(0);
  });

  it('formats fractional means', () => {
    const mixed = endpoint([...listRequest('r1', 'batched'), q('GET /items', 'r2', ITEMS, ['20'])]);
    const more = endpoint([...listRequest('r1', 'batched'), ...listRequest('r2', 'batched'), q('GET /items', 'r3', ITEMS, ['20'])]);
    expect(queryCountRule(mixed, more, 0)[0]!.message).toBe('1.5 → 1.67 queries per request (+0.17), over query_count_increase 0');
  });
});

describe('nPlusOneRule', () => {
  const batched = endpoint(listRequest('r1', 'batched'));
  const loop = endpoint(listRequest('r1', 'loop'));

  it('fails a new N+1, naming the query and what base did', () => {
    expect(nPlusOneRule(batched, loop, 5)).toEqual([
      {
        rule: 'n-plus-one',
        severity: 'error',
        message: 'N+1: one request ran the same query 20 times with different values (n_plus_one: 5); base ran it only batched — SELECT id, name FROM users WHERE id = $1',
        fingerprint: loop.fingerprints.find((f) => f.normalized.startsWith('SELECT id, name'))!.fingerprint,
      },
    ]);
    expect(nPlusOneRule(endpoint([q('GET /items', 'r1', ITEMS, ['20'])]), loop, 5)[0]!.message).toContain('; base did not run it —');
    expect(nPlusOneRule(null, loop, 5)[0]!.message).toContain('; new endpoint —');
    expect(nPlusOneRule(endpoint(listRequest('r1', 'loop', 3)), loop, 5)[0]!.message).toContain('; base: at most 3 per request —');
  });

  it('passes when base already had it, below the threshold, without boundaries, or when turned off', () => {
    expect(nPlusOneRule(loop, loop, 5)).toEqual([]);
    expect(nPlusOneRule(batched, endpoint(listRequest('r1', 'loop', 4)), 5)).toEqual([]);
    expect(nPlusOneRule(batched, endpoint(listRequest('r1', 'loop', 5)), 5)).toHaveLength(1);
    const unbounded = endpoint(ids(20).map((id) => q('GET /items', null, OWNER, [id])));
    expect(nPlusOneRule(batched, unbounded, 5)).toEqual([]);
    expect(nPlusOneRule(batched, loop, 0)).toEqual([]);
  });
});

describe('compareCapture', () => {
  const baseRun = [...listRequest('a1', 'batched'), ...listRequest('a2', 'batched'), q('GET /users/:id', 'a3', 'SELECT * FROM users WHERE id = $1', ['1'])];
  const headRun = [...listRequest('b1', 'loop'), ...listRequest('b2', 'loop'), q('GET /health', 'b3', 'SELECT now()')];

  it('gives zero findings for identical captures (different request ids)', () => {
    const relabelled = baseRun.map((statement) => ({ ...statement, request: `x-${statement.request}` }));
    const result = compareCapture(analyzeCapture(baseRun), analyzeCapture(relabelled), { queryCountIncrease: 0, nPlusOne: 5 });
    expect(result.flatMap((endpoint) => endpoint.findings)).toEqual([]);
  });

  it('covers endpoints of both sides and applies per-endpoint budgets', () => {
    const result = compareCapture(analyzeCapture(baseRun), analyzeCapture(headRun), {
      queryCountIncrease: (name) => (name === 'GET /items' ? 0 : 100),
      nPlusOne: 5,
    });
    expect(result.map((endpoint) => [endpoint.endpoint, endpoint.base !== null, endpoint.head !== null, endpoint.findings.map((f) => f.rule)])).toEqual([
      ['GET /health', false, true, []],
      ['GET /items', true, true, ['query-count', 'n-plus-one']],
      ['GET /users/:id', true, false, []],
    ]);
    const relaxed = compareCapture(analyzeCapture(baseRun), analyzeCapture(headRun), { queryCountIncrease: 100, nPlusOne: 5 });
    expect(relaxed.flatMap((endpoint) => endpoint.findings.map((f) => f.rule))).toEqual(['n-plus-one']);
  });
});

describe('capturedQueries', () => {
  it('names each endpoint × fingerprint the same on both sides, and explains both with one shared sample', () => {
    const { base, head } = capturedQueries(analyzeCapture(listRequest('r1', 'batched', 2)), analyzeCapture(listRequest('r1', 'loop', 2)));
    expect(base.map((query) => query.name).sort()).toEqual(head.map((query) => query.name).sort());
    expect(base[0]!.name).toMatch(/^GET \/items [0-9a-f]{8}$/);
    const owner = (list: typeof base) => list.find((query) => query.normalized.startsWith('SELECT id, name'))!;
    expect(owner(base)).toMatchObject({ sql: OWNER, params: ['1'], executions: 1, endpoint: 'GET /items' });
    expect(owner(head)).toMatchObject({ sql: OWNER, params: ['1'], executions: 2 });
  });
});

describe('fromRecorded', () => {
  it('attributes wire statements by tags, else application_name', () => {
    const recorded = (sql: string, applicationName: string | null): ExecutedStatement => ({
      sessionId: 1,
      seq: 0,
      sql,
      params: ['1'],
      paramsExact: true,
      protocol: 'extended',
      prepared: '',
      applicationName,
      user: 'app',
      database: 'app',
    });
    expect(
      fromRecorded([
        recorded("SELECT * FROM t WHERE id = $1 /*controller='users',action='show',request_id='r9'*/", 'puma'),
        recorded('SELECT * FROM t WHERE id = $1', 'sidekiq'),
        recorded('SELECT * FROM t WHERE id = $1', null),
      ]),
    ).toEqual([
      { endpoint: 'users#show', request: 'r9', sql: 'SELECT * FROM t WHERE id = $1', params: ['1'] },
      { endpoint: 'sidekiq', request: null, sql: 'SELECT * FROM t WHERE id = $1', params: ['1'] },
      { endpoint: '(untagged)', request: null, sql: 'SELECT * FROM t WHERE id = $1', params: ['1'] },
    ]);
  });
});
