import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyStatisticsOn } from '../../src/engine/build/apply-statistics.ts';
import { growRelationFile, relationFileSize } from '../../src/engine/build/sparse-files.ts';
import { exposePglite, pgliteSession } from '../../src/engine/embedded/pglite-session.ts';
import type { ProductionStatistics } from '../../src/engine/statistics-format.ts';
import { exportStatistics } from '../../src/statistics/export.ts';

/**
 * What applying production's statistics leaves in the catalog, read back through pg_stats and
 * pg_class on PGlite 18 (the pg_restore_* path): a slot only the seed has is gone, a column
 * production lacks keeps the seed's row, a partitioned table gets its inherited row, and every
 * relation's files reach production's page count.
 */
const SCHEMA = `CREATE TABLE items (id int PRIMARY KEY, code text NOT NULL, kind int NOT NULL);
CREATE INDEX items_kind_idx ON items (kind);
CREATE INDEX items_code_lower_idx ON items (lower(code));
CREATE TABLE events (id int NOT NULL, at date NOT NULL, kind int NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
`;
// Production: every code distinct (a histogram, no most common values), kind skewed.
const PRODUCTION = `${SCHEMA}
INSERT INTO items SELECT i, 'code-' || i, CASE WHEN i % 10 = 0 THEN 1 + i % 50 ELSE 7 END FROM generate_series(1, 20000) i;
INSERT INTO events SELECT i, date '2025-01-01' + i % 300, i % 3 FROM generate_series(1, 30000) i;
ANALYZE;`;
// The seed: three codes (most common values), and a column production does not have.
const SEED = `${SCHEMA}
ALTER TABLE items ADD COLUMN note text;
INSERT INTO items SELECT i, 'c' || i % 3, i % 5, 'n' || i % 2 FROM generate_series(1, 300) i;
INSERT INTO events SELECT i, date '2025-01-01' + i % 30, i % 3 FROM generate_series(1, 100) i;
ANALYZE;`;

let statistics: ProductionStatistics;
const dirs: string[] = [];

beforeAll(async () => {
  const production = await PGlite.create();
  await production.exec(PRODUCTION);
  const server = await exposePglite(production);
  try {
    const exported = await exportStatistics({
      url: `postgresql://postgres@${server.host}:${server.port}/postgres?sslmode=disable`,
      schemas: [],
      keepValues: true,
      dropValues: [],
      generator: 'test',
    });
    statistics = exported.statistics;
  } finally {
    await server.stop();
    await production.close();
  }
}, 120_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function seededSide(): Promise<{ db: PGlite; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'apply-statistics-'));
  dirs.push(dir);
  const db = await PGlite.create({ dataDir: dir });
  await db.exec(SEED);
  return { db, dir };
}

const stats = async (db: PGlite, table: string, column: string, inherited = false) =>
  (
    await db.query<{ most_common_vals: string | null; histogram_bounds: string | null; n_distinct: number }>(
      `SELECT most_common_vals::text, histogram_bounds::text, n_distinct FROM pg_stats WHERE tablename = $1 AND attname = $2 AND inherited = $3`,
      [table, column, inherited],
    )
  ).rows;

