import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposePglite } from '../../src/engine/embedded/pglite-session.ts';
import { readProductionStatistics } from '../../src/statistics/file.ts';
import type { ProductionStatistics } from '../../src/statistics/format.ts';
import { shopSeed } from '../helpers/production-shop.ts';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function runCli(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr });
    });
  });
}

/**
 * The bundled CLI exports from PostgreSQL 18 (PGlite 18 behind its socket server): the columns
 * 17 and 18 added (range statistics in pg_stats, relallfrozen) come through, and the bundle
 * carries the file's JSON Schema.
 */
describe('export-statistics from PostgreSQL 18 (PGlite), bundled CLI', () => {
  const work = mkdtempSync(join(tmpdir(), 'pgpg-export-pglite-'));
  let db: PGlite;
  let server: Awaited<ReturnType<typeof exposePglite>>;
  let file: ProductionStatistics;
  let text: string;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(shopSeed(18, { customers: 20000, orders: 40000 }));
    await db.exec('VACUUM ANALYZE');
    server = await exposePglite(db);
    const out = join(work, 'production-statistics.json');
    const result = await runCli(['export-statistics', '--url', `postgresql://postgres@${server.host}:${server.port}/postgres?sslmode=disable`, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    file = readProductionStatistics(out);
    text = readFileSync(out, 'utf8');
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    await db?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('has 18 and its columns: relallfrozen, range statistics; values dropped as on 15', () => {
    expect(file.serverVersion).toMatch(/^18\.\d+$/);
    const orders2025 = file.tables.find((table) => table.name === 'orders_2025')!;
    expect(orders2025.relallfrozen).toEqual(expect.any(Number));
    const delivery = orders2025.columns.find((column) => column.name === 'delivery')!.stats.find((row) => !row.inherited)!;
    expect(delivery.range_bounds_histogram).toMatch(/^\{"\[\\"2025-01-0\d 00:00:00\+00\\",\\"2025-01-/);
    // Lengths are the subtype's differences in seconds: every delivery window is 3 days.
    expect(delivery.range_length_histogram).toMatch(/^\{259200(,259200)*\}$/);
    expect(delivery.range_empty_frac).toBe(0);
    expect(text).not.toContain('@example.com');
    expect(text).not.toContain('PC-');
    expect(file.dropped.map((entry) => [entry.relation, entry.column ?? entry.statistics])).toEqual([
      ['customers', 'email'],
      ['customers', 'token'],
      ['customers', 'postcode'],
      ['customers_lower_email_idx', 'lower'],
      ['customers', 'public.customers_country_postcode'],
      ['customers', 'public.customers_lower_email'],
    ]);
  });
});
