import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { chmod, copyFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { SqlFile } from '../../sides/files.ts';
import { userCacheHome } from '../../util/cache-home.ts';
import { errorMessage, oneLine } from '../../util/errors.ts';
import { isAlive } from '../../util/dead-runs.ts';

/**
 * Built databases kept between runs. A pull request's base is usually the tip of main, built
 * identically by the run before: its data directory, saved once built and analyzed, replaces
 * the build. An entry is a directory `fixtures/<key>/` holding `data/` (the database's files)
 * and `manifest.json` (a checksum over them, and what the build had to say). It is written
 * under a temporary name and renamed into place, so a concurrent run sees all of it or none.
 */

/** Bump when the build procedure changes what a built database holds (the key then changes). */
export const FIXTURE_FORMAT = 4;

export const DEFAULT_CACHE_CAP_BYTES = 2 * 1024 ** 3;

/** Everything in the config and the files that decides a built database, engine aside. */
export interface BuildSources {
  extensions: readonly string[];
  skipExtensions: readonly string[];
  settings: Readonly<Record<string, string>>;
  planner: Readonly<Record<string, string>>;
  files: readonly SqlFile[];
}

/** A digest of a side's sources, computed where the file texts are (the engine only gets statements). */
export function sourcesDigest(sources: BuildSources): string {
  const sortedEntries = (map: Readonly<Record<string, string>>) => Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(
    JSON.stringify({
      extensions: sources.extensions,
      skipExtensions: [...sources.skipExtensions].sort(),
      settings: sortedEntries(sources.settings),
      planner: sortedEntries(sources.planner),
      // Order matters: files run in this order.
      files: sources.files.map((file) => [file.path, file.phase, sha256(file.text)]),
    }),
  );
}

/** One digest of several, in order. */
export function digestOf(parts: readonly string[]): string {
  return sha256(JSON.stringify(parts));
}

/** The cache key: the sources, the engine and its version, and the build procedure's format. */
export function fixtureKey(engine: string, engineVersion: string, digest: string): string {
  return sha256(JSON.stringify({ format: FIXTURE_FORMAT, engine, engineVersion, digest }));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What the build reported, replayed when the entry is used instead of a build. */
export interface FixtureMeta {
  warnings: string[];
  notes: string[];
}

const SIDE = '{side}: ';

/** Messages name the side that built (`base: ...`); an entry saved by one side serves any. */
export function unlabelled(label: string, meta: FixtureMeta): FixtureMeta {
  const strip = (message: string) => (message.startsWith(`${label}: `) ? SIDE + message.slice(label.length + 2) : message);
  return { warnings: meta.warnings.map(strip), notes: meta.notes.map(strip) };
}

export function labelled(label: string, meta: FixtureMeta): FixtureMeta {
  const name = (message: string) => (message.startsWith(SIDE) ? `${label}: ${message.slice(SIDE.length)}` : message);
  return { warnings: meta.warnings.map(name), notes: meta.notes.map(name) };
}

interface Manifest extends FixtureMeta {
  format: number;
  key: string;
  bytes: number;
  sha256: string;
}

export interface FixtureCache {
  readonly dir: string;
  /**
   * Copy the entry's data into `target` (an empty directory), checking its checksum on the
   * way; an entry missing here is first fetched from the remote store, if there is one. Null
   * when there is no entry; a corrupt one is removed (with a warning) and null.
   */
  restore(key: string, target: string): Promise<FixtureMeta | null>;
  /**
   * Save a built database's directory (idle and checkpointed) under `key`, and start sending
   * it to the remote store; failures are warnings. `keep` leaves files out (by relative path);
   * a lock file `postmaster.pid` always is.
   */
  save(key: string, source: string, meta: FixtureMeta, keep?: (path: string) => boolean): Promise<void>;
  /**
   * Like save, for a directory nothing uses any more (a stopped server's that is not started
   * again): it is moved into the entry, so saving costs no copy, only reading it for the
   * checksum. Where the cache is on another filesystem it is copied instead and left in place.
   */
  adopt(key: string, source: string, meta: FixtureMeta, keep?: (path: string) => boolean): Promise<void>;
  /** Remove an entry the server could not use (it passed the checksum), with a warning. */
  discard(key: string, reason: string): void;
  /** Say something about the cache in the run's warnings (e.g. why an entry was not saved). */
  warn(message: string): void;
  /** Wait for what is still being sent to the remote store. */
  settle(): Promise<void>;
}

/**
 * Where entries live between machines (the action: the GitHub Actions cache service). Both
 * calls report their own failures as warnings: a store that is down never fails a run.
 */
export interface RemoteFixtures {
  /** Put the entry `key` into `entryDir`, if the store has it; true when it did. */
  fetch(key: string, entryDir: string): Promise<boolean>;
  push(key: string, entryDir: string): Promise<void>;
}

/** `--cache-dir`, else PG_PLAN_GATE_CACHE_DIR, else `$XDG_CACHE_HOME/pg-plan-gate`, else `~/.cache/pg-plan-gate`. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env, explicit?: string): string {
  const given = explicit || env.PG_PLAN_GATE_CACHE_DIR;
  return given ? resolve(given) : userCacheHome(env);
}

/**
 * Where a run that may not write what others trust keeps its entries: under its scope's own
 * keys. It reads those first, then the trusted ones; trusted runs never read its. The action
 * gives a scope to every run but those of the default branch (a pull request's run on a
 * self-hosted runner shares the cache directory with main's).
 */
export function scopedKey(key: string, scope: string | undefined): string {
  return scope ? sha256(JSON.stringify({ key, scope })) : key;
}

export function fixtureCache(
  root: string,
  warn: (message: string) => void,
  options: { capBytes?: number; remote?: RemoteFixtures; scope?: string } = {},
): FixtureCache {
  const { capBytes = DEFAULT_CACHE_CAP_BYTES, remote, scope } = options;
  const own = (key: string) => scopedKey(key, scope);
  const dir = join(root, 'fixtures');
  const entryDir = (key: string) => join(dir, key);
  const uploads: Promise<void>[] = [];
  const readManifest = (entry: string): Manifest | null => {
    try {
      return JSON.parse(readFileSync(join(entry, 'manifest.json'), 'utf8')) as Manifest;
    } catch {
      return null; // no entry (or one being evicted right now)
    }
  };
  const temporaryEntry = (key: string) => `${entryDir(key)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  /** A complete temporary entry renamed into place (or dropped: a concurrent run saved the key first). */
  const commit = (temporary: string, key: string, saved: FixtureMeta & { bytes: number; sha256: string }) => {
    const entry = entryDir(key);
    const manifest: Manifest = { format: FIXTURE_FORMAT, key, ...saved };
    writeFileSync(join(temporary, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    try {
      renameSync(temporary, entry);
    } catch (error) {
      // Another run saved the same key first: its entry is as good as ours.
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      rmSync(temporary, { recursive: true, force: true });
    }
    evict(dir, capBytes, key);
    if (remote) uploads.push(remote.push(key, entry));
  };
  const failed = (temporary: string, error: unknown) => {
    try {
      rmSync(temporary, { recursive: true, force: true });
    } catch {
      // nothing was written (the cache directory is unusable)
    }
    warn(`fixture cache: could not save to ${dir} (${oneLine(errorMessage(error))}); the next run builds afresh`);
  };
  const restoreExact = async (key: string, target: string): Promise<FixtureMeta | null> => {
    const entry = entryDir(key);
    let manifest = readManifest(entry);
    if (!manifest && remote) {
      mkdirSync(dir, { recursive: true });
      if (await remote.fetch(key, entry)) manifest = readManifest(entry);
    }
    if (!manifest) return null;
    try {
      const { bytes, sha256 } = await copyTreeConcurrently(join(entry, 'data'), target);
      if (manifest.format !== FIXTURE_FORMAT || manifest.key !== key || bytes !== manifest.bytes || sha256 !== manifest.sha256) {
        throw new Error(`checksum mismatch (${bytes} bytes, expected ${manifest.bytes})`);
      }
    } catch (error) {
      emptyDirectory(target);
      // Evicted by another run while we read it: just a miss.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      warn(`fixture cache: entry ${key.slice(0, 12)} in ${dir} is unreadable or corrupt (${oneLine(errorMessage(error))}): removed, building afresh`);
      rmSync(entry, { recursive: true, force: true });
      return null;
    }
    // Recently used entries are evicted last.
    const now = new Date();
    try {
      utimesSync(join(entry, 'manifest.json'), now, now);
    } catch {
      // evicted meanwhile: the copy is complete and checked
    }
    return { warnings: manifest.warnings, notes: manifest.notes };
  };
  const cache: FixtureCache = {
    dir,
    async restore(key, target) {
      return (scope && (await restoreExact(own(key), target))) || restoreExact(key, target);
    },
    async save(ownKey, source, meta, keep = () => true) {
      const key = own(ownKey);
      const temporary = temporaryEntry(key);
      try {
        mkdirSync(temporary, { recursive: true });
        // A running server's lock file would be stale in a copy.
        const { bytes, sha256 } = await copyTreeConcurrently(source, join(temporary, 'data'), (path) => path !== 'postmaster.pid' && keep(path));
        commit(temporary, key, { bytes, sha256, ...meta });
      } catch (error) {
        failed(temporary, error);
      }
    },
    async adopt(ownKey, source, meta, keep = () => true) {
      const key = own(ownKey);
      const temporary = temporaryEntry(key);
      const data = join(temporary, 'data');
      try {
        mkdirSync(temporary, { recursive: true });
        renameSync(source, data);
      } catch {
        // Another filesystem than the cache's: copied instead.
        rmSync(temporary, { recursive: true, force: true });
        await cache.save(ownKey, source, meta, keep);
        return;
      }
      try {
        removeUnkept(data, (path) => path !== 'postmaster.pid' && keep(path));
        const { bytes, sha256 } = await hashTree(data);
        commit(temporary, key, { bytes, sha256, ...meta });
      } catch (error) {
        failed(temporary, error);
      }
    },
    discard(ownKey, reason) {
      const key = own(ownKey);
      rmSync(entryDir(key), { recursive: true, force: true });
      warn(`fixture cache: entry ${key.slice(0, 12)} in ${dir} ${reason}: removed, building afresh`);
    },
    warn,
    async settle() {
      await Promise.allSettled(uploads.splice(0));
    },
  };
  return cache;
}

/** Remove the files `keep` does not want from a directory tree (paths relative to its root). */
function removeUnkept(root: string, keep: (path: string) => boolean): void {
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!keep(relative(root, path))) rmSync(path, { force: true });
    }
  };
  walk(root);
}

/** A database's directory copied, several files at once (an incremental head starts from base's): nothing to check, so no hash. */
export async function copyDirectory(from: string, to: string, keep: (path: string) => boolean = () => true): Promise<void> {
  await copyTreeConcurrently(from, to, keep, false);
}

/** Files copied at once. */
const CONCURRENT_FILES = 8;

/** A directory tree's entries in the order the checksum takes them (paths relative to its root; no size: a directory). */
type TreeItem = { rel: string; size?: number };

function listTree(root: string, keep: (path: string) => boolean = () => true): TreeItem[] {
  const items: TreeItem[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      const rel = relative(root, path);
      if (!keep(rel)) continue;
      if (entry.isDirectory()) {
        items.push({ rel });
        walk(path);
      } else if (entry.isFile()) items.push({ rel, size: statSync(path).size });
    }
  };
  walk(root);
  return items;
}

/**
 * Copy a directory tree and hash relative paths and contents in a fixed order (the same pass
 * that restores an entry checks it). The copies are the kernel's (copyFile: no bytes through
 * node), 8 files at once: a data directory is ~700-1,300 files, and on the 2-core machine
 * measured each costs 0.4-1 ms of system time to create, which overlaps. The checksum reads the
 * source meanwhile (hashTree). A 225 MB, 988-file entry, 6 runs each, interleaved: median
 * 1.13 s, against 1.39 s when node read and wrote every byte itself. The hash input is
 * unchanged, so older entries stay valid.
 */
async function copyTreeConcurrently(
  from: string,
  to: string,
  keep: (path: string) => boolean = () => true,
  hashing = true,
): Promise<{ bytes: number; sha256: string }> {
  const items = listTree(from, keep);
  mkdirSync(to, { recursive: true });
  for (const item of items) if (item.size === undefined) mkdirSync(join(to, item.rel), { recursive: true });
  const files = items.filter((item) => item.size !== undefined);
  let next = 0;
  const copies = Array.from({ length: CONCURRENT_FILES }, async () => {
    while (next < files.length) {
      const item = files[next++]!;
      await copyFile(join(from, item.rel), join(to, item.rel));
      await chmod(join(to, item.rel), 0o600);
    }
  });
  const hashed = hashing ? hashTree(from, items) : Promise.resolve({ bytes: 0, sha256: '' });
  const outcomes = await Promise.allSettled([...copies, hashed]);
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return hashed;
}

/**
 * The checksum of a directory tree (of `items`, else all of it), read in place: each file once,
 * in order, through one 1 MB buffer, so a 1 GB table segment is never held whole. Reads are
 * synchronous (160-180 ms for a 186 MB, 686-file cluster, against 310-430 ms with a readFile
 * per file: an allocation and a thread-pool round trip each); it yields between files, so
 * copies on libuv's threads go on meanwhile.
 */
async function hashTree(root: string, items: TreeItem[] = listTree(root)): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let bytes = 0;
  for (const { rel, size } of items) {
    if (size === undefined) {
      hash.update(`d ${rel}\n`);
      continue;
    }
    hash.update(`f ${rel} ${size}\n`);
    const fd = openSync(join(root, rel), 'r');
    try {
      let read = 0;
      for (let n; read < size && (n = readSync(fd, buffer, 0, Math.min(buffer.length, size - read), null)) > 0; read += n) hash.update(buffer.subarray(0, n));
      if (read !== size) throw new Error(`${rel} changed while it was read`);
    } finally {
      closeSync(fd);
    }
    bytes += size;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { bytes, sha256: hash.digest('hex') };
}

function emptyDirectory(path: string): void {
  for (const name of readdirSync(path)) rmSync(join(path, name), { recursive: true, force: true });
}

/**
 * Least recently used entries go first until the rest fits under the cap; `keep` is the one
 * just saved. Half-written entries of runs that died (kill -9) go too.
 */
function evict(dir: string, capBytes: number, keep: string): void {
  const names = readdirSync(dir);
  for (const name of names) {
    const writer = /^[0-9a-f]{64}\.tmp-(\d+)-/.exec(name)?.[1];
    if (writer && !isAlive(Number(writer))) rmSync(join(dir, name), { recursive: true, force: true });
  }
  const entries = names
    .filter((name) => /^[0-9a-f]{64}$/.test(name))
    .flatMap((name) => {
      try {
        const manifestPath = join(dir, name, 'manifest.json');
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
        return [{ name, bytes: manifest.bytes, used: statSync(manifestPath).mtimeMs }];
      } catch {
        return []; // being written or removed by another run
      }
    })
    .sort((a, b) => a.used - b.used);
  let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  for (const entry of entries) {
    if (total <= capBytes) break;
    if (entry.name === keep) continue;
    rmSync(join(dir, entry.name), { recursive: true, force: true });
    total -= entry.bytes;
  }
}
