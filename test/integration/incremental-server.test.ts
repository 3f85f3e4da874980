import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findServerBin, startNativeServer, type NativeServer } from '../../src/engine/server/native-server.ts';
import { connect } from '../../src/engine/pg/pg-session.ts';
import { loadParser, scriptFiles } from '../../src/engine/build/script.ts';
import { serverEngine } from '../../src/engine/server/server.ts';
import type { BuildInput, Database } from '../../src/engine/database.ts';
import type { SqlFile } from '../../src/sides/files.ts';
import { costs, gate, query } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

/**
 * Incremental head on native servers: head is `CREATE DATABASE ... TEMPLATE` base's built
 * database (server: in base's cluster; url: on the same server) plus the new schema files.
 */
const repo = repoPerTest();
let urlServer: NativeServer;
let url: string;
beforeAll(async () => {
  urlServer = await startNativeServer(findServerBin(undefined));
  url = `postgresql://postgres@localhost:${urlServer.port}/postgres?host=${encodeURIComponent(urlServer.socketDir)}`;
});
afterAll(async () => {
  await urlServer?.stop();
});

const config = (header: string) => `${header}schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`;
const BASE = {
  'db/schema.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, org_id int NOT NULL);\n',
  'db/migrations/001-orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total numeric NOT NULL);\n',
  'db/seed.sql':
    "INSERT INTO users SELECT g, 'user' || g || '@example.com', g % 300 FROM generate_series(1, 30000) g;\n" +
    'INSERT INTO orders SELECT g, 1 + g % 30000, g % 97 FROM generate_series(1, 60000) g;\n',
  'queries/by-org.sql': 'SELECT id FROM users WHERE org_id = 42\n',
  'queries/orders-of.sql': 'SELECT sum(total) FROM orders WHERE user_id = 7\n',
  'queries/by-email.sql': "SELECT id FROM users WHERE lower(email) = 'user7@example.com'\n",
};

describe.each([
  { name: 'server', header: 'engine: server\n' },
  { name: 'url', header: 'engine: url\nurl: ${PGPG_TEST_URL}\n' },
])('incremental head (engine $name)', { timeout: 300_000 }, ({ header }) => {
  const env = () => ({ PGPG_TEST_URL: url });
  const files = { ...BASE, 'pg-plan-gate.yml': config(header), 'fresh.yml': `build: fresh\n${config(header)}` };

  it("builds head as a copy of base's database plus its new migrations, with the plans of a fresh build", async () => {
    const r = repo(files, {
      'db/migrations/002-org-index.sql': 'CREATE INDEX users_org_id ON users (org_id);\n',
      'db/migrations/003-orders-index.sql': 'CREATE INDEX orders_user_id ON orders (user_id);\n',
      // An expression index: its statistics come from ANALYZE of users, which runs again.
      'db/migrations/004-lower-email.sql': 'CREATE INDEX users_lower_email ON users (lower(email));\n',
    });
    const incremental = await gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', env());
    expect(incremental.build).toEqual({ base: 'fresh', head: 'incremental' });
    expect((query(incremental, 'queries/by-org').head as { shape: string }).shape).toContain('users_org_id');
    expect(query(incremental, 'queries/orders-of').status).toBe('improved');
    expect((query(incremental, 'queries/by-email').head as { shape: string }).shape).toContain('users_lower_email');

    const fresh = await gate(r.dir, r.shas[0]!, r.shas[1], 'fresh.yml', env());
    expect(fresh.build).toEqual({ base: 'fresh', head: 'fresh' });
    expect(costs(incremental)).toEqual(costs(fresh));
    expect(incremental.findings).toEqual(fresh.findings);
  });

  it('a migration that cannot run on populated tables fails as it would at deploy time, and says so', async () => {
    const r = repo(files, { 'db/migrations/002-tenant.sql': '-- every user belongs to a tenant\nALTER TABLE users ADD COLUMN tenant_id int NOT NULL;\n' });
    await expect(gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', env())).rejects.toThrow(
      /^head: db\/migrations\/002-tenant\.sql:2: column "tenant_id" of relation "users" contains null values \(this file ran on a copy of base's populated database, as at deploy time; build: fresh builds head from scratch instead\)$/,
    );
  });
});

describe('incremental head statistics (engine server)', { timeout: 300_000 }, () => {
  it("keeps base's statistics for the tables the new files do not touch, and takes them again for the others", async () => {
    await loadParser();
    const sql = (files: Record<string, string>, phase: SqlFile['phase']) => Object.entries(files).map(([path, text]) => ({ path, text, phase }));
    const baseFiles = [
      ...sql({ 'db/schema.sql': BASE['db/schema.sql'], 'db/migrations/001-orders.sql': BASE['db/migrations/001-orders.sql'] }, 'schema'),
      ...sql({ 'db/seed.sql': BASE['db/seed.sql'] }, 'seed'),
    ];
    // users gets an expression index (analyzed again); orders is not touched.
    const headFiles = [
      ...baseFiles.slice(0, 2),
      ...sql({ 'db/migrations/002-lower.sql': 'CREATE INDEX users_lower_email ON users (lower(email));\n' }, 'schema'),
      baseFiles[2]!,
    ];
    const input = (files: SqlFile[], label: string): BuildInput => ({ extensions: [], files: scriptFiles(files, label, new Set()) });
    const engine = serverEngine(async () => findServerBin(undefined));
    try {
      const base = await engine.build('base', input(baseFiles, 'base'));
      const head = await engine.buildFrom!('head', async () => base, { ...input(headFiles, 'head'), startAt: 2 });
      expect(head.origin).toBe('incremental');
      const statistics = async (database: Database) => {
        const exposed = await database.expose();
        const client = await connect({
          host: (exposed.upstream as { path: string }).path.replace(/\/\.s\.PGSQL\.\d+$/, ''),
          port: 5432,
          user: exposed.user,
          database: exposed.database,
        });
        try {
          const { rows } = await client.query(`
            SELECT c.relname, c.relpages, c.reltuples, s.staattnum, s.stanullfrac, s.stadistinct, s.stawidth, s.stanumbers1::text, s.stavalues1::text, s.stanumbers2::text
            FROM pg_statistic s JOIN pg_class c ON c.oid = s.starelid
            WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1, 4`);
          return rows as { relname: string }[];
        } finally {
          await client.end();
        }
      };
      const [before, after] = [await statistics(base.database), await statistics(head.database)];
      expect(after.filter((row) => row.relname === 'orders')).toEqual(before.filter((row) => row.relname === 'orders'));
      expect(before.filter((row) => row.relname === 'orders').length).toBeGreaterThan(0);
      // The expression index's statistics exist on head only (ANALYZE of users ran there).
      expect(after.filter((row) => row.relname === 'users_lower_email')).toHaveLength(1);
      expect(before.filter((row) => row.relname === 'users_lower_email')).toHaveLength(0);
    } finally {
      await engine.close();
    }
  });
});
