import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { loadModule } from 'libpg-query';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCapture, type CaptureStats, type EndpointStats } from '../../src/capture/analyze.ts';
import { compareCapture } from '../../src/compare/capture-rules.ts';
import { parseQueryLog } from '../../src/capture/jsonl.ts';
import { StatementRecorder } from '../../src/capture/recorder.ts';
import { startCaptureProxy, type Upstream } from '../../src/capture/proxy.ts';
import { fromLog, fromRecorded } from '../../src/capture/attribution.ts';
import { startCaptureSession, type CaptureResult } from '../../src/capture/session.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const APP = join(FIXTURES, 'capture-app');
const SCHEMA = readFileSync(join(APP, 'schema.sql'), 'utf8');
const SEED = readFileSync(join(APP, 'seed.sql'), 'utf8');
const RULES = { queryCountIncrease: 0, nPlusOne: 5 };

beforeAll(async () => {
  await loadModule();
});

/** A fresh PGlite behind its socket server, with the fixture schema and seed (unless `empty`). */
async function pgliteServer(options: { empty?: boolean; path?: string } = {}) {
  const db = await PGlite.create();
  if (!options.empty) {
    await db.exec(SCHEMA);
    await db.exec(SEED);
  }
  const server = new PGLiteSocketServer({ db, ...(options.path ? { path: options.path } : { host: '127.0.0.1', port: 0 }), maxConnections: 8 });
  await server.start();
  const upstream: Upstream = options.path ? { path: options.path } : { host: '127.0.0.1', port: Number(server.getServerConn().split(':').pop()) };
  return {
    upstream,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

interface Exercise {
  code: number;
  output: string;
  capture: CaptureResult;
}

/** What `capture.command` does: run the fixture's exercise script against the capture proxy. */
async function exercise(upstream: Upstream, version: 'base' | 'head'): Promise<Exercise> {
  const session = await startCaptureSession(upstream);
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['exercise.mjs'], {
      cwd: APP,
      env: { ...process.env, DATABASE_URL: `postgres://postgres@${session.host}:${session.port}/postgres`, APP_VERSION: version },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ code: status ?? 1, output }));
  });
  return { code, output, capture: await session.finish() };
}

async function captureOn(version: 'base' | 'head'): Promise<{ run: Exercise; stats: CaptureStats }> {
  const server = await pgliteServer();
  try {
    const run = await exercise(server.upstream, version);
    expect(run.code, run.output).toBe(0);
    return { run, stats: analyzeCapture(run.capture.statements) };
  } finally {
    await server.stop();
  }
}

const endpoint = (stats: CaptureStats, name: string): EndpointStats => {
  const found = stats.endpoints.find((candidate) => candidate.endpoint === name);
  if (!found) throw new Error(`no endpoint ${name} in ${stats.endpoints.map((e) => e.endpoint).join(', ')}`);
  return found;
};
const summary = (stats: CaptureStats) =>
  Object.fromEntries(
    stats.endpoints.map((e) => [e.endpoint, { requests: e.requests, queries: e.queries, perRequest: e.perRequest?.mean, distinct: e.distinct }]),
  );

