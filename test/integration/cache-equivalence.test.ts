import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.ts';
import { timedProgress } from '../../src/util/progress.ts';
import { gate } from '../helpers/gate.ts';
import { cacheDirPerTest, repoPerTest, type FileChanges } from '../helpers/repo.ts';

/**
 * The caches' contract, as a standing check: a run with the fixture cache and remembered answers
 * reports exactly what the same run with `--no-cache` reports, and an incremental head gives the
 * findings `build: fresh` gives (apart from what the README names as deploy-time behaviour).
 * Each case reproduces one way a cache once changed an answer (issue "Caches that never change
 * an answer"), on both engines. A new cache feature adds its case here.
 */
const repo = repoPerTest();
const cacheDir = cacheDirPerTest();

type EngineName = 'embedded' | 'server';
const ENGINES: EngineName[] = ['embedded', 'server'];

/**
 * The time bounds are far away: on a loaded machine a run cut short by one (advice that ran out of
 * time) differs from another for a reason no cache has a part in.
 */
const config = (engine: EngineName, extra = '') =>
  `engine: ${engine}\nadvice:\n  timeout_seconds: 900\nmeasure:\n  timeout_seconds: 900\nschema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n${extra}`;

/** What a user sees of a run: everything but how the databases came to be and how long it took. */
function seen(report: Report): unknown {
  const { build: _build, timings: _timings, config: _config, ...rest } = report;
  return { ...rest, warnings: rest.warnings.filter((warning) => !/fixture cache|remembered answers/.test(warning)) };
}

function logged() {
  const log: string[] = [];
  return { log, progress: timedProgress((line) => log.push(line), {}) };
}

/** Runs `then` with process.env changed, then puts it back. */
async function withEnv<T>(changes: Record<string, string | undefined>, then: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(changes).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(changes);
  try {
    return await then();
  } finally {
    apply(saved);
  }
}

const headCost = (report: Report, name: string) => {
  const side = report.queries.find((entry) => entry.name === name)?.head;
  return side && 'totalCost' in side ? side.totalCost : null;
};

const TABLE = 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL, note text);\n';
const SEED = "INSERT INTO orders SELECT g, g % 500, CASE WHEN g % 50 = 0 THEN 'pending' ELSE 'done' END, repeat('x', 40) FROM generate_series(1, 20000) g;\n";

