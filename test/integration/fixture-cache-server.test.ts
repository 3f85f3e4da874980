import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCache } from '../../src/engine/cache/fixture-cache.ts';
import { findServerBin, startNativeServer, type NativeServer } from '../../src/engine/server/native-server.ts';
import { costs, gate, query, rules } from '../helpers/gate.ts';
import { cacheDirPerTest, repoPerTest } from '../helpers/repo.ts';

/** The fixture cache on native servers: server keeps stopped clusters' data directories; url never caches. */
const repo = repoPerTest();
const cacheDir = cacheDirPerTest();
let urlServer: NativeServer;
beforeAll(async () => {
  urlServer = await startNativeServer(findServerBin(undefined));
});
afterAll(async () => {
  await urlServer?.stop();
});

const SCHEMA = `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX users_email ON users (email);
CREATE MATERIALIZED VIEW broken AS SELECT 1 / (count(*) - count(*)) AS boom FROM users WITH NO DATA;
`;
// random() on purpose: the cached copy must plan exactly like the build it was saved from.
const SEED =
  "INSERT INTO users SELECT g, 'user' || g || '@example.com', timestamptz '2026-01-01' - random() * interval '300 days' FROM generate_series(1, 30000) g;\n";
const config = (header: string) => `${header}schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`;
const MAIN = {
  'db/schema.sql': SCHEMA,
  'db/seed.sql': SEED,
  'queries/by-email.sql': "SELECT id FROM users WHERE email = 'user42@example.com'\n",
  'queries/recent.sql': "SELECT count(*) FROM users WHERE created_at > timestamptz '2026-01-01' - interval '7 days'\n",
  'pg-plan-gate.yml': config('engine: server\n'),
};
const entries = (dir: string) => (existsSync(join(dir, 'fixtures')) ? readdirSync(join(dir, 'fixtures')).filter((name) => /^[0-9a-f]{64}$/.test(name)) : []);

