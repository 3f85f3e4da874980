import { parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../../../src/engine/build/script.ts';
import { mergeTouched, touchedBy } from '../../../../src/engine/build/touched.ts';

beforeAll(loadParser);

/** What one statement touches, from its parse tree as script.ts gets it. */
const touched = (sql: string) => touchedBy((parseSync(sql) as { stmts: { stmt: Record<string, unknown> }[] }).stmts[0]!.stmt);

describe('the tables a schema statement may change the statistics of', () => {
  it('statements on one table name it, bare (analyze looks it up in every schema)', () => {
    expect(touched('CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total numeric)')).toEqual(['invoices']);
    expect(touched('ALTER TABLE ONLY public.orders ALTER COLUMN total TYPE numeric(12,2)')).toEqual(['orders']);
    expect(touched("INSERT INTO users (email) VALUES ('ana@example.com')")).toEqual(['users']);
    expect(touched('UPDATE users SET email = lower(email)')).toEqual(['users']);
    expect(touched('DELETE FROM sessions WHERE expires_at < now()')).toEqual(['sessions']);
    expect(touched('MERGE INTO stock s USING delivery d ON s.item = d.item WHEN MATCHED THEN UPDATE SET qty = s.qty + d.qty')).toEqual(['stock']);
    expect(touched('COPY public.users (id, email) FROM stdin')).toEqual(['users']);
    expect(touched('REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals')).toEqual(['order_totals']);
    expect(touched('CLUSTER orders USING orders_pkey')).toEqual(['orders']);
  });

  it('statements on several tables name each', () => {
    expect(touched('TRUNCATE audit_log, billing.events RESTART IDENTITY')).toEqual(['audit_log', 'events']);
    expect(touched('CREATE STATISTICS addresses_city_zip (dependencies, mcv) ON city, zip FROM addresses')).toEqual(['addresses']);
    expect(touched('VACUUM (ANALYZE) orders, users')).toEqual(['orders', 'users']);
    expect(touched('ANALYZE orders')).toEqual(['orders']);
  });

  it('an index: none on plain columns, its table on an expression (expression statistics come from ANALYZE)', () => {
    expect(touched('CREATE INDEX users_email ON users (email)')).toEqual([]);
    expect(touched('CREATE UNIQUE INDEX CONCURRENTLY orders_user_placed ON orders USING btree (user_id, placed_at DESC)')).toEqual([]);
    expect(touched('CREATE INDEX users_lower_email ON users (lower(email))')).toEqual(['users']);
    expect(touched('CREATE INDEX orders_day ON orders (user_id, (placed_at::date))')).toEqual(['orders']);
  });

  it('CREATE TABLE AS and CREATE MATERIALIZED VIEW name the new relation', () => {
    expect(touched('CREATE TABLE recent_orders AS SELECT * FROM orders WHERE placed_at > now() - interval $$1 day$$')).toEqual(['recent_orders']);
    expect(touched('CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) FROM orders GROUP BY user_id')).toEqual(['order_totals']);
  });

  it('all, where a statement can do anything or names an index rather than its table', () => {
    expect(touched('DO $$ BEGIN INSERT INTO users (email) VALUES ($q$x$q$); END $$')).toBe('all');
    expect(touched("SELECT backfill_totals('2024-01-01')")).toBe('all');
    expect(touched('CREATE EXTENSION IF NOT EXISTS postgis')).toBe('all');
    expect(touched('ALTER INDEX users_lower_email ALTER COLUMN 1 SET STATISTICS 1000')).toBe('all');
    expect(touched('VACUUM ANALYZE')).toBe('all');
    expect(touched('ANALYZE')).toBe('all');
  });

  it('nothing, for statements that change no rows, columns or indexes', () => {
    const none = [
      'CREATE VIEW active_users AS SELECT * FROM users WHERE active',
      'CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      "COMMENT ON TABLE users IS 'people'",
      'GRANT SELECT ON users TO reader',
      'DROP TABLE legacy',
      'CREATE SEQUENCE invoice_numbers',
      'CREATE TRIGGER touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()',
      'CREATE POLICY own ON documents USING (owner = current_user)',
      "CREATE TYPE mood AS ENUM ('sad', 'ok')",
      "ALTER TYPE mood ADD VALUE 'happy'",
      'CREATE DOMAIN email AS text',
      'CREATE SCHEMA billing',
      'ALTER TABLE users RENAME TO people',
      "SET search_path = ''",
      'BEGIN',
      'CREATE ROLE reader',
    ];
    expect(none.filter((sql) => touched(sql) !== 'all' && touched(sql).length === 0)).toEqual(none);
  });

  it('no statement, or an empty one, touches nothing', () => {
    expect(touchedBy(undefined)).toEqual([]);
    expect(touchedBy({})).toEqual([]);
  });

  it('a touching statement whose table is not where expected plays safe', () => {
    expect(touchedBy({ InsertStmt: {} })).toBe('all');
    expect(touchedBy({ TruncateStmt: { relations: [] } })).toBe('all');
  });
});

describe("a build's touched tables", () => {
  it('the union of every statement, each name once, in first-seen order', () => {
    expect(mergeTouched([['users'], [], ['orders', 'users'], ['invoices']])).toEqual(['users', 'orders', 'invoices']);
    expect(mergeTouched([])).toEqual([]);
  });

  it('all when any statement may touch anything', () => {
    expect(mergeTouched([['users'], 'all', []])).toBe('all');
  });
});
