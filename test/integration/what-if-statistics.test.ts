import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, pgliteSession } from '../../src/engine/embedded/pglite-session.ts';
import { analyzeAsBuilt, explainWithIndexOn } from '../../src/engine/trials/index-trial.ts';
import type { Session } from '../../src/engine/database.ts';

/**
 * An expression-index trial analyzes only what the index adds; every plan it gives must be the
 * plan a full ANALYZE of the table (at the build's target) gives with the same index.
 */

const TRIAL = 'CREATE INDEX orders_customer_expr_trial ON orders ((customer_id + 0))';
const QUERIES = [
  'SELECT count(*) FROM orders WHERE customer_id + 0 = 37',
  // Estimates that rest on the other columns' statistics, which the trial must keep as built.
  "SELECT * FROM orders WHERE customer_id + 0 = 37 AND status = 'returned'",
  "SELECT * FROM orders WHERE status = 'new' AND total > 400 ORDER BY created_at LIMIT 20",
  'SELECT customer_id, count(*) FROM orders GROUP BY customer_id',
];

let db: PGlite;
let session: Session;
beforeAll(async () => {
  db = await openPglite();
  session = pgliteSession(db);
  await session.exec(`
    CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, status text NOT NULL, total numeric NOT NULL, created_at timestamptz NOT NULL);
    CREATE INDEX orders_created_idx ON orders (created_at);
    INSERT INTO orders
    SELECT g, 1 + floor(sqrt((g::bigint * 7919) % 250000))::int, CASE WHEN g % 10 = 0 THEN 'returned' ELSE (ARRAY['new', 'paid', 'shipped'])[1 + g % 3] END,
           (g::bigint * 104729) % 50000 / 100.0, timestamptz '2024-01-01' + (g * 37 % 270) * interval '1 day'
    FROM generate_series(1, 40000) g;`);
  // As the build analyzes: VACUUM counts the rows, then ANALYZE reads every one of them.
  await session.exec('VACUUM orders');
  await session.exec('BEGIN');
  await analyzeAsBuilt(session, 'orders');
  await session.exec('COMMIT');
}, 120_000);
afterAll(() => db?.close());

const explain = async (sql: string) => {
  const rows = await session.query(`EXPLAIN (FORMAT JSON) ${sql}`, []);
  return { ok: true as const, plan: rows[0]!['QUERY PLAN'] };
};

describe('an expression-index trial', () => {
  it('plans every query as with a full ANALYZE of the table, and leaves the table as built', async () => {
    const built = await Promise.all(QUERIES.map(async (sql) => (await explain(sql)).plan));
    const fullAnalyze: unknown[] = [];
    for (const sql of QUERIES) {
      await session.exec('BEGIN');
      await session.exec(TRIAL);
      await analyzeAsBuilt(session, 'orders');
      fullAnalyze.push((await explain(sql)).plan);
      await session.exec('ROLLBACK');
    }
    const trials: unknown[] = [];
    for (const sql of QUERIES) {
      const outcome = await explainWithIndexOn(session, { createIndex: TRIAL, analyze: 'orders' }, 60_000, () => explain(sql));
      expect(outcome.ok).toBe(true);
      trials.push((outcome as { plan: unknown }).plan);
    }
    expect(trials).toEqual(fullAnalyze);
    expect(JSON.stringify(trials[0])).toContain('orders_customer_expr_trial');
    // Rolled back: no index, no column left at target 0, the plans as built.
    expect(await session.query("SELECT attname FROM pg_attribute WHERE attrelid = 'orders'::regclass AND attstattarget = 0", [])).toEqual([]);
    expect(await Promise.all(QUERIES.map(async (sql) => (await explain(sql)).plan))).toEqual(built);
  });
});
