import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCapture, type CapturedStatement } from '../../../src/capture/analyze.ts';
import { compareCapture } from '../../../src/compare/capture-rules.ts';
import { tagRequests } from '../../../src/capture/boundaries.ts';
import type { ExecutedStatement } from '../../../src/capture/recorder.ts';
import { fromRecorded } from '../../../src/capture/attribution.ts';
import { compare } from '../../../src/compare/compare.ts';
import type { QueryResult } from '../../../src/explain/query-result.ts';
import { parseConfig } from '../../../src/config/load.ts';
import { budgetsFor } from '../../../src/config/overrides.ts';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import { endpointCells } from '../../../src/report/endpoint-cells.ts';

beforeAll(async () => {
  await loadModule();
});

const OWNER = 'SELECT id, name FROM users WHERE id = $1';
const ITEMS = 'SELECT id, owner_id FROM items ORDER BY id LIMIT $1';
const MIGRATION = 'SELECT id FROM django_content_type WHERE app_label = $1 AND model = $2';

function q(endpoint: string, request: string | null, sql: string, params: (string | null)[] = []): CapturedStatement {
  return { endpoint, request, sql, params };
}

let seq = 0;
function wire(sessionId: number, sql: string, params: (string | null)[] = []): ExecutedStatement {
  return { sessionId, seq: seq++, sql, params, paramsExact: true, protocol: 'extended', prepared: '', applicationName: null, user: 'app', database: 'app' };
}
const route = (path: string) => `/*controller='books',framework='django%3A3.2',route='${encodeURIComponent(path)}'*/`;

