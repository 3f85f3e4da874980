import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCapture } from '../../../src/capture/analyze.ts';
import { compareCapture, nPlusOneRule, queryCountRule } from '../../../src/compare/capture-rules.ts';
import { endpoint, ids, ITEMS, listRequest, OWNER, q } from '../../helpers/captured-requests.ts';

beforeAll(async () => {
  await loadModule();
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
        message:
          'N+1: one request ran the same query 20 times with different values (n_plus_one: 5); base ran it only batched — SELECT id, name FROM users WHERE id = $1',
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
