import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type pg from 'pg';
import { fixtureKey, labelled, unlabelled, type FixtureCache, type FixtureMeta } from '../cache/fixture-cache.ts';
import { ServerStartError, startNativeServer, type NativeServer } from './native-server.ts';
import { buildOnServer, createFromTemplate, type ServerBuilt } from '../pg/pg-database.ts';
import { copyOfBase } from '../build/from-base.ts';
import { connect } from '../pg/pg-session.ts';
import { checkMajor, versionOf } from '../pg/server-version.ts';
import { errorMessage, oneLine } from '../../util/errors.ts';
import { quoteIdent } from '../../util/sql.ts';
import type { BuildInput, BuiltDatabase, Database, Engine, Prebuilt } from '../database.ts';
import { markHandled } from '../../util/ignore.ts';
import { noopAsync } from '../../util/ignore.ts';

/**
 * Sent as the connections' `options`, so that node-postgres does not send the runner's
 * PGOPTIONS instead: those would change plans and the planner list on a private server that
 * is the same everywhere else, and no cache key names them. Setting what is set anyway.
 */
const NO_PGOPTIONS = '-c application_name=pg-plan-gate';

/** The database a cluster of the fixture cache holds (the only one besides template1). */
const CACHED_DATABASE = 'pg_plan_gate';
/** Where a side built on a miss is explained, so that the database saved stays as built. */
const WORKING_DATABASE = 'pgpg_work';

/**
 * engine: server — throwaway native PostgreSQL servers from installed binaries, one database
 * per side, built concurrently. Without the fixture cache one server holds both sides. With
 * it, each side is built in a cluster of its own, so that cluster, cleanly stopped at the end
 * of the run, is the cache entry: its data directory (the database, its statistics in
 * pg_statistic, relpages and the visibility map, exactly as built: the run works on a copy of
 * it). A later run with the same key starts a server on a
 * copy of it instead of initdb and the build. An incremental head is `CREATE DATABASE ...
 * TEMPLATE` base's database, in base's cluster.
 */
