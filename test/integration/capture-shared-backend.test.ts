import { PGlite } from '@electric-sql/pglite';
import { loadModule } from 'libpg-query';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureSession, type CaptureSession } from '../../src/capture/session.ts';
import { exposePglite } from '../../src/engine/embedded/pglite-session.ts';

// Many client connections on PGlite's one backend, through the capture proxy: each gets its own
// prepared statement and portal names, and its own turn for an extended-protocol exchange.
let db: PGlite;
let exposed: Awaited<ReturnType<typeof exposePglite>>;
let session: CaptureSession;
const clients: pg.Client[] = [];

beforeAll(async () => {
  await loadModule();
  db = await PGlite.create();
  await db.exec("CREATE TABLE t (id int PRIMARY KEY, name text); INSERT INTO t SELECT n, 'n' || n FROM generate_series(1, 50) n;");
  exposed = await exposePglite(db);
  session = await startCaptureSession({ host: exposed.host, port: exposed.port }, { sharedBackend: true, database: 'postgres' });
});

afterAll(async () => {
  for (const client of clients) await client.end().catch(() => {});
  await session.finish();
  await exposed.stop();
  await db.close();
});

async function connect(database = 'postgres'): Promise<pg.Client> {
  const client = new pg.Client({ host: session.host, port: session.port, user: 'postgres', database });
  await client.connect();
  clients.push(client);
  return client;
}

const ownStatements = async () => (await db.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name')).rows.map((row) => row.name);

describe('capture proxy on the embedded engine (shared backend)', () => {
  it('lets connections prepare statements of the same name, concurrently', async () => {
    const [a, b, c] = await Promise.all([connect(), connect(), connect()]);
    const run = async (client: pg.Client, offset: number) => {
      const out = [];
      for (let i = 0; i < 20; i++)
        out.push(await client.query({ name: 'by_id', text: 'SELECT id, name FROM t WHERE id = $1', values: [((i + offset) % 50) + 1] }));
      return out;
    };
    const results = await Promise.all([run(a, 0), run(b, 10), run(c, 20)]);
    expect(results.map((rows) => rows.map((result) => result.rows[0].id as number).slice(0, 3))).toEqual([
      [1, 2, 3],
      [11, 12, 13],
      [21, 22, 23],
    ]);
    expect((await ownStatements()).filter((name) => name.endsWith('_by_id'))).toHaveLength(3);
  });

  it('keeps SQL-level PREPARE/EXECUTE/DEALLOCATE per connection; DEALLOCATE ALL drops only its own', async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    await a.query('PREPARE q AS SELECT 1 AS n');
    await b.query('PREPARE q AS SELECT 2 AS n');
    expect((await a.query('EXECUTE q')).rows[0].n).toBe(1);
    expect((await b.query('EXECUTE q')).rows[0].n).toBe(2);
    await a.query('DEALLOCATE ALL');
    await expect(a.query('EXECUTE q')).rejects.toThrow('prepared statement "q" does not exist');
    expect((await b.query('EXECUTE q')).rows[0].n).toBe(2);
    await b.query('DEALLOCATE q');
    await expect(b.query('DEALLOCATE q')).rejects.toThrow('prepared statement "q" does not exist');
  });

  it("closes a connection's statements when it goes, so nothing is left on the backend", async () => {
    const client = await connect();
    await client.query({ name: 'leftover', text: 'SELECT $1::int AS n', values: [1] });
    await client.query('PREPARE sqlside AS SELECT 1');
    const mine = (await ownStatements()).filter((name) => name.endsWith('_leftover') || name.endsWith('_sqlside'));
    expect(mine).toHaveLength(2);
    await client.end();
    for (let i = 0; i < 100 && (await ownStatements()).some((name) => mine.includes(name)); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await ownStatements()).filter((name) => mine.includes(name))).toEqual([]);
  });

  it('refuses a connection to another database, saying how to configure the framework', async () => {
    const client = new pg.Client({ host: session.host, port: session.port, user: 'postgres', database: 'test_shop' });
    const error = await client.connect().then(
      () => null,
      (failure: pg.DatabaseError) => failure,
    );
    await client.end().catch(() => {});
    expect(error?.code).toBe('3D000');
    expect(error?.message).toBe(
      'database "test_shop" is not served by pg-plan-gate: capture.command gets one database per side, "postgres" (PGDATABASE, DATABASE_URL)',
    );
    expect(error?.hint).toContain('manage.py test --keepdb');
  });
});
