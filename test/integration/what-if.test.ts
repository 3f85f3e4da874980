import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedEngine } from '../../src/engine/embedded/embedded.ts';
import { findServerBin } from '../../src/engine/server/native-server.ts';
import { loadParser, scriptFiles } from '../../src/engine/build/script.ts';
import { serverEngine } from '../../src/engine/server/server.ts';
import type { Database, Engine, ExplainRequest } from '../../src/engine/database.ts';
import { parsePlan, walk } from '../../src/explain/plan.ts';
import { fixture } from '../helpers/fixtures.ts';

/**
 * The what-if trial at the Database surface, on each way a database is reached: PGlite in
 * this thread (tests), PGlite in a worker thread (the bundle's way, here started from
 * source through tsx) and a native server.
 */

const ENGINES: { name: string; make: () => Engine }[] = [
  { name: 'embedded, in this thread', make: () => embeddedEngine({ workers: false }) },
  { name: 'embedded, worker thread', make: () => embeddedEngine({ workers: true }) },
  { name: 'server', make: () => serverEngine(async () => findServerBin(undefined)) },
];

const LOGIN: ExplainRequest = { sql: 'SELECT id FROM users WHERE lower(email) = lower($1)', params: ['user7@example.com'], paramCount: 1, generic: false };

describe.each(ENGINES)('what-if on $name', ({ name, make }) => {
  let engine: Engine;
  let database: Database;
  beforeAll(async () => {
    await loadParser();
    engine = make();
    const built = await engine.build('head', {
      extensions: [],
      files: scriptFiles(
        [
          { path: 'db/schema.sql', text: fixture('users/schema.sql'), phase: 'schema' },
          { path: 'db/seed.sql', text: fixture('users/seed.sql'), phase: 'seed' },
        ],
        'head',
        new Set(),
      ),
    });
    database = built.database;
  });
  afterAll(() => engine?.close());

  it('plans with the index inside the transaction, and leaves the database as built', async () => {
    const before = await explainCost(database, LOGIN);
    const trial = await database.explainWithIndex(LOGIN, { createIndex: 'CREATE INDEX users_lower_trial ON users (lower(email))', analyze: 'users' }, 30_000);
    expect(trial.ok).toBe(true);
    const root = parsePlan((trial as { plan: unknown }).plan);
    expect([...walk(root)].map((node) => node.index)).toContain('users_lower_trial');
    // With the expression's statistics (ANALYZE in the trial) one row is expected, as for email = $1.
    expect(root.planRows).toBe(1);
    expect(root.totalCost).toBeLessThan(before / 10);

    expect(await database.indexDefinitions([{ name: 'users_lower_trial' }])).toEqual([null]);
    expect(await explainCost(database, LOGIN)).toBe(before);
  });

  it('reports a CREATE INDEX the server refuses, and the session goes on', async () => {
    const refused = await database.explainWithIndex(LOGIN, { createIndex: 'CREATE INDEX ON users ((created_at::date))', analyze: 'users' }, 30_000);
    expect(refused).toEqual({ ok: false, error: 'functions in index expression must be marked IMMUTABLE', kind: 'query', code: '42P17' });
    const failingExplain = await database.explainWithIndex(
      { ...LOGIN, sql: 'SELECT nope FROM users' },
      { createIndex: 'CREATE INDEX ON users (org_id)' },
      30_000,
    );
    expect(failingExplain).toMatchObject({ ok: false, error: expect.stringContaining('column "nope" does not exist'), kind: 'query', code: '42703' });
    expect(await database.indexDefinitions([{ name: 'users_org_idx' }])).toEqual(['CREATE INDEX users_org_idx ON public.users USING btree (org_id)']);
  });

  it('reads index definitions by the names plans give them', async () => {
    expect(
      await database.indexDefinitions([
        { name: 'users_email_key' },
        { schema: 'public', name: 'users_org_idx' },
        { name: 'no_such_index' },
        { schema: 'other', name: 'users_org_idx' },
      ]),
    ).toEqual([
      'CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)',
      'CREATE INDEX users_org_idx ON public.users USING btree (org_id)',
      null,
      null,
    ]);
  });

  it.runIf(name === 'server')('stops a trial at the time bound on a native server', async () => {
    const slow = await database.explainWithIndex(LOGIN, { createIndex: 'CREATE INDEX ON users (lower(email), email, org_id)' }, 1);
    expect(slow).toEqual({ ok: false, error: 'canceling statement due to statement timeout', kind: 'timeout', code: '57014' });
    expect(await explainCost(database, LOGIN)).toBeGreaterThan(0);
  });
});

async function explainCost(database: Database, request: ExplainRequest): Promise<number> {
  const outcome = await database.explain(request);
  if (!outcome.ok) throw new Error(outcome.error);
  return parsePlan(outcome.plan).totalCost;
}
