import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { costs, gate, query, rules } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

/** Incremental head (issue "Warm and incremental builds"), engine embedded. */
const repo = repoPerTest();
const caches: string[] = [];
afterEach(() => {
  for (const dir of caches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CONFIG = 'engine: embedded\nschema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n';
const BASE = {
  'db/schema.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, org_id int NOT NULL);\n',
  'db/migrations/001-orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total numeric NOT NULL);\n',
  'db/seed.sql':
    "INSERT INTO users SELECT g, 'user' || g || '@example.com', g % 300 FROM generate_series(1, 30000) g;\n" +
    'INSERT INTO orders SELECT g, 1 + g % 30000, g % 97 FROM generate_series(1, 60000) g;\n',
  'queries/by-org.sql': 'SELECT id FROM users WHERE org_id = 42\n',
  'queries/orders-of.sql': 'SELECT sum(total) FROM orders WHERE user_id = 7\n',
  'queries/by-email.sql': "SELECT id FROM users WHERE lower(email) = 'user7@example.com'\n",
  'pg-plan-gate.yml': CONFIG,
  'fresh.yml': `build: fresh\n${CONFIG}`,
};

describe('incremental head (engine embedded)', { timeout: 300_000 }, () => {
  it("builds head as base's database plus its new migration, with the plans of a fresh build", async () => {
    const r = repo(BASE, {
      'db/migrations/002-org-index.sql': 'CREATE INDEX users_org_id ON users (org_id);\n',
      'db/migrations/003-orders-index.sql': 'CREATE INDEX orders_user_id ON orders (user_id);\n',
      // An expression index: its statistics come from ANALYZE of users, which runs again.
      'db/migrations/004-lower-email.sql': 'CREATE INDEX users_lower_email ON users (lower(email));\n',
    });
    const incremental = await gate(r.dir, r.shas[0]!, r.shas[1]);
    expect(incremental.build).toEqual({ base: 'fresh', head: 'incremental' });
    expect((query(incremental, 'queries/by-org').head as { shape: string }).shape).toContain('users_org_id');
    expect(query(incremental, 'queries/orders-of').status).toBe('improved');
    expect((query(incremental, 'queries/by-email').head as { shape: string }).shape).toContain('users_lower_email');

    const fresh = await gate(r.dir, r.shas[0]!, r.shas[1], 'fresh.yml');
    expect(fresh.build).toEqual({ base: 'fresh', head: 'fresh' });
    expect(costs(incremental)).toEqual(costs(fresh));
    expect(incremental.findings).toEqual(fresh.findings);
  });

  it('a migration that cannot run on populated tables fails as it would at deploy time, and says so', async () => {
    const r = repo(BASE, { 'db/migrations/002-tenant.sql': '-- every user belongs to a tenant\nALTER TABLE users ADD COLUMN tenant_id int NOT NULL;\n' });
    await expect(gate(r.dir, r.shas[0]!, r.shas[1])).rejects.toThrow(
      /^head: db\/migrations\/002-tenant\.sql:2: column "tenant_id" of relation "users" contains null values \(this file ran on a copy of base's populated database, as at deploy time; build: fresh builds head from scratch instead\)$/,
    );
  });

  it('builds head afresh when it changes a file base has, or its seed', async () => {
    const changedMigration = repo(BASE, {
      'db/migrations/001-orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total numeric NOT NULL, note text);\n',
      'db/migrations/002-org-index.sql': 'CREATE INDEX users_org_id ON users (org_id);\n',
    });
    expect((await gate(changedMigration.dir, changedMigration.shas[0]!, changedMigration.shas[1])).build).toEqual({ base: 'fresh', head: 'fresh' });
    const changedSeed = repo(BASE, {
      'db/migrations/002-org-index.sql': 'CREATE INDEX users_org_id ON users (org_id);\n',
      'db/seed.sql': `${BASE['db/seed.sql']}-- more rows later\n`,
    });
    expect((await gate(changedSeed.dir, changedSeed.shas[0]!, changedSeed.shas[1])).build).toEqual({ base: 'fresh', head: 'fresh' });
  });

  it('with a warm fixture cache, base comes from the cache and so does the incremental head on the next push', async () => {
    const r = repo(BASE, { 'db/migrations/002-org-index.sql': 'DROP INDEX IF EXISTS nothing_here;\nCREATE INDEX users_org_id ON users (org_id);\n' });
    const fixturesDir = mkdtempSync(join(tmpdir(), 'pgpg-fixtures-'));
    caches.push(fixturesDir);
    await gate(r.dir, r.shas[0]!, r.shas[0], undefined, {}, { fixturesDir });
    const first = await gate(r.dir, r.shas[0]!, r.shas[1], undefined, {}, { fixturesDir });
    expect(first.build).toEqual({ base: 'cached', head: 'incremental' });
    const second = await gate(r.dir, r.shas[0]!, r.shas[1], undefined, {}, { fixturesDir });
    expect(second.build).toEqual({ base: 'cached', head: 'cached' });
    expect(costs(second)).toEqual(costs(first));
    expect(rules(query(second, 'queries/by-org'))).toEqual(rules(query(first, 'queries/by-org')));
  });
});
