import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedEngine } from '../../src/engine/embedded/embedded.ts';
import { findServerBin } from '../../src/engine/server/native-server.ts';
import { loadParser, scriptFiles } from '../../src/engine/build/script.ts';
import { serverEngine } from '../../src/engine/server/server.ts';
import type { Database, Engine, ExplainRequest } from '../../src/engine/database.ts';
import { measuredWork } from '../../src/explain/measured-work.ts';
import { fixture } from '../helpers/fixtures.ts';

/**
 * The measured run's time bound at the Database surface: statement_timeout on a native server;
 * on PGlite, which ignores it, the worker thread is ended and the side built again (the
 * bundle's way, here from source through worker-from-source.mjs; PGlite in the test thread
 * cannot be interrupted at all).
 */
const ENGINES: { name: string; make: () => Engine }[] = [
  { name: 'embedded, worker thread', make: () => embeddedEngine({ workers: true }) },
  { name: 'server', make: () => serverEngine(async () => findServerBin(undefined)) },
];

const request = (sql: string): ExplainRequest => ({ sql, paramCount: 0, generic: false });
const COUNT = request('SELECT count(*) FROM users');

describe.each(ENGINES)('measured run bound on $name', ({ make }) => {
  let engine: Engine;
  let database: Database;
  beforeAll(async () => {
    await loadParser();
    engine = make();
    const files = [
      { path: 'db/schema.sql', text: fixture('users/schema.sql'), phase: 'schema' as const },
      { path: 'db/seed.sql', text: fixture('users/seed.sql'), phase: 'seed' as const },
    ];
    database = (await engine.build('head', { extensions: [], files: scriptFiles(files, 'head', new Set()) })).database;
  }, 120_000);
  afterAll(() => engine?.close());

  it('stops a run past its bound and reports it as timed out, then measures the next query on the database as built', async () => {
    const before = await database.measure(COUNT, 30_000);
    const started = performance.now();
    const slow = await database.measure(request('SELECT pg_sleep(20)'), 500);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(slow).toMatchObject({ ok: false, kind: 'timeout', error: expect.stringContaining('statement timeout') });
    const after = await database.measure(COUNT, 30_000);
    expect(after.ok && before.ok).toBe(true);
    expect(measuredWork((after as { plan: unknown }).plan).work).toEqual(measuredWork((before as { plan: unknown }).plan).work);
  }, 120_000);

  it('rolls back what a measured write did', async () => {
    const deleted = await database.measure(request('DELETE FROM users'), 30_000);
    expect(deleted.ok && measuredWork(deleted.plan).work.rows).toBe(0);
    const counted = await database.measure(COUNT, 30_000);
    expect(counted.ok && measuredWork(counted.plan).work.rows).toBe(1);
    const plan = (counted as { plan: { Plan: { Plans: { 'Actual Rows': number }[] } }[] }).plan;
    expect(plan[0]!.Plan.Plans[0]!['Actual Rows']).toBeGreaterThan(1000);
  }, 60_000);
});