export function serverEngine(findBin: () => Promise<string>, major?: number, options: { fixtures?: FixtureCache } = {}): Engine {
  const { fixtures } = options;
  let bin: Promise<string> | undefined;
  const binary = () => (bin ??= findBin());
  const servers = new Set<Promise<NativeServer>>();
  const track = (server: Promise<NativeServer>) => {
    servers.add(server);
    markHandled(server);
    return server;
  };
  let shared: Promise<NativeServer> | undefined;
  const sharedServer = () => (shared ??= track(binary().then((found) => startNativeServer(found))));
  const databases = new Set<{ close(): Promise<void> }>();
  // Where each built database lives: an incremental head is a copy of it in the same cluster.
  // templateInUse: the EXPLAIN session is on the template itself and must step out for a copy.
  const homes = new Map<Database, { server: NativeServer; name: string; built: ServerBuilt; label: string; templateInUse: boolean }>();
  // Clusters built on a miss, saved when the run is over.
  interface Unsaved {
    server: NativeServer;
    key: string;
    meta: FixtureMeta;
    /** postgres and template0 being dropped. */
    trimmed: Promise<void>;
  }
  const unsaved: Unsaved[] = [];

  /**
   * A server on a copy of the entry `key`, else on initdb's. An entry that passed its checksum
   * but that postgres refuses (other binaries, a damaged file) is discarded and the side built
   * afresh.
   */
  async function startCachedCluster(found: string, key: string): Promise<{ server: NativeServer; meta: FixtureMeta | null }> {
    let meta: FixtureMeta | null = null;
    try {
      const server = await track(startNativeServer(found, { fill: async (dataDir) => (meta = await fixtures!.restore(key, dataDir)) !== null }));
      return { server, meta };
    } catch (error) {
      if (!(error instanceof ServerStartError) || !meta) throw error;
      fixtures!.discard(key, `did not start (${oneLine(error.message.replace(/^engine server: postgres did not start: /, ''))})`);
      return { server: await track(startNativeServer(found)), meta: null };
    }
  }

  /** The end of a run: the working copies dropped, the cluster stopped cleanly and moved into the cache. */
  async function saveCluster({ server, key, meta, trimmed }: Unsaved): Promise<void> {
    try {
      await trimmed;
      const wal = await withAdmin(server, async (admin) => (await dropAllBut(admin, CLUSTER_DATABASES), walInUse(admin)), 'template1');
      const skipped = await server.retire(() => fixtures!.adopt(key, server.dataDir, meta, keepWal(wal)));
      if (skipped) fixtures!.warn(`fixture cache: not saved (${skipped}); the next run builds afresh`);
    } catch (error) {
      fixtures!.warn(`fixture cache: not saved (${oneLine(errorMessage(error))}); the next run builds afresh`);
    }
  }

  /** `database`: template1 in a cluster of the cache, which has no database postgres. */
  async function withAdmin<T>(server: NativeServer, run: (admin: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> {
    const admin = await connect({ host: server.socketDir, port: server.port, user: server.user, database, options: NO_PGOPTIONS });
    try {
      return await run(admin);
    } finally {
      await admin.end();
    }
  }

  async function buildIn(server: NativeServer, label: string, input: BuildInput, name: string, prebuilt?: Prebuilt): Promise<ServerBuilt> {
    const connection = { host: server.socketDir, port: server.port, user: server.user, database: name, options: NO_PGOPTIONS };
    const files = { dataDir: server.dataDir, ...(server.owner && { owner: server.owner }) };
    const built = await buildOnServer(label, input, connection, noopAsync, 'server', prebuilt, files);
    databases.add(built.database);
    homes.set(built.database, { server, name, built, label, templateInUse: true });
    return built;
  }

  const keyOf = (found: string, input: BuildInput) => (fixtures && input.digest ? fixtureKey('server', serverIdentity(found), input.digest) : undefined);

  const result = (built: ServerBuilt, extra: { startMs?: number; key?: string } = {}): BuiltDatabase => ({
    database: built.database,
    timings: { ...built.timings, startMs: built.timings.startMs + (extra.startMs ?? 0) },
    warnings: built.warnings,
    notes: built.notes,
    origin: built.origin,
    ...(extra.key && { key: extra.key }),
  });

  return {
    kind: 'server',
    // An incremental head is a database in base's cluster, not a cluster of its own: it has no key.
    keyOf: async (input, incremental) => (incremental ? undefined : keyOf(await binary(), input)),
    async build(label: string, input: BuildInput) {
      const started = performance.now();
      const found = await binary();
      const key = keyOf(found, input);
      if (!key) {
        const running = await sharedServer();
        const name = `pgpg_${label.replace(/\W/g, '_')}_${randomBytes(3).toString('hex')}`;
        await withAdmin(running, async (admin) => {
          checkMajor(await versionOf(admin), major, `server.bin ${running.bin}`);
          await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
        });
        return result(await buildIn(running, label, input, name));
      }
      // A cluster of this side's own: cleanly stopped at the end of the run, it is the cache entry.
      const { server: running, meta } = await startCachedCluster(found, key);
      await withAdmin(
        running,
        async (admin) => {
          checkMajor(await versionOf(admin), major, `server.bin ${running.bin}`);
          if (!meta) await admin.query(`CREATE DATABASE ${CACHED_DATABASE} TEMPLATE template0`);
        },
        'template1',
      );
      // Dropped while the side builds, on the other core; awaited before the cluster is saved.
      const trimmed = meta ? Promise.resolve() : withAdmin(running, (admin) => dropAllBut(admin, CLUSTER_DATABASES), 'template1');
      markHandled(trimmed);
      const startMs = performance.now() - started;
      const built = await buildIn(running, label, input, CACHED_DATABASE, meta ? labelled(label, meta) : undefined);
      if (!meta) {
        // The built database stays as built until the end of the run, when the stopped cluster
        // is moved into the cache: everything that writes (EXPLAIN ANALYZE, index advice, a
        // capture command) works on a copy of it (0.4 s for 160 MB; copying the cluster back
        // from the cache after a stop cost 0.6-1.2 s, and a restart).
        await trimmed;
        await built.suspend(() => withAdmin(running, (admin) => createFromTemplate(admin, WORKING_DATABASE, CACHED_DATABASE), 'template1'), WORKING_DATABASE);
        homes.get(built.database)!.templateInUse = false;
        unsaved.push({ server: running, key, meta: unlabelled(label, built), trimmed });
      }
      return result(built, { startMs, key });
    },
    async buildFrom(label: string, openBase: () => Promise<BuiltDatabase>, input: BuildInput) {
      const name = `pgpg_${label.replace(/\W/g, '_')}_${randomBytes(3).toString('hex')}`;
      const { home, prebuilt, copyMs } = await copyOfBase(label, openBase, homes, (home) => {
        // The template may have no sessions: base's EXPLAIN session steps out meanwhile.
        const adminDatabase = home.name === CACHED_DATABASE ? 'template1' : 'postgres';
        const copy = () => withAdmin(home.server, (admin) => createFromTemplate(admin, name, home.name), adminDatabase);
        return home.templateInUse ? home.built.suspend(copy) : copy();
      });
      const built = await buildIn(home.server, label, input, name, prebuilt);
      return result(built, { startMs: copyMs });
    },
    async close() {
      await Promise.allSettled([...databases].map((database) => database.close()));
      databases.clear();
      homes.clear();
      await Promise.allSettled(unsaved.splice(0).map(saveCluster));
      await Promise.allSettled([...servers].map(async (server) => (await server.catch(() => null))?.stop()));
      servers.clear();
      shared = undefined;
    },
  };
}

/**
 * What a cluster of the cache holds: template1 and pg_plan_gate. Copying a data directory costs
 * per file (0.4-1 ms each on the 2-core machine measured): postgres and template0 are 600 of
 * its 1,300 files and not needed again.
 */
const CLUSTER_DATABASES = ['template1', CACHED_DATABASE];

/** Every other database dropped, sessions or not (a capture command may have left some). */
async function dropAllBut(admin: pg.Client, kept: string[]): Promise<void> {
  const { rows } = await admin.query('SELECT datname, datistemplate FROM pg_database WHERE NOT datname = ANY($1)', [kept]);
  const force =
    Number((await admin.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]?.server_version_num ?? 0) >= 130000 ? ' WITH (FORCE)' : '';
  for (const { datname, datistemplate } of rows as { datname: string; datistemplate: boolean }[]) {
    if (datistemplate) await admin.query(`ALTER DATABASE ${quoteIdent(datname)} IS_TEMPLATE false`);
    await admin.query(`DROP DATABASE ${quoteIdent(datname)}${force}`);
  }
}

const identities = new Map<string, string>();

/**
 * What a data directory is tied to: the server's exact version (its major decides the on-disk
 * format; the build, its minor) and the platform it runs on.
 */
export function serverIdentity(bin: string): string {
  let identity = identities.get(bin);
  if (!identity) {
    const version = spawnSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
    identity = `${version.stdout.trim() || `unknown ${bin}`} ${process.platform}-${process.arch}`;
    identities.set(bin, identity);
  }
  return identity;
}

interface WalPosition {
  timeline: number;
  segment: bigint;
  segmentBytes: bigint;
}

/** Where WAL is written now: the shutdown checkpoint that follows is in this segment or the next. */
async function walInUse(admin: pg.Client): Promise<WalPosition> {
  const { rows } = await admin.query<{ lsn: string; timeline: number; bytes: string }>(`
    SELECT pg_current_wal_insert_lsn()::text AS lsn, (SELECT timeline_id FROM pg_control_checkpoint()) AS timeline,
           (SELECT setting FROM pg_settings WHERE name = 'wal_segment_size') AS bytes`);
  const [high, low] = String(rows[0]!.lsn)
    .split('/')
    .map((part) => BigInt(`0x${part}`)) as [bigint, bigint];
  const segmentBytes = BigInt(rows[0]!.bytes);
  return { timeline: Number(rows[0]!.timeline), segment: ((high << 32n) | low) / segmentBytes, segmentBytes };
}

/**
 * Which files of the stopped cluster the entry keeps: all but the lock file, and of the WAL
 * only the segments the shutdown checkpoint can be in. The others are recycled segments kept for
 * later writes (max_wal_size is 4GB for the build): 630 MB of a 790 MB directory after a
 * 1M-row seed, measured.
 */
function keepWal(wal: WalPosition): (path: string) => boolean {
  const perId = 0x100000000n / wal.segmentBytes;
  const name = (segment: bigint) =>
    [BigInt(wal.timeline), segment / perId, segment % perId].map((part) => part.toString(16).toUpperCase().padStart(8, '0')).join('');
  const needed = new Set([name(wal.segment), name(wal.segment + 1n)]);
  return (path) => {
    if (path === 'postmaster.pid' || path === 'postmaster.opts') return false;
    const segment = /^pg_wal[\\/]([0-9A-F]{24})$/.exec(path)?.[1];
    return segment === undefined || needed.has(segment);
  };
}