describe.each(ENGINES)('caches never change an answer (engine %s)', (engine) => {
  const files = (extra: FileChanges = {}, configExtra = ''): FileChanges => ({
    'db/schema.sql': TABLE,
    'db/seed.sql': SEED,
    'queries/by-customer.sql': 'SELECT * FROM orders WHERE customer_id = 42\n',
    'queries/count.sql': 'SELECT count(*) FROM orders\n',
    'pg-plan-gate.yml': config(engine, configExtra),
    'fresh.yml': config(engine, `build: fresh\n${configExtra}`),
    ...extra,
  });

  it('1: a head reached from another base is another database (a stacked pull request whose parent landed)', { timeout: 300_000 }, async () => {
    const r = repo(
      files(),
      // The parent pull request: a fillfactor that only a fresh build's seed feels.
      { 'db/migrations/0002-fillfactor.sql': 'ALTER TABLE orders SET (fillfactor = 10);\n' },
      { 'db/migrations/0003-index.sql': 'CREATE INDEX orders_status ON orders (status);\n' },
    );
    const [a, b, c] = r.shas as [string, string, string];
    const fixturesDir = cacheDir();
    // The stacked pull request's first run: base A, head C built from A's database.
    await gate(r.dir, a, c, undefined, {}, { fixturesDir });
    // Its parent landed: base B, head C.
    const cached = await gate(r.dir, b, c, undefined, {}, { fixturesDir });
    const uncached = await gate(r.dir, b, c);
    expect(cached.build.head).toBe('incremental');
    expect(seen(cached)).toEqual(seen(uncached));
  });

  it('2: a database whose rows hold the time of its build is not kept between runs', { timeout: 300_000 }, async () => {
    const clockSeed =
      "INSERT INTO orders SELECT g, g % 500, 'done', NULL FROM generate_series(1, 20000) g;\nUPDATE orders SET note = (now() - id * interval '1 ms')::text;\n";
    const r = repo(files({ 'db/seed.sql': clockSeed }), { 'db/migrations/0002-index.sql': 'CREATE INDEX orders_status ON orders (status);\n' });
    const [a, b] = r.shas as [string, string];
    const fixturesDir = cacheDir();
    await gate(r.dir, a, a, undefined, {}, { fixturesDir });
    const log = logged();
    const second = await gate(r.dir, a, b, undefined, {}, { fixturesDir, progress: log.progress });
    expect(second.build).toEqual({ base: 'fresh', head: 'incremental' });
    expect(log.log).toContain(
      'base: not kept in the fixture cache: its rows hold the time of the build (db/seed.sql:2 reads the clock), and a later run would ask at another time',
    );
    const saved = existsSync(join(fixturesDir, 'fixtures')) ? readdirSync(join(fixturesDir, 'fixtures')).filter((name) => /^[0-9a-f]{64}$/.test(name)) : [];
    expect(saved).toEqual([]);
  });

  it('3: a query that writes through a function is ordered and replayed as a write', { timeout: 300_000 }, async () => {
    const bump = "CREATE FUNCTION bump() RETURNS bigint LANGUAGE sql AS $$ UPDATE orders SET note = 'bumped' WHERE id <= 5000 RETURNING 1 $$;\n";
    const r = repo(
      files({ 'db/schema.sql': TABLE + bump, 'queries/a-bump.sql': 'SELECT bump()\n', 'queries/z-scan.sql': "SELECT count(*) FROM orders WHERE note = 'x'\n" }),
      {
        'queries/z-scan.sql': "SELECT count(*) FROM orders WHERE note = 'y'\n",
      },
    );
    const [a, b] = r.shas as [string, string];
    const fixturesDir = cacheDir();
    await gate(r.dir, a, a, undefined, {}, { fixturesDir });
    // z-scan's new text is a question no run asked: it opens the database.
    const cached = await gate(r.dir, a, b, undefined, {}, { fixturesDir });
    const uncached = await gate(r.dir, a, b);
    expect(seen(cached)).toEqual(seen(uncached));
  });

  it('6: a parameter of .inf and one of null are two questions', { timeout: 300_000 }, async () => {
    const inline = (value: string) => `  - name: below\n    sql: SELECT count(*) FROM orders WHERE id::float8 < $1\n    params: [${value}]\n`;
    const r = repo(files({ 'pg-plan-gate.yml': config(engine) + inline('.inf') }), { 'pg-plan-gate.yml': config(engine) + inline('null') });
    const [a, b] = r.shas as [string, string];
    const fixturesDir = cacheDir();
    await gate(r.dir, a, a, undefined, {}, { fixturesDir });
    const cached = await gate(r.dir, b, b, undefined, {}, { fixturesDir });
    const uncached = await gate(r.dir, b, b);
    expect(seen(cached)).toEqual(seen(uncached));
  });

  it('7: an answers file edited by one digit is not believed', { timeout: 300_000 }, async () => {
    const r = repo(files());
    const [a] = r.shas as [string];
    const fixturesDir = cacheDir();
    const first = await gate(r.dir, a, a, undefined, {}, { fixturesDir });
    const answers = join(fixturesDir, 'answers');
    for (const name of readdirSync(answers)) {
      const path = join(answers, name);
      const text = readFileSync(path, 'utf8');
      // A cost of the JSON body, one digit changed: still valid JSON.
      writeFileSync(
        path,
        text.replace(/("Total Cost":\s*)(\d)/, (_, key: string, digit: string) => `${key}${(Number(digit) + 1) % 10}`),
      );
    }
    const again = await gate(r.dir, a, a, undefined, {}, { fixturesDir });
    expect(seen(again)).toEqual(seen(first));
  });

  it('10: a migration that creates extended statistics gets them filled on an incremental head', { timeout: 300_000 }, async () => {
    const correlated = "INSERT INTO orders SELECT g, g % 100, CASE WHEN g % 100 < 2 THEN 'pending' ELSE 'done' END, NULL FROM generate_series(1, 20000) g;\n";
    const r = repo(files({ 'db/seed.sql': correlated, 'queries/pending.sql': "SELECT * FROM orders WHERE customer_id = 1 AND status = 'pending'\n" }), {
      'db/migrations/0002-statistics.sql': 'CREATE STATISTICS orders_customer_status (dependencies) ON customer_id, status FROM orders;\n',
    });
    const [a, b] = r.shas as [string, string];
    const incremental = await gate(r.dir, a, b);
    const fresh = await gate(r.dir, a, b, 'fresh.yml');
    expect(incremental.build.head).toBe('incremental');
    expect(seen(incremental)).toEqual(seen(fresh));
  });

  it('11: a materialized view a migration creates WITH DATA holds the seed on every path', { timeout: 300_000 }, async () => {
    const view = 'CREATE MATERIALIZED VIEW customer_totals AS SELECT customer_id, count(*) AS orders FROM orders GROUP BY customer_id;\n';
    const r = repo(files({ 'queries/totals.sql': 'SELECT * FROM customer_totals WHERE orders > 10\n' }), { 'db/migrations/0002-view.sql': view });
    const [a, b] = r.shas as [string, string];
    const incremental = await gate(r.dir, a, b);
    const fresh = await gate(r.dir, a, b, 'fresh.yml');
    expect(incremental.build.head).toBe('incremental');
    expect(seen(incremental)).toEqual(seen(fresh));
    // Also when the view is base's: a fresh build refreshes it after the seed (its rows are measured).
    const aa = await gate(r.dir, b, b);
    const side = aa.queries.find((entry) => entry.name === 'queries/totals')?.head;
    expect(side && 'work' in side && side.work?.rows).toBe(500);
  });

  it(
    '13: a migration that writes into one partition leaves its partition tree, and the views over it, as a fresh build has them',
    { timeout: 300_000 },
    async () => {
      // Grouping over the partitioned table reads its own (inherited) statistics, which only an ANALYZE
      // of it makes; that ANALYZE also samples the sibling partition at the parent's target; and a
      // materialized view over the parent holds what the migration wrote only once refreshed.
      const partitioned =
        'CREATE TABLE events (id bigint NOT NULL, kind int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);\n' +
        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n" +
        "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n" +
        'CREATE MATERIALIZED VIEW kind_totals AS SELECT kind, count(*) AS events FROM events GROUP BY kind;\n';
      const seed = "INSERT INTO events SELECT g, g % 5, date '2024-01-01' + (g % 700) FROM generate_series(1, 20000) g;\n";
      const r = repo(
        files({
          'db/schema.sql': TABLE + partitioned,
          'db/seed.sql': SEED + seed,
          'queries/kinds.sql': 'SELECT kind, count(*) FROM events GROUP BY kind\n',
          'queries/early-2024.sql': "SELECT * FROM events_2024 WHERE at < '2024-03-17'\n",
          'queries/kind-totals.sql': 'SELECT * FROM kind_totals WHERE events > 10\n',
        }),
        {
          'db/migrations/0002-backfill.sql': "INSERT INTO events_2025 SELECT g, 100 + g % 400, date '2025-06-01' FROM generate_series(20001, 60000) g;\n",
        },
      );
      const [a, b] = r.shas as [string, string];
      const incremental = await gate(r.dir, a, b);
      const fresh = await gate(r.dir, a, b, 'fresh.yml');
      expect(incremental.build.head).toBe('incremental');
      expect(seen(incremental)).toEqual(seen(fresh));
      const totals = fresh.queries.find((entry) => entry.name === 'queries/kind-totals')?.head;
      expect(totals && 'work' in totals && totals.work?.rows).toBe(405);
    },
  );

  it.runIf(engine === 'embedded')(
    '12: a side rebuilt after a statement outlived its bound is the kind of database it replaces',
    { timeout: 300_000 },
    async () => {
      // Planning folds slow() and sleeps past explain_timeout_seconds: the worker is ended and head built again.
      const slow = 'CREATE FUNCTION slow() RETURNS bigint IMMUTABLE LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(8); RETURN 1; END $$;\n';
      const r = repo(files({ 'db/schema.sql': TABLE + slow }, 'explain_timeout_seconds: 3\n'), {
        'db/migrations/0002-fillfactor.sql': 'ALTER TABLE orders SET (fillfactor = 10);\n',
        'queries/a-slow.sql': 'SELECT * FROM orders WHERE id = slow()\n',
      });
      const [a, b] = r.shas as [string, string];
      // From source PGlite runs in this thread, where nothing can end it: in workers, as from the bundle.
      const workers = { PG_PLAN_GATE_SOURCE_WORKERS: '1' };
      const log = logged();
      const withTimeout = await withEnv(workers, () => gate(r.dir, a, b, undefined, {}, { progress: log.progress }));
      expect(log.log).toContain(
        "head: a statement outlived its bound and cannot be cancelled in PGlite: the database is built again (base's files, then head's new ones on them, as before)",
      );
      expect(withTimeout.build.head).toBe('incremental');
      expect(withTimeout.queries.find((entry) => entry.name === 'queries/a-slow')?.head).toMatchObject({
        error: expect.stringMatching(/explain_timeout_seconds/),
      });
      r.commit({ 'queries/a-slow.sql': null });
      const without = await withEnv(workers, () => gate(r.dir, a, r.shas[2]));
      // The queries after the timeout ran on base's database plus the migration, as before it.
      expect(headCost(withTimeout, 'queries/count')).toBe(headCost(without, 'queries/count'));
      expect(headCost(withTimeout, 'queries/by-customer')).toBe(headCost(without, 'queries/by-customer'));
    },
  );
});

