import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposePglite } from '../../src/engine/embedded/pglite-session.ts';
import { findServerBin, startNativeServer, type NativeServer } from '../../src/engine/server/native-server.ts';
import { connect } from '../../src/engine/pg/pg-session.ts';
import { parsePlan } from '../../src/explain/plan.ts';
import { summarizePlan } from '../../src/explain/plan-summary.ts';
import { exportStatistics } from '../../src/statistics/export.ts';
import { formatStatistics } from '../../src/statistics/file.ts';
import type { Report } from '../../src/report/report.ts';
import { gate, query } from '../helpers/gate.ts';
import { cacheDirPerTest, repoPerTest } from '../helpers/repo.ts';

/**
 * The issue's proof, small: a "production" database with skewed data (1% of orders pending, 60%
 * of customers in one country, heavy-hitter customers), its statistics exported with the
 * command, and a repository with the same schema and a small, uniform seed. With the file,
 * every query plans as production plans it; without it, some do not; a dropped index is
 * caught at production's scale. Production runs the major each engine plans with (PGlite 18
 * for embedded, the installed server for server): plans differ between majors.
 */
const SCHEMA = `CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL, country text NOT NULL, tier text NOT NULL);
CREATE INDEX customers_country_idx ON customers (country);
CREATE INDEX customers_email_lower_idx ON customers (lower(email));
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL, total numeric(10,2) NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_status_idx ON orders (status);
CREATE TABLE audit_log (id bigint PRIMARY KEY, note text);
`;
const PRODUCTION_DATA = `
INSERT INTO customers SELECT i, 'customer' || i || '@example.com', CASE WHEN i % 10 < 6 THEN 'DE' ELSE 'C' || (i % 39) END,
  CASE WHEN i % 50 = 0 THEN 'enterprise' WHEN i % 5 = 0 THEN 'pro' ELSE 'free' END FROM generate_series(1, 50000) i;
INSERT INTO orders SELECT i, CASE WHEN i % 5 = 0 THEN 1 + i % 10 ELSE 1 + (i::bigint * 7919) % 50000 END,
  CASE WHEN i % 100 = 0 THEN 'pending' WHEN i % 10 = 1 THEN 'cancelled' WHEN i % 3 = 0 THEN 'shipped' ELSE 'delivered' END,
  (i % 1000) / 10.0, timestamptz '2025-01-01' + (i % 700) * interval '1 day' FROM generate_series(1, 300000) i;
`;
// A developer's seed: every country, status and customer alike.
const SEED = `INSERT INTO customers SELECT i, 'customer' || i || '@example.com', 'C' || (i % 40), CASE WHEN i % 3 = 0 THEN 'enterprise' WHEN i % 3 = 1 THEN 'pro' ELSE 'free' END FROM generate_series(1, 2000) i;
INSERT INTO orders SELECT i, 1 + i % 2000, (ARRAY['pending', 'cancelled', 'shipped', 'delivered'])[1 + i % 4], (i % 1000) / 10.0,
  timestamptz '2025-01-01' + (i % 700) * interval '1 day' FROM generate_series(1, 20000) i;
`;
const QUERIES: Record<string, string> = {
  pending: "SELECT * FROM orders WHERE status = 'pending'",
  germans: "SELECT * FROM customers WHERE country = 'DE'",
  'heavy-hitter': 'SELECT * FROM orders WHERE customer_id = 3',
  'one-customer': 'SELECT * FROM orders WHERE customer_id = 4711',
  'pending-of-country': "SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.country = 'C7' AND o.status = 'pending'",
  'revenue-per-tier': 'SELECT c.tier, sum(o.total) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.tier',
  'delivered-recent': "SELECT id FROM orders WHERE status = 'delivered' ORDER BY id DESC LIMIT 20",
  'cancelled-count': "SELECT count(*) FROM orders WHERE status = 'cancelled'",
};

const repo = repoPerTest();
const cacheDir = cacheDirPerTest();