describe('capture.gate_untagged', () => {
  it('is false by default and read from the config', () => {
    expect(parseConfig('capture:\n  command: ./run\n', 'pg-plan-gate.yml', {}).capture?.gateUntagged).toBe(false);
    expect(parseConfig('capture:\n  command: ./run\n  gate_untagged: true\n', 'pg-plan-gate.yml', {}).capture?.gateUntagged).toBe(true);
    expect(() => parseConfig('capture:\n  command: ./run\n  gate_untagged: yes please\n', 'pg-plan-gate.yml', {})).toThrow(
      /capture\.gate_untagged must be boolean/,
    );
  });

  it("reports the untagged endpoint's findings as info unless asked to gate them", () => {
    // Django migrate: one more model is one more content type and its permissions.
    const run = (models: number) => Array.from({ length: models * 3 }, (_, i) => q('(untagged)', null, MIGRATION, ['app', `m${i}`]));
    const base = analyzeCapture([...run(17), q('GET /books/', 'r1', ITEMS, ['20'])]);
    const head = analyzeCapture([...run(18), q('GET /books/', 'r1', ITEMS, ['20'])]);
    const reported = compareCapture(base, head, { queryCountIncrease: 0, nPlusOne: 5 });
    const untagged = reported.find((endpoint) => endpoint.endpoint === '(untagged)')!;
    expect(untagged.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toEqual(['info:query-count']);
    expect(untagged.findings[0]!.message).toBe(
      '51 → 54 queries per run (no request boundaries) (+3), over query_count_increase 0 (not gated: untagged statements are setup traffic unless capture.gate_untagged: true)',
    );
    // The counts are still there.
    expect([untagged.base?.queries, untagged.head?.queries]).toEqual([51, 54]);
    const gated = compareCapture(base, head, { queryCountIncrease: 0, nPlusOne: 5, gateUntagged: true });
    expect(gated.find((endpoint) => endpoint.endpoint === '(untagged)')!.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toEqual([
      'error:query-count',
    ]);
    // Other endpoints are gated either way.
    const more = analyzeCapture([...run(17), q('GET /books/', 'r1', ITEMS, ['20']), q('GET /books/', 'r1', OWNER, ['1'])]);
    const books = compareCapture(base, more, { queryCountIncrease: 0, nPlusOne: 5 }).find((endpoint) => endpoint.endpoint === 'GET /books/')!;
    expect(books.findings.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('matches an override on (untagged) written as it is, and a glob around it', () => {
    const config = parseConfig(
      [
        'capture:',
        '  command: ./run',
        '  gate_untagged: true',
        'overrides:',
        '  - match: (untagged)',
        '    query_count_increase: 100',
        '  - match: "*untagged*"',
        '    cost_increase_pct: 40',
        '',
      ].join('\n'),
      'pg-plan-gate.yml',
      {},
    );
    const budgets = budgetsFor(config, '(untagged)', '(untagged)');
    expect(budgets.queryCountIncrease).toBe(100);
    expect(budgets.costIncreasePct).toBe(40);
    expect(budgetsFor(config, 'GET /books', 'GET /books')).toEqual(DEFAULT_BUDGETS);
    // A captured query of the endpoint, "(untagged) <id>", gets the endpoint's budgets through its endpoint.
    expect(budgetsFor(config, '(untagged) 1a2b3c4d', '(untagged)').queryCountIncrease).toBe(100);
  });
});

describe('request boundaries from endpoint tags on a connection', () => {
  const s = (connection: number, taggedEndpoint: string | null, request: string | null = null) => ({ connection, taggedEndpoint, request, seq: seq++ });

  it('makes a run of one endpoint on one connection one request', () => {
    expect(
      tagRequests([
        s(1, 'GET /a'),
        s(1, 'GET /a'),
        s(2, 'GET /a'), // another connection: another request
        s(1, 'GET /b'), // the tags change: the next request
        s(1, 'GET /a'),
        s(1, null), // untagged: no request, and it ends the run
        s(1, 'GET /a'),
        s(1, 'GET /a', 'trace-1'), // has its own request id
        s(2, 'GET /a'),
      ]),
    ).toEqual(['tags:1:1', 'tags:1:1', 'tags:2:2', 'tags:1:3', 'tags:1:4', null, 'tags:1:5', null, 'tags:2:2']);
  });

  it('starts a new request where the connection was handed out again', () => {
    const list = [s(1, 'GET /a'), s(1, 'GET /a'), s(1, 'GET /a')];
    expect(tagRequests(list, new Map([[1, [list[2]!.seq]]]))).toEqual(['tags:1:1', 'tags:1:1', 'tags:1:2']);
  });

  it('gives wire statements tag boundaries when they carry no request id', () => {
    const statements = fromRecorded([
      wire(1, `SELECT count(*) FROM django_session WHERE session_key = $1`, ['k']),
      ...[1, 2, 3].flatMap((id) => [wire(1, `${ITEMS} ${route('books/')}`, ['20']), wire(1, `${OWNER} ${route('books/')}`, [String(id)])]),
      wire(1, `${ITEMS} ${route('authors/')}`, ['20']),
      wire(1, `${ITEMS} ${route('books/')}`, ['20']),
    ]);
    expect(statements.map((statement) => [statement.endpoint, statement.request, statement.boundary ?? null])).toEqual([
      ['(untagged)', null, null],
      ...Array.from({ length: 6 }, () => ['books/', 'tags:1:1', 'tags']),
      ['authors/', 'tags:1:2', 'tags'],
      ['books/', 'tags:1:3', 'tags'],
    ]);
    const stats = analyzeCapture(statements);
    const books = stats.endpoints.find((endpoint) => endpoint.endpoint === 'books/')!;
    expect(books).toMatchObject({ boundaries: 'tags', requests: 2, perRequest: { mean: 3.5, max: 6 } });
    expect(books.fingerprints.find((fingerprint) => fingerprint.normalized.startsWith('SELECT id, name'))!.maxLoads).toBe(3);
    expect(stats.endpoints.find((endpoint) => endpoint.endpoint === '(untagged)')!.boundaries).toBe('none');
  });
});

describe('endpoint cost per request', () => {
  const plan = (cost: number) => ({ totalCost: cost, startupCost: 0, planRows: 1, seqScans: [], shape: 'Index Scan using pk on users', nodes: [] });
  const captured = (name: string, cost: number): QueryResult => ({ name, endpoint: 'GET /items', file: null, line: 0, result: plan(cost), captured: true });
  const config = { budgets: DEFAULT_BUDGETS, overrides: [] };
  const counts = (requests: number | null, runsPerRequest: Record<string, number>) => ({
    requests,
    boundaries: requests === null ? ('none' as const) : ('trace' as const),
    queries: 0,
    queriesPerRequest: null,
    maxPerRequest: null,
    distinctQueries: Object.keys(runsPerRequest).length,
    runsPerRequest,
  });

  it('weighs each query by the times one request runs it', () => {
    // Base: list (cost 40) + one batched owner load (cost 12); head: list + 20 owner loads (cost 8 each).
    const batchedRun = [1, 2].flatMap((n) => [
      q('GET /items', `r${n}`, ITEMS, ['20']),
      q('GET /items', `r${n}`, 'SELECT id, name FROM users WHERE id IN ($1, $2)', ['1', '2']),
    ]);
    const loopRun = [1, 2].flatMap((n) => [
      q('GET /items', `r${n}`, ITEMS, ['20']),
      ...Array.from({ length: 20 }, (_, i) => q('GET /items', `r${n}`, OWNER, [String(i + 1)])),
    ]);
    const loop = analyzeCapture(loopRun).endpoints[0]!;
    expect(loop.fingerprints.map((fingerprint) => [fingerprint.count, fingerprint.inRequests, fingerprint.perRequest])).toEqual([
      [40, 40, 20],
      [2, 2, 1],
    ]);
    expect(analyzeCapture(batchedRun).endpoints[0]!.fingerprints.map((fingerprint) => fingerprint.perRequest)).toEqual([1, 1]);
    // Without boundaries the weight is the times run over the whole run.
    const unbounded = analyzeCapture(loopRun.map((statement) => ({ ...statement, request: null }))).endpoints[0]!;
    expect(unbounded.fingerprints.map((fingerprint) => fingerprint.perRequest)).toEqual([40, 2]);

    // The summed distinct costs fall (40 + 12 → 40 + 8); the cost of a request rises (52 → 200).
    const comparison = compare(
      config,
      [captured('GET /items list', 40), captured('GET /items owners', 12)],
      [captured('GET /items list', 40), captured('GET /items owner', 8)],
      'error',
      [
        {
          endpoint: 'GET /items',
          base: counts(2, { 'GET /items list': 1, 'GET /items owners': 1 }),
          head: counts(2, { 'GET /items list': 1, 'GET /items owner': 20 }),
          findings: [],
        },
      ],
    );
    const items = comparison.endpoints[0]!;
    expect(items.captured?.base).toMatchObject({ totalCost: 52, costPerRequest: 52, boundaries: 'trace' });
    expect(items.captured?.head).toMatchObject({ totalCost: 48, costPerRequest: 200 });
    expect(items.captured?.head).not.toHaveProperty('runsPerRequest');
    // A captured-only endpoint's base/head carry the cost per request too.
    expect([items.base?.totalCost, items.head?.totalCost]).toEqual([52, 200]);
    expect(endpointCells(items)).toMatchObject({ cost: '52.00 → 200.00', change: '+285%', boundaries: '' });
  });

  it('says how requests were told apart', () => {
    const comparison = compare(config, [captured('GET /items list', 40)], [captured('GET /items list', 40)], 'error', [
      {
        endpoint: 'GET /items',
        base: { ...counts(3, { 'GET /items list': 1 }), boundaries: 'tags' },
        head: { ...counts(3, { 'GET /items list': 1 }), boundaries: 'tags' },
        findings: [],
      },
      { endpoint: 'GET /other', base: counts(null, {}), head: counts(null, {}), findings: [] },
    ]);
    expect(endpointCells(comparison.endpoints[0]!)).toMatchObject({ requests: '3 → 3', boundaries: 'by tags' });
    expect(endpointCells(comparison.endpoints[1]!)).toMatchObject({ boundaries: 'no boundaries', cost: '— → —' });
  });
});

describe('isConnectionReset', () => {
  it('knows what pools send when a connection comes back, and nothing else', async () => {
    const { isConnectionReset } = await import('../../../src/capture/boundaries.ts');
    for (const sql of ['ROLLBACK', 'rollback;', ' ROLLBACK TRANSACTION ', 'ABORT WORK', 'DISCARD ALL', 'discard all;'])
      expect(isConnectionReset(sql), sql).toBe(true);
    for (const sql of ['COMMIT', 'ROLLBACK TO SAVEPOINT s1', "ROLLBACK PREPARED 'x'", 'DISCARD PLANS', 'BEGIN; ROLLBACK', 'SELECT 1'])
      expect(isConnectionReset(sql), sql).toBe(false);
  });
});