describe('caches never change an answer (engine server only)', () => {
  const files = (extra: FileChanges = {}): FileChanges => ({
    'db/schema.sql': TABLE,
    'db/seed.sql': SEED,
    'queries/by-customer.sql': 'SELECT * FROM orders WHERE customer_id = 42\n',
    'pg-plan-gate.yml': config('server'),
    ...extra,
  });

  it("4: the runner's TZ and PGOPTIONS reach neither the database nor the plans", { timeout: 300_000 }, async () => {
    const seed =
      "INSERT INTO orders SELECT g, g % 500, 'done', to_char(to_timestamp(1704067200 + g * 60), 'YYYY-MM-DD HH24:MI') FROM generate_series(1, 20000) g;\n";
    const r = repo(
      files({
        'db/schema.sql': `${TABLE}CREATE INDEX orders_note ON orders (note);\n`,
        'db/seed.sql': seed,
        'queries/early.sql': "SELECT * FROM orders WHERE note < '2024-01-01 05:00'\n",
      }),
    );
    const [a] = r.shas as [string];
    const fixturesDir = cacheDir();
    await withEnv({ TZ: 'Asia/Tokyo', PGOPTIONS: '-c enable_indexscan=off -c enable_bitmapscan=off' }, () => gate(r.dir, a, a, undefined, {}, { fixturesDir }));
    const cached = await gate(r.dir, a, a, undefined, {}, { fixturesDir });
    const uncached = await gate(r.dir, a, a);
    expect(cached.build.base).toBe('cached');
    expect(seen(cached)).toEqual(seen(uncached));
  });

  it(
    '8: what the executor reads of the catalog (a partitioned table, a materialized view) is read before a measured run on every path',
    { timeout: 300_000 },
    async () => {
      // pagila's customer-payments and sales-by-category read 3 blocks more with a cache than without: planning alone had warmed the backend.
      const schema = `CREATE TABLE payments (id bigint NOT NULL, paid_on date NOT NULL, amount numeric NOT NULL) PARTITION BY RANGE (paid_on);
CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE payments_2025 PARTITION OF payments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE MATERIALIZED VIEW paid_by_month AS SELECT date_trunc('month', paid_on) AS month, sum(amount) AS total FROM payments GROUP BY 1;
`;
      const seed = "INSERT INTO payments SELECT g, date '2024-01-01' + g % 700, g % 100 FROM generate_series(1, 20000) g;\n";
      const r = repo(
        files({
          'db/schema.sql': schema,
          'db/seed.sql': seed,
          'queries/by-customer.sql': null,
          'queries/payments.sql': "SELECT sum(amount) FROM payments WHERE paid_on >= '2025-03-01'\n",
          'queries/by-month.sql': 'SELECT * FROM paid_by_month ORDER BY month\n',
        }),
      );
      const [a] = r.shas as [string];
      const fixturesDir = cacheDir();
      const uncached = await gate(r.dir, a, a);
      const cold = await gate(r.dir, a, a, undefined, {}, { fixturesDir });
      const cached = await gate(r.dir, a, a, undefined, {}, { fixturesDir });
      expect(uncached.queries.every((query) => query.head && 'work' in query.head && query.head.work)).toBe(true);
      expect(seen(cold)).toEqual(seen(uncached));
      expect(seen(cached)).toEqual(seen(uncached));
    },
  );

  it(
    "5 and 8: a role's settings from the schema plan alike on every path, are in the planner list, and measured blocks match",
    { timeout: 300_000 },
    async () => {
      const r = repo(
        files({
          'db/schema.sql': `${TABLE}ALTER ROLE CURRENT_USER SET work_mem = '64MB';\n`,
          'queries/sorted.sql': 'SELECT * FROM orders ORDER BY note, id\n',
        }),
      );
      const [a] = r.shas as [string];
      const fixturesDir = cacheDir();
      const uncached = await gate(r.dir, a, a);
      await gate(r.dir, a, a, undefined, {}, { fixturesDir });
      const cached = await gate(r.dir, a, a, undefined, {}, { fixturesDir });
      expect(uncached.planner.work_mem).toBe('64MB');
      expect(seen(cached)).toEqual(seen(uncached));
    },
  );
});