describe('capture: the fixture app through the proxy in front of PGlite', () => {
  let base: Awaited<ReturnType<typeof captureOn>>;
  let head: Awaited<ReturnType<typeof captureOn>>;

  beforeAll(async () => {
    base = await captureOn('base');
    head = await captureOn('head');
  });

  it('sees every request of every endpoint, attributed by route and method, split by traceparent', () => {
    expect(summary(base.stats)).toEqual({
      'GET /items': { requests: 3, queries: 6, perRequest: 2, distinct: 2 },
      'GET /items/search': { requests: 3, queries: 6, perRequest: 2, distinct: 2 },
      'GET /users/:id': { requests: 2, queries: 2, perRequest: 1, distinct: 1 },
    });
    expect(summary(head.stats)).toEqual({
      'GET /items': { requests: 3, queries: 63, perRequest: 21, distinct: 2 },
      'GET /items/search': { requests: 3, queries: 3, perRequest: 1, distinct: 1 },
      'GET /users/:id': { requests: 2, queries: 2, perRequest: 1, distinct: 1 },
    });
    expect(base.run.capture.unreadable).toEqual([]);
    expect(base.run.capture.connections).toBeGreaterThanOrEqual(1);
  });

  it('head fails endpoint 1 with n-plus-one and query-count; endpoint 2 runs one query fewer with no finding', () => {
    const result = compareCapture(base.stats, head.stats, RULES);
    const findings = Object.fromEntries(result.map((e) => [e.endpoint, e.findings.map((f) => `${f.severity}:${f.rule}`)]));
    expect(findings).toEqual({
      'GET /items': ['error:query-count', 'error:n-plus-one'],
      'GET /items/search': [],
      'GET /users/:id': [],
    });
    const items = result.find((e) => e.endpoint === 'GET /items')!;
    expect(items.findings[0]!.message).toBe('2 → 21 queries per request (+19), over query_count_increase 0');
    expect(items.findings[1]!.message).toBe(
      'N+1: one request ran the same query 20 times with different values (n_plus_one: 5); base ran it only batched — SELECT id, name FROM users WHERE id = $1',
    );
    const search = result.find((e) => e.endpoint === 'GET /items/search')!;
    expect(search.head!.perRequest!.mean).toBe(search.base!.perRequest!.mean - 1);
  });

  it('base against base gives zero findings, run after run', async () => {
    const again = await captureOn('base');
    expect(summary(again.stats)).toEqual(summary(base.stats));
    expect(compareCapture(base.stats, again.stats, RULES).flatMap((e) => e.findings)).toEqual([]);
    expect(compareCapture(head.stats, head.stats, RULES).flatMap((e) => e.findings)).toEqual([]);
  });

  it('the batched owner load on base is not N+1; the loop on head is', () => {
    const owner = (stats: CaptureStats) => endpoint(stats, 'GET /items').fingerprints.find((f) => f.normalized.startsWith('SELECT id, name FROM users'))!;
    expect(owner(base.stats)).toMatchObject({ count: 3, maxPerRequest: 1, maxLoads: 0 });
    expect(owner(head.stats)).toMatchObject({ count: 60, maxPerRequest: 20, maxLoads: 20 });
    expect(owner(base.stats).fingerprint).toBe(owner(head.stats).fingerprint);
    expect(owner(head.stats).sample).toEqual({ sql: 'SELECT id, name FROM users WHERE id = $1', params: ['1'] });
  });

  it('gives the same counts from a JSONL query log of the same statements', () => {
    for (const side of [base, head]) {
      // The log a user's CI would write: the SQL as sent, tags included, and its params.
      const asSent = side.run.capture.recorded.map((statement) => JSON.stringify({ sql: statement.sql, params: statement.params })).join('\n');
      expect(summary(analyzeCapture(fromLog(parseQueryLog(asSent, 'capture.jsonl')).statements))).toEqual(summary(side.stats));
      // Or already attributed: endpoint and request given, the SQL without tags.
      const attributed = side.run.capture.statements.map((statement) => JSON.stringify(statement)).join('\n');
      const fromFile = analyzeCapture(fromLog(parseQueryLog(attributed, 'capture.jsonl')).statements);
      expect(summary(fromFile)).toEqual(summary(side.stats));
    }
    // Without endpoints or tags: one (untagged) endpoint, counted over the run.
    const bare = base.run.capture.statements.map((statement) => JSON.stringify({ sql: statement.sql })).join('\n');
    const untagged = analyzeCapture(fromLog(parseQueryLog(bare, 'capture.jsonl')).statements);
    expect(summary(untagged)).toEqual({ '(untagged)': { requests: null, queries: 14, perRequest: undefined, distinct: 5 } });
  });
});

