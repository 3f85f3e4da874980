import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCapture, capturedQueries, type CapturedStatement } from '../../../src/capture/analyze.ts';
import { endpoint, ids, ITEMS, listRequest, OWNER, OWNERS, q } from '../../helpers/captured-requests.ts';

beforeAll(async () => {
  await loadModule();
});

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