describe('fixture cache (engine server)', { timeout: 300_000 }, () => {
  it('a miss saves the stopped cluster, a hit starts a server on a copy of it and plans exactly as the build did', async () => {
    const r = repo(MAIN, { 'db/migrations/001-drop-email-index.sql': 'DROP INDEX users_email;\n' });
    const [main, pr] = r.shas as [string, string];
    const fixturesDir = cacheDir();

    const push = await gate(r.dir, main, main, undefined, {}, { fixturesDir });
    expect(push.build).toEqual({ base: 'fresh', head: 'shared' });
    expect(entries(fixturesDir)).toHaveLength(1);
    // Only the WAL segments the shutdown checkpoint can be in: not the build's recycled ones.
    const [key] = entries(fixturesDir);
    expect(readdirSync(join(fixturesDir, 'fixtures', key!, 'data', 'pg_wal')).filter((name) => /^[0-9A-F]{24}$/.test(name)).length).toBeLessThanOrEqual(2);

    const warm = await gate(r.dir, main, pr, undefined, {}, { fixturesDir });
    expect(warm.build).toEqual({ base: 'cached', head: 'incremental' });
    expect(rules(query(warm, 'queries/by-email'))).toContain('error:seq-scan');
    // What the build said is said again: the materialized view that could not be refreshed.
    expect(warm.warnings).toEqual([
      expect.stringMatching(/^base: materialized view public\.broken could not be refreshed \(division by zero\)/),
      expect.stringMatching(/^head: materialized view public\.broken could not be refreshed \(division by zero\)/),
    ]);

    const cold = await gate(r.dir, main, pr);
    expect(cold.build).toEqual({ base: 'fresh', head: 'incremental' });
    expect(costs(warm)).toEqual(costs(cold));
    expect(warm.findings).toEqual(cold.findings);

    // Another key (head's migration is part of it, built fresh with build: fresh): a miss, then a hit.
    r.commit({ 'pg-plan-gate.yml': `build: fresh\n${MAIN['pg-plan-gate.yml']}` });
    const third = r.shas[2]!;
    const headMiss = await gate(r.dir, main, third, undefined, {}, { fixturesDir });
    expect(headMiss.build).toEqual({ base: 'cached', head: 'fresh' });
    expect(entries(fixturesDir)).toHaveLength(2);
    const headHit = await gate(r.dir, main, third, undefined, {}, { fixturesDir });
    expect(headHit.build).toEqual({ base: 'cached', head: 'cached' });
    expect(costs(headHit)).toEqual(costs(cold));
  });

  it('an A/A on a warm cache has no findings and the costs of a cold run', async () => {
    const r = repo(MAIN);
    const sha = r.shas[0]!;
    const fixturesDir = cacheDir();
    const cold = await gate(r.dir, sha, sha);
    const filled = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    const warm = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    expect(filled.build).toEqual({ base: 'fresh', head: 'shared' });
    expect(warm.build).toEqual({ base: 'cached', head: 'shared' });
    expect(warm.findings).toEqual([]);
    expect(costs(warm)).toEqual(costs(cold));
    expect(costs(filled)).toEqual(costs(cold));

    // A corrupt entry: removed with a warning, and the side built afresh (initdb where the copy was).
    const [key] = entries(fixturesDir);
    const versionFile = join(fixturesDir, 'fixtures', key!, 'data', 'PG_VERSION');
    writeFileSync(versionFile, readFileSync(versionFile, 'utf8').replace(/\d/, '9'));
    // Without its remembered answers the run needs the database itself.
    rmSync(join(fixturesDir, 'answers'), { recursive: true });
    const rebuilt = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    expect(rebuilt.build).toEqual({ base: 'fresh', head: 'shared' });
    expect(rebuilt.warnings).toContainEqual(
      expect.stringMatching(new RegExp(`^fixture cache: entry ${key!.slice(0, 12)} .* is unreadable or corrupt \\(checksum mismatch`)),
    );
    expect(costs(rebuilt)).toEqual(costs(cold));
  });

  it('an entry that passes its checksum but that postgres refuses is discarded with a warning, and the side built afresh', async () => {
    const r = repo(MAIN);
    const sha = r.shas[0]!;
    const fixturesDir = cacheDir();
    const filled = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    const [key] = entries(fixturesDir);
    // Saved again under its own key with a valid checksum, but from a PostgreSQL it is not.
    const cache = fixtureCache(fixturesDir, () => {});
    // A directory of its own, removed with the test's cache directories.
    const planted = cacheDir();
    const meta = await cache.restore(key!, planted);
    writeFileSync(join(planted, 'PG_VERSION'), '99\n');
    rmSync(join(fixturesDir, 'fixtures', key!), { recursive: true });
    await cache.save(key!, planted, meta!);
    rmSync(join(fixturesDir, 'answers'), { recursive: true });

    const rebuilt = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    expect(rebuilt.build).toEqual({ base: 'fresh', head: 'shared' });
    expect(rebuilt.warnings).toContainEqual(
      expect.stringMatching(new RegExp(`^fixture cache: entry ${key!.slice(0, 12)} .* did not start \\(.*not compatible with this version`)),
    );
    expect(costs(rebuilt)).toEqual(costs(filled));
    // Saved afresh: the next run hits it.
    const warm = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    expect(warm.build).toEqual({ base: 'cached', head: 'shared' });
    expect(warm.warnings).toEqual(filled.warnings);
  });

  it('a server that did not stop cleanly is not saved, and its directory is removed', async () => {
    const server = await startNativeServer(findServerBin(undefined));
    // The postmaster dies at once (as if the machine ran out of memory): no shutdown checkpoint.
    const pid = Number(readFileSync(join(server.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    let saved = false;
    const skipped = await server.retire(() => void (saved = true));
    expect(skipped).toMatch(/^postgres did not stop cleanly/);
    expect(saved).toBe(false);
    expect(existsSync(server.dataDir)).toBe(false);
  });

  it('engine url never caches: every side is built, and nothing is written to the cache directory', async () => {
    const url = `postgresql://postgres@localhost:${urlServer.port}/postgres?host=${encodeURIComponent(urlServer.socketDir)}`;
    const r = repo({ ...MAIN, 'pg-plan-gate.yml': config('engine: url\nurl: ${PGPG_TEST_URL}\n') });
    const sha = r.shas[0]!;
    const fixturesDir = cacheDir();
    for (let run = 0; run < 2; run++) {
      const report = await gate(r.dir, sha, sha, undefined, { PGPG_TEST_URL: url }, { fixturesDir });
      expect(report.build).toEqual({ base: 'fresh', head: 'shared' });
    }
    expect(readdirSync(fixturesDir)).toEqual([]);
  });
});