describe('capture: proxy behaviour', () => {
  it('attributes untagged traffic to application_name, else (untagged), counted per run', async () => {
    const server = await pgliteServer();
    const session = await startCaptureSession(server.upstream);
    try {
      for (const application_name of ['billing-worker', undefined]) {
        const client = new pg.Client({ host: session.host, port: session.port, user: 'postgres', database: 'postgres', application_name });
        await client.connect();
        await client.query('SELECT count(*) FROM items');
        await client.query('SELECT * FROM users WHERE id = $1', [1]);
        await client.query("SET application_name = 'renamed'");
        await client.query('SELECT * FROM users WHERE id = $1', [2]);
        await client.end();
      }
    } finally {
      const capture = await session.finish();
      await server.stop();
      expect(summary(analyzeCapture(capture.statements))).toEqual({
        '(untagged)': { requests: null, queries: 2, perRequest: undefined, distinct: 2 },
        'billing-worker': { requests: null, queries: 2, perRequest: undefined, distinct: 2 },
        renamed: { requests: null, queries: 2, perRequest: undefined, distinct: 1 },
      });
      expect(capture.skipped.session).toBe(2);
      expect(capture.connections).toBe(2);
    }
  });

  it('keeps concurrent connections apart (a pool of several clients)', async () => {
    const server = await pgliteServer();
    const recorder = new StatementRecorder();
    const proxy = await startCaptureProxy({ upstream: server.upstream, recorder });
    const pool = new pg.Pool({ host: '127.0.0.1', port: proxy.port, user: 'postgres', database: 'postgres', max: 4 });
    try {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => pool.query(`SELECT id FROM items WHERE owner_id = $1 /*request_id='r${i}',route='%2Fp'*/`, [i + 1])),
      );
    } finally {
      await pool.end();
      await proxy.close();
      await server.stop();
    }
    expect(proxy.connections).toBeGreaterThan(1);
    expect(new Set(recorder.statements.map((statement) => statement.sessionId)).size).toBe(proxy.connections);
    const stats = analyzeCapture(fromRecorded(recorder.statements));
    expect(summary(stats)).toEqual({ '/p': { requests: 12, queries: 12, perRequest: 1, distinct: 1 } });
    expect(recorder.statements.map((statement) => statement.params[0]).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
  });

  it('works in front of a unix socket', async () => {
    const path = join(await import('node:os').then((os) => os.tmpdir()), `capture-${process.pid}-${Date.now()}.sock`);
    const server = await pgliteServer({ path });
    try {
      const run = await exercise(server.upstream, 'head');
      expect(run.code, run.output).toBe(0);
      expect(endpoint(analyzeCapture(run.capture.statements), 'GET /items').perRequest).toEqual({ mean: 21, max: 21 });
    } finally {
      await server.stop();
    }
  });

  it('a failing capture command exits non-zero and says why', async () => {
    const server = await pgliteServer({ empty: true });
    try {
      const run = await exercise(server.upstream, 'base');
      expect(run.code).toBe(1);
      expect(run.output).toContain('relation "items" does not exist');
      expect(run.output).toMatch(/\d+ of 8 requests failed/);
    } finally {
      await server.stop();
    }
  });
});

/** A native PostgreSQL, when this machine has the binaries (the server engine's own starter). */
async function nativeServer(): Promise<{ upstream: Upstream; stop(): Promise<void> } | null> {
  try {
    const native = await import('../../src/engine/server/native-server.ts');
    const bin = native.findServerBin(undefined);
    if (!existsSync(join(bin, 'postgres'))) return null;
    const server = await native.startNativeServer(bin);
    return { upstream: { path: join(server.socketDir, `.s.PGSQL.${server.port}`) }, stop: () => server.stop() };
  } catch {
    return null;
  }
}

describe('capture: proxy in front of a native PostgreSQL', () => {
  it('records the same statements as in front of PGlite', async (context) => {
    const server = await nativeServer();
    if (!server) return context.skip();
    try {
      const setup = new pg.Client({
        host: (server.upstream as { path: string }).path.replace(/\/\.s\.PGSQL\.\d+$/, ''),
        user: 'postgres',
        database: 'postgres',
      });
      await setup.connect();
      await setup.query(SCHEMA);
      await setup.query(SEED);
      await setup.end();
      const run = await exercise(server.upstream, 'head');
      expect(run.code, run.output).toBe(0);
      const native = analyzeCapture(run.capture.statements);
      const pglite = await captureOn('head');
      expect(summary(native)).toEqual(summary(pglite.stats));
      expect(compareCapture(pglite.stats, native, RULES).flatMap((e) => e.findings)).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
