import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheRoot, fixtureCache, fixtureKey, sourcesDigest, type BuildSources, type RemoteFixtures } from '../../../../src/engine/cache/fixture-cache.ts';
import { PGLITE_VERSION } from '../../../../src/engine/embedded/pglite-version.ts';

const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SOURCES: BuildSources = {
  extensions: ['pg_trgm'],
  skipExtensions: [],
  settings: { 'app.tenant': '1' },
  planner: { random_page_cost: '1.1' },
  files: [
    { path: 'db/schema.sql', phase: 'schema', text: 'CREATE TABLE t (id int);\n' },
    { path: 'db/seed.sql', phase: 'seed', text: 'INSERT INTO t VALUES (1);\n' },
  ],
};

/** A data directory as PGlite leaves it: nested files, and a lock file of the running server. */
function dataDir(content = 'rows'): string {
  const dir = tempDir('pgpg-data-');
  mkdirSync(join(dir, 'base', '5'), { recursive: true });
  writeFileSync(join(dir, 'PG_VERSION'), '18\n');
  writeFileSync(join(dir, 'base', '5', '16384'), content.repeat(1000));
  writeFileSync(join(dir, 'postmaster.pid'), '42\n');
  return dir;
}

const KEY = 'a'.repeat(64);

describe('fixture cache key', () => {
  it('changes with every input that shapes the built database, and only with those', () => {
    const digest = sourcesDigest(SOURCES);
    expect(sourcesDigest(structuredClone(SOURCES))).toBe(digest);
    // Settings are a map: their order in the config does not matter.
    expect(sourcesDigest({ ...SOURCES, planner: { random_page_cost: '1.1' }, settings: { 'app.tenant': '1' } })).toBe(digest);
    const variants: BuildSources[] = [
      { ...SOURCES, extensions: ['pg_trgm', 'citext'] },
      { ...SOURCES, skipExtensions: ['pg_partman'] },
      { ...SOURCES, settings: { 'app.tenant': '2' } },
      { ...SOURCES, planner: {} },
      { ...SOURCES, files: [SOURCES.files[0]!, { ...SOURCES.files[1]!, text: 'INSERT INTO t VALUES (2);\n' }] },
      { ...SOURCES, files: [{ ...SOURCES.files[0]!, path: 'db/structure.sql' }, SOURCES.files[1]!] },
      { ...SOURCES, files: [SOURCES.files[0]!, { ...SOURCES.files[1]!, phase: 'schema' }] },
      { ...SOURCES, files: [...SOURCES.files].reverse() },
    ];
    const digests = new Set([digest, ...variants.map(sourcesDigest)]);
    expect(digests.size).toBe(variants.length + 1);
    const key = fixtureKey('embedded', PGLITE_VERSION, digest);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(fixtureKey('embedded', '0.6.0', digest)).not.toBe(key);
    expect(fixtureKey('server', PGLITE_VERSION, digest)).not.toBe(key);
  });

  it('names the PGlite release that is installed', () => {
    const manifest = join(import.meta.dirname, '..', '..', '..', '..', 'node_modules', '@electric-sql', 'pglite', 'package.json');
    expect(PGLITE_VERSION).toBe((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version);
  });

  it('lives in --cache-dir, else PG_PLAN_GATE_CACHE_DIR, else the XDG cache home', () => {
    expect(cacheRoot({ PG_PLAN_GATE_CACHE_DIR: '/ci/cache' }, '/explicit')).toBe('/explicit');
    expect(cacheRoot({ PG_PLAN_GATE_CACHE_DIR: '/ci/cache', XDG_CACHE_HOME: '/xdg' })).toBe('/ci/cache');
    expect(cacheRoot({ XDG_CACHE_HOME: '/xdg', HOME: '/home/u' })).toBe('/xdg/pg-plan-gate');
    expect(cacheRoot({ HOME: '/home/u' })).toBe('/home/u/.cache/pg-plan-gate');
  });
});

describe('fixture cache entries', () => {
  it('restores what was saved, byte for byte, without the lock file, and replays what the build said', async () => {
    const root = tempDir('pgpg-cache-');
    const warnings: string[] = [];
    const cache = fixtureCache(root, (message) => warnings.push(message));
    const target = tempDir('pgpg-target-');
    expect(await cache.restore(KEY, target)).toBeNull();

    const source = dataDir();
    await cache.save(KEY, source, { warnings: ['base: materialized view m could not be refreshed'], notes: ['skipped pg_partman'] });
    expect(readdirSync(join(root, 'fixtures'))).toEqual([KEY]);
    expect(await cache.restore(KEY, target)).toEqual({ warnings: ['base: materialized view m could not be refreshed'], notes: ['skipped pg_partman'] });
    expect(readFileSync(join(target, 'base', '5', '16384'), 'utf8')).toBe('rows'.repeat(1000));
    expect(readFileSync(join(target, 'PG_VERSION'), 'utf8')).toBe('18\n');
    expect(existsSync(join(target, 'postmaster.pid'))).toBe(false);
    expect(warnings).toEqual([]);
  });

  it("a scoped run (a pull request's) reads the trusted entries, writes only its own, and trusted runs never read its", async () => {
    const root = tempDir('pgpg-cache-');
    const trusted = fixtureCache(root, () => {});
    const pullRequest = fixtureCache(root, () => {}, { scope: 'pull_request refs/pull/7/merge' });
    await trusted.save(KEY, dataDir('main'), { warnings: [], notes: [] });
    const target = tempDir('pgpg-target-');
    expect(await pullRequest.restore(KEY, target)).not.toBeNull();
    expect(readFileSync(join(target, 'base', '5', '16384'), 'utf8')).toBe('main'.repeat(1000));

    // What the pull request's run saves under the same key is its own.
    const other = 'b'.repeat(64);
    await pullRequest.save(other, dataDir('pr'), { warnings: [], notes: [] });
    expect(await trusted.restore(other, tempDir('pgpg-target-'))).toBeNull();
    const again = tempDir('pgpg-target-');
    expect(await pullRequest.restore(other, again)).not.toBeNull();
    expect(readFileSync(join(again, 'base', '5', '16384'), 'utf8')).toBe('pr'.repeat(1000));
    // Its own entry comes first.
    await pullRequest.save(KEY, dataDir('pr'), { warnings: [], notes: [] });
    const mine = tempDir('pgpg-target-');
    await pullRequest.restore(KEY, mine);
    expect(readFileSync(join(mine, 'base', '5', '16384'), 'utf8')).toBe('pr'.repeat(1000));
    const mains = tempDir('pgpg-target-');
    await trusted.restore(KEY, mains);
    expect(readFileSync(join(mains, 'base', '5', '16384'), 'utf8')).toBe('main'.repeat(1000));
  });

  it('adopts a stopped server directory: moved into the entry (no copy), the files it does not keep left out', async () => {
    const root = tempDir('pgpg-cache-');
    const warnings: string[] = [];
    const cache = fixtureCache(root, (message) => warnings.push(message));
    const source = dataDir();
    mkdirSync(join(source, 'pg_wal'));
    writeFileSync(join(source, 'pg_wal', '000000010000000000000001'), 'old segment');
    writeFileSync(join(source, 'pg_wal', '000000010000000000000002'), 'in use');
    await cache.adopt(KEY, source, { warnings: [], notes: ['n'] }, (path) => !path.endsWith('0001'));
    expect(warnings).toEqual([]);
    expect(existsSync(source)).toBe(false);
    const target = tempDir('pgpg-target-');
    expect(await cache.restore(KEY, target)).toEqual({ warnings: [], notes: ['n'] });
    expect(readdirSync(join(target, 'pg_wal'))).toEqual(['000000010000000000000002']);
    expect(readFileSync(join(target, 'base', '5', '16384'), 'utf8')).toBe('rows'.repeat(1000));
  });

  it('discards a corrupt or truncated entry with a warning and leaves the target empty', async () => {
    const root = tempDir('pgpg-cache-');
    const warnings: string[] = [];
    const cache = fixtureCache(root, (message) => warnings.push(message));
    await cache.save(KEY, dataDir(), { warnings: [], notes: [] });
    const file = join(root, 'fixtures', KEY, 'data', 'base', '5', '16384');
    const bytes = readFileSync(file);
    bytes[100] = bytes[100]! ^ 1;
    writeFileSync(file, bytes);

    const target = tempDir('pgpg-target-');
    expect(await cache.restore(KEY, target)).toBeNull();
    expect(readdirSync(target)).toEqual([]);
    expect(existsSync(join(root, 'fixtures', KEY))).toBe(false);
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^fixture cache: entry ${KEY.slice(0, 12)} in .* is unreadable or corrupt \\(checksum mismatch.*\\): removed, building afresh$`),
      ),
    ]);

    await cache.save(KEY, dataDir(), { warnings: [], notes: [] });
    writeFileSync(file, readFileSync(file).subarray(0, 10));
    expect(await cache.restore(KEY, tempDir('pgpg-target-'))).toBeNull();
    expect(warnings).toHaveLength(2);
  });

  it('keeps the first of two saves of one key, and sweeps entries half-written by runs that died', async () => {
    const root = tempDir('pgpg-cache-');
    const cache = fixtureCache(root, (message) => expect.fail(message));
    await cache.save(KEY, dataDir('first'), { warnings: [], notes: [] });
    // A run killed (kill -9) while saving left this behind; pid 2^22+1 is beyond pid_max.
    const dead = join(root, 'fixtures', `${'b'.repeat(64)}.tmp-4194305-00000000`);
    mkdirSync(join(dead, 'data'), { recursive: true });
    const live = join(root, 'fixtures', `${'c'.repeat(64)}.tmp-${process.pid}-00000000`);
    mkdirSync(live);
    await cache.save(KEY, dataDir('second'), { warnings: [], notes: [] });
    expect(readdirSync(join(root, 'fixtures')).sort()).toEqual([KEY, `${'c'.repeat(64)}.tmp-${process.pid}-00000000`]);
    const target = tempDir('pgpg-target-');
    await cache.restore(KEY, target);
    expect(readFileSync(join(target, 'base', '5', '16384'), 'utf8')).toBe('first'.repeat(1000));
  });

  it('evicts the least recently used entries beyond its size cap, never the one just saved', async () => {
    const root = tempDir('pgpg-cache-');
    const oneEntry = 4 * 1000 + 3; // 'rows' × 1000 and PG_VERSION
    const cache = fixtureCache(root, (message) => expect.fail(message), { capBytes: oneEntry * 2 });
    const keys = ['1', '2', '3'].map((digit) => digit.repeat(64));
    const manifest = (key: string) => join(root, 'fixtures', key, 'manifest.json');
    await cache.save(keys[0]!, dataDir(), { warnings: [], notes: [] });
    await cache.save(keys[1]!, dataDir(), { warnings: [], notes: [] });
    utimesSync(manifest(keys[0]!), new Date(2000, 0, 1), new Date(2000, 0, 1));
    utimesSync(manifest(keys[1]!), new Date(2001, 0, 1), new Date(2001, 0, 1));
    // Using the older entry makes it the recently used one.
    await cache.restore(keys[0]!, tempDir('pgpg-target-'));
    await cache.save(keys[2]!, dataDir(), { warnings: [], notes: [] });
    expect(readdirSync(join(root, 'fixtures')).sort()).toEqual([keys[0], keys[2]]);
  });

  it('warns and goes on when the cache directory cannot be written', async () => {
    const root = join(tempDir('pgpg-cache-'), 'file');
    writeFileSync(root, 'not a directory');
    const warnings: string[] = [];
    await fixtureCache(root, (message) => warnings.push(message)).save(KEY, dataDir(), { warnings: [], notes: [] });
    expect(warnings).toEqual([expect.stringMatching(/^fixture cache: could not save to .*\/file\/fixtures \(.*\); the next run builds afresh$/)]);
  });

  it('fetches an entry this machine lacks from the remote store, checks it, and sends what it saves there', async () => {
    const store = tempDir('pgpg-remote-');
    const sent: string[] = [];
    const remote: RemoteFixtures = {
      async fetch(key, entryDir) {
        if (!existsSync(join(store, key))) return false;
        cpSync(join(store, key), entryDir, { recursive: true });
        return true;
      },
      async push(key, entryDir) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        cpSync(entryDir, join(store, key), { recursive: true });
        sent.push(key);
      },
    };
    const warnings: string[] = [];
    const first = fixtureCache(tempDir('pgpg-cache-'), (message) => warnings.push(message), { remote });
    expect(await first.restore(KEY, tempDir('pgpg-target-'))).toBeNull();
    await first.save(KEY, dataDir(), { warnings: [], notes: ['from the first machine'] });
    await first.settle();
    expect(sent).toEqual([KEY]);

    // Another machine, an empty local cache: the entry comes from the store.
    const second = fixtureCache(tempDir('pgpg-cache-'), (message) => warnings.push(message), { remote });
    const target = tempDir('pgpg-target-');
    expect(await second.restore(KEY, target)).toEqual({ warnings: [], notes: ['from the first machine'] });
    expect(readFileSync(join(target, 'base', '5', '16384'), 'utf8')).toBe('rows'.repeat(1000));

    // A damaged entry in the store is caught by the same checksum.
    writeFileSync(join(store, KEY, 'data', 'PG_VERSION'), '17\n');
    const third = fixtureCache(tempDir('pgpg-cache-'), (message) => warnings.push(message), { remote });
    expect(await third.restore(KEY, tempDir('pgpg-target-'))).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/^fixture cache: entry aaaaaaaaaaaa .* corrupt/)]);
  });
});