/** What a user sees of a run: everything but how the databases came to be and how long it took. */
function seen(report: Report): unknown {
  const { build: _build, timings: _timings, ...rest } = report;
  return { ...rest, warnings: rest.warnings.filter((warning) => !/fixture cache|remembered answers/.test(warning)) };
}

type Planned = { shape: string; rows: number };
type Production = { url: string; stop(): Promise<void>; explain(sql: string): Promise<Planned> };

async function pgliteProduction(): Promise<Production> {
  const db = new PGlite();
  await db.exec(SCHEMA + PRODUCTION_DATA);
  await db.exec('VACUUM ANALYZE');
  const server = await exposePglite(db);
  return {
    url: `postgresql://postgres@${server.host}:${server.port}/postgres?sslmode=disable`,
    explain: async (sql) => shapeOf((await db.query(`EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`)).rows[0]),
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

async function serverProduction(): Promise<Production> {
  const server: NativeServer = await startNativeServer(findServerBin(undefined));
  const url = `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
  const client = await connect({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  await client.query(SCHEMA + PRODUCTION_DATA);
  await client.query('VACUUM ANALYZE');
  await client.query('SET max_parallel_workers_per_gather = 0');
  await client.query('SET jit = off');
  return {
    url,
    explain: async (sql) => shapeOf((await client.query(`EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`)).rows[0]),
    stop: async () => {
      await client.end();
      await server.stop();
    },
  };
}

function shapeOf(row: unknown): Planned {
  const json = Object.values(row as Record<string, unknown>)[0];
  const summary = summarizePlan(parsePlan(typeof json === 'string' ? JSON.parse(json) : json), {});
  return { shape: summary.shape, rows: summary.planRows };
}

const shapes = (report: Report) => Object.fromEntries(Object.keys(QUERIES).map((name) => [name, plannedIn(report, `queries/${name}`)?.shape]));
const plannedIn = (report: Report, name: string): Planned | null => {
  const side = query(report, name).head;
  return side && 'shape' in side ? { shape: side.shape, rows: side.planRows } : null;
};
/** Root row estimates within 10% of production's (the issue's bar). */
const closeRows = (report: Report, expected: Record<string, Planned>) =>
  Object.keys(QUERIES).filter((name) => {
    const rows = plannedIn(report, `queries/${name}`)?.rows ?? -1;
    return Math.abs(rows - expected[name]!.rows) <= 0.1 * expected[name]!.rows;
  });

describe.each([
  { engine: 'embedded', production: pgliteProduction },
  { engine: 'server', production: serverProduction },
])('production statistics (engine $engine)', ({ engine, production: start }) => {
  let production: Production;
  let fileText: string;
  const expected: Record<string, Planned> = {};
  beforeAll(async () => {
    production = await start();
    const exported = await exportStatistics({ url: production.url, schemas: [], keepValues: false, dropValues: [], generator: 'test' });
    fileText = formatStatistics(exported.statistics);
    for (const [name, sql] of Object.entries(QUERIES)) expected[name] = await production.explain(sql);
  }, 600_000);
  afterAll(async () => {
    await production?.stop();
  });

  const files = (withFile: boolean, extra: Record<string, string> = {}) => ({
    'pg-plan-gate.yml': `engine: ${engine}\nschema: db/schema.sql\nseed: db/seed.sql\n${withFile ? 'production_statistics: .pg-plan-gate/production-statistics.json\n' : ''}queries:\n  - file: queries/*.sql\n`,
    'db/schema.sql': SCHEMA,
    'db/seed.sql': SEED,
    '.pg-plan-gate/production-statistics.json': fileText,
    ...Object.fromEntries(Object.entries(QUERIES).map(([name, sql]) => [`queries/${name}.sql`, `${sql}\n`])),
    ...extra,
  });

  it('with the file, every query plans as production plans it; without it, some do not', { timeout: 600_000 }, async () => {
    const r = repo(files(true));
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(shapes(report)).toEqual(Object.fromEntries(Object.entries(expected).map(([name, planned]) => [name, planned.shape])));
    expect(closeRows(report, expected)).toEqual(Object.keys(QUERIES));
    expect(report.findings).toEqual([]);
    expect(report.productionStatistics).toMatchObject({
      file: '.pg-plan-gate/production-statistics.json',
      tables: 3,
      applied: 2,
      unplanned: 1,
      missing: [],
      estimatedIndexes: [],
    });
    // Measured work stays the seed's: the pending orders of a 20,000-row seed, not production's 3,000.
    const pending = query(report, 'queries/pending').head;
    expect(pending && 'work' in pending ? pending.work?.rows : null).toBe(5000);

    const without = repo(files(false));
    const seedOnly = await gate(without.dir, without.shas[0]!, without.shas[0]);
    const differing = Object.keys(QUERIES).filter((name) => plannedIn(seedOnly, `queries/${name}`)?.shape !== expected[name]!.shape);
    // On the seed alone, measured: 1 of 8 shapes differ, and only the three whose root is an
    // aggregate or a LIMIT (1, 3 and 20 rows) estimate within 10% of production.
    expect(differing.length).toBeGreaterThan(0);
    expect(closeRows(seedOnly, expected).length).toBeLessThanOrEqual(3);
    expect(seedOnly.productionStatistics).toBeNull();
  });

  it("a dropped index is caught at production's scale, and a new one is estimated", { timeout: 600_000 }, async () => {
    const r = repo(files(true), {
      'db/schema.sql': SCHEMA.replace('CREATE INDEX orders_status_idx ON orders (status);\n', '') + 'CREATE INDEX orders_total_idx ON orders (total);\n',
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(report.verdict).toBe('fail');
    expect(query(report, 'queries/pending').findings.map((finding) => finding.rule)).toContain('seq-scan');
    expect(report.productionStatistics?.estimatedIndexes).toEqual(['orders_total_idx']);
  });

  it('a run with the fixture cache and remembered answers reports what an uncached run reports', { timeout: 600_000 }, async () => {
    const r = repo(files(true), { 'queries/pending.sql': "SELECT id FROM orders WHERE status = 'pending'\n" });
    const fixturesDir = cacheDir();
    await gate(r.dir, r.shas[0]!, r.shas[0], undefined, {}, { fixturesDir });
    const cached = await gate(r.dir, r.shas[0]!, r.shas[1], undefined, {}, { fixturesDir });
    const uncached = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(cached.build.base).not.toBe('fresh');
    expect(seen(cached)).toEqual(seen(uncached));
  });

  it("a file of another application's database is a one-line error naming it", { timeout: 600_000 }, async () => {
    const other = JSON.parse(fileText) as { tables: { schema: string; name: string }[] };
    for (const table of other.tables) table.schema = 'billing';
    const r = repo({ ...files(true), '.pg-plan-gate/production-statistics.json': JSON.stringify(other) });
    await expect(gate(r.dir, r.shas[0]!, r.shas[0])).rejects.toThrow(
      /^\.pg-plan-gate\/production-statistics\.json: matches no table of this database \(production's 3 tables are in billing\)/,
    );
  });

  it("a column whose production values the built type refuses keeps the seed's statistics and is listed", { timeout: 600_000 }, async () => {
    const edited = JSON.parse(fileText) as { tables: { name: string; columns: { name: string; stats: { histogram_bounds: string | null }[] }[] }[] };
    const total = edited.tables.find((table) => table.name === 'orders')!.columns.find((column) => column.name === 'total')!;
    for (const row of total.stats) row.histogram_bounds = '{cheap,dear}';
    const r = repo({ ...files(true), '.pg-plan-gate/production-statistics.json': JSON.stringify(edited) });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    expect(report.productionStatistics?.missing).toEqual([expect.stringMatching(/^orders\.total \(production's values do not fit this type: /)]);
    expect(report.productionStatistics?.applied).toBe(2);
    expect(shapes(report).pending).toBe(expected.pending!.shape);
  });
});