describe('applying production statistics (PGlite 18)', () => {
  it('replaces each column production has whole, keeps the others, and grows the files to production pages', async () => {
    const { db, dir } = await seededSide();
    const files = {
      size: (path: string, segmentBytes: number) => relationFileSize(join(dir, path), segmentBytes),
      grow: (path: string, bytes: number, segmentBytes: number) => growRelationFile(join(dir, path), bytes, segmentBytes),
    };
    expect((await stats(db, 'items', 'code'))[0]?.most_common_vals).toBe('{c0,c1,c2}');
    const noteBefore = await stats(db, 'items', 'note');

    const applied = await applyStatisticsOn(pgliteSession(db), statistics, files, 'production-statistics.json');

    expect(applied.applied).toBe(3);
    expect(applied.missing).toContain('items.note (not in production)');
    // The seed's most common codes are gone: production has none, only a histogram.
    const code = (await stats(db, 'items', 'code'))[0]!;
    expect(code.most_common_vals).toBeNull();
    expect(code.histogram_bounds).toMatch(/^\{code-1,/);
    expect(code.n_distinct).toBe(-1);
    const kind = (await stats(db, 'items', 'kind'))[0]!;
    expect(kind.most_common_vals).toMatch(/^\{7,/);
    expect(await stats(db, 'items', 'note')).toEqual(noteBefore);
    // An expression index's statistics are production's (the planner estimates lower(code) = ... from them).
    const expression = statistics.tables.find((table) => table.name === 'items')!.indexes.find((index) => index.name === 'items_code_lower_idx')!.columns[0]!;
    expect(expression.stats).toHaveLength(1);
    const lower = (await stats(db, 'items_code_lower_idx', expression.name))[0]!;
    expect(lower.histogram_bounds).toBe(expression.stats[0]!.histogram_bounds);
    expect(lower.histogram_bounds).toMatch(/^\{code-1,/);
    // The partitioned table's inherited row and its partition's own row are production's.
    const exported = (table: string, inherited: boolean) =>
      statistics.tables
        .find((entry) => entry.name === table)!
        .columns.find((column) => column.name === 'at')!
        .stats.find((row) => row.inherited === inherited)!;
    for (const [table, inherited] of [
      ['events', true],
      ['events_2025', false],
    ] as const) {
      const row = (await stats(db, table, 'at', inherited))[0]!;
      expect(row.histogram_bounds, table).toBe(exported(table, inherited).histogram_bounds);
      expect(row.most_common_vals, table).toBe(exported(table, inherited).most_common_vals);
      expect(row.histogram_bounds, table).not.toBeNull();
    }

    const production = new Map(statistics.tables.map((table) => [table.name, table]));
    const sizes = (
      await db.query<{ relname: string; relpages: number; reltuples: number; path: string }>(
        `SELECT relname, relpages, reltuples, pg_relation_filepath(oid) AS path FROM pg_class WHERE relname IN ('items', 'events_2025', 'items_kind_idx')`,
      )
    ).rows;
    for (const size of sizes) {
      const wanted = production.get(size.relname) ?? production.get('items')!.indexes.find((index) => index.name === size.relname)!;
      expect(size.relpages, size.relname).toBe(wanted.relpages);
      expect(size.reltuples, size.relname).toBe(wanted.reltuples);
      expect(relationFileSize(join(dir, size.path), 1024 ** 3), size.relname).toBe(wanted.relpages * 8192);
    }
    // The planner now sees production's rows, and the seeded rows are still all there.
    const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT * FROM items WHERE kind = 7`)).rows[0]!['QUERY PLAN'];
    expect(Number(/rows=(\d+)/.exec(plan)?.[1])).toBeGreaterThan(15_000);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM items')).rows[0]?.n).toBe(300);
    await db.close();
  }, 120_000);

  it("keeps the seed's statistics of a column whose production values the built type refuses, and lists it", async () => {
    const { db, dir } = await seededSide();
    const files = {
      size: (path: string, segmentBytes: number) => relationFileSize(join(dir, path), segmentBytes),
      grow: (path: string, bytes: number, segmentBytes: number) => growRelationFile(join(dir, path), bytes, segmentBytes),
    };
    const edited = structuredClone(statistics);
    const kind = edited.tables.find((table) => table.name === 'items')!.columns.find((column) => column.name === 'kind')!;
    for (const row of kind.stats) row.most_common_vals = '{cheap,dear}';
    const seedKind = await stats(db, 'items', 'kind');

    const applied = await applyStatisticsOn(pgliteSession(db), edited, files, 'production-statistics.json');

    expect(applied.missing).toContainEqual(expect.stringMatching(/^items\.kind \(production's values do not fit this type: /));
    expect(await stats(db, 'items', 'kind')).toEqual(seedKind);
    // The other columns of the batch are production's.
    expect((await stats(db, 'items', 'code'))[0]?.most_common_vals).toBeNull();
    await db.close();
  }, 120_000);

  it('writes only the tables in scope, with their whole partition trees, and counts the rest', async () => {
    const { db, dir } = await seededSide();
    const files = {
      size: (path: string, segmentBytes: number) => relationFileSize(join(dir, path), segmentBytes),
      grow: (path: string, bytes: number, segmentBytes: number) => growRelationFile(join(dir, path), bytes, segmentBytes),
    };
    const seedCode = await stats(db, 'items', 'code');
    const seedPages = (await db.query<{ relpages: number }>(`SELECT relpages FROM pg_class WHERE relname = 'items'`)).rows[0]!.relpages;

    // A plan that scans the partition alone: its parent comes with it.
    const applied = await applyStatisticsOn(pgliteSession(db), statistics, files, 'production-statistics.json', [{ schema: 'public', name: 'events_2025' }]);

    expect(applied.applied).toBe(2);
    expect(applied.unplanned).toBe(1);
    expect(applied.missing).toEqual([]);
    expect(await stats(db, 'items', 'code')).toEqual(seedCode);
    expect((await db.query<{ relpages: number }>(`SELECT relpages FROM pg_class WHERE relname = 'items'`)).rows[0]!.relpages).toBe(seedPages);
    const events = statistics.tables.find((table) => table.name === 'events')!;
    const inherited = events.columns.find((column) => column.name === 'at')!.stats.find((row) => row.inherited)!;
    expect((await stats(db, 'events', 'at', true))[0]?.histogram_bounds).toBe(inherited.histogram_bounds);
    await db.close();
  }, 120_000);
});
