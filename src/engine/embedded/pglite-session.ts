import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { PGlite, type Extension, type PGliteOptions } from '@electric-sql/pglite';
import { buildBaseThenIncrement, buildDatabase } from '../build/build.ts';
import { buildForOrigin, originOf } from '../build/origin.ts';
import { prepareExplainSession, resetExplainSession, sessionDatabase } from '../session/explain-session.ts';
import { makeDataDir } from './data-dir.ts';
import { growRelationFile, relationFileSize } from '../build/sparse-files.ts';
import { connectionEnvironment, type CommandTargetMaker } from '../build/schema-command.ts';
import { extensionsCreatedBy, withExtensionAdvice, withRequirements } from '../build/extensions.ts';
import type { BuildInput, BuiltDatabase, Prebuilt, Session } from '../database.ts';

export const TEMPLATE_FILE = 'pglite-template.tar.gz';

/** Next to the bundle in dist/ (first candidate), or where it lives when running from source. */
function findAsset(candidates: string[]): string | null {
  for (const candidate of candidates) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

/** PGlite's contrib extensions ship as tarballs it loads at start (dist/extensions/ in the bundle). */
function pgliteExtensions(names: string[]): Record<string, Extension> {
  const extensions: Record<string, Extension> = {};
  for (const name of names) {
    const tarball = findAsset([`./extensions/${name}.tar.gz`, `../../../node_modules/@electric-sql/pglite/dist/${name}.tar.gz`]);
    // No tarball: built in (plpgsql) or unavailable; CREATE EXTENSION says which, by name.
    if (!tarball) continue;
    const bundlePath = pathToFileURL(tarball);
    extensions[name.replace(/\W/g, '_')] = { name, setup: () => Promise.resolve({ bundlePath }) };
  }
  return extensions;
}

/** The initdb'ed data directory made by `node scripts/make-template.mjs` (shipped in dist/), if used. */
export function templateFile(): string | null {
  return process.env.PG_PLAN_GATE_NO_TEMPLATE ? null : findAsset([`./${TEMPLATE_FILE}`, `../../../assets/${TEMPLATE_FILE}`]);
}

/**
 * A PGlite database: the one in `dataDir` when it holds one (the template or a built database
 * put there by the engine), else a fresh one. initdb costs ~3 s of WASM; the template loads
 * in ~0.5 s instead.
 */
export async function openPglite(extensionNames: string[] = [], dataDir?: string): Promise<PGlite> {
  const existing = dataDir !== undefined && existsSync(join(dataDir, 'PG_VERSION'));
  const template = existing ? null : templateFile();
  const options: PGliteOptions = {
    ...(dataDir !== undefined && { dataDir }),
    relaxedDurability: true,
    extensions: pgliteExtensions(extensionNames),
    // The data directory lives in this process's memory: a smaller buffer pool (plans are the
    // same at 32MB, measured on the wide benchmark) and WAL kept short by CHECKPOINTs in the build.
    startParams: [...PGlite.defaultStartParams, ...MEMORY_SETTINGS.flatMap((setting) => ['-c', setting])],
    // zlib here is native and ~10× faster than PGlite's own decompression in JS.
    ...(template && { loadDataDir: new Blob([gunzipSync(readFileSync(template))]) }),
  };
  const db = await PGlite.create(options);
  // PGlite keeps its options for the instance's life: let the template's 39 MB go.
  delete options.loadDataDir;
  return db;
}

const MEMORY_SETTINGS = ['shared_buffers=32MB', 'max_wal_size=64MB', 'min_wal_size=32MB'];

export function pgliteSession(db: PGlite): Session {
  return {
    async exec(sql) {
      const results = await db.exec(sql);
      return results[results.length - 1]?.rows ?? [];
    },
    async query(sql, params) {
      return (await db.query<Record<string, unknown>>(sql, params)).rows;
    },
    async copyFrom(sql, data) {
      await db.query(sql.replace(/\bFROM\s+STDIN\b/i, "FROM '/dev/blob'"), [], { blob: new Blob([data]) });
    },
  };
}

/**
 * A fresh PGlite built from the input and ready for EXPLAIN; closed again if the build fails.
 * `prebuilt`: the data directory already holds the built database; only what the build said is
 * replayed.
 */
export async function buildPglite(label: string, input: BuildInput, signal?: AbortSignal, dataDir?: string, prebuilt?: Prebuilt): Promise<BuiltDatabase> {
  const started = performance.now();
  const skip = new Set(input.skipExtensions ?? []);
  const wanted = [...input.extensions, ...extensionsCreatedBy(input.files)].filter((name) => !skip.has(name));
  // A worker is handed its directory by the main thread; in this thread, the build owns one.
  const own = dataDir === undefined ? makeDataDir() : undefined;
  const db = await openPglite(withRequirements(wanted), dataDir ?? own!.path).catch((error: unknown) => {
    own?.remove();
    throw error;
  });
  const startMs = performance.now() - started;
  const session = pgliteSession(db);
  // Single-user PGlite has no checkpointer: without CHECKPOINTs its WAL only grows, in memory.
  // A command reaches the database through the socket server capture uses.
  const options = { checkpoints: true, commandTarget: pgliteCommandTarget(db) };
  try {
    const fresh = input.startAt !== undefined ? buildBaseThenIncrement : buildDatabase;
    const { timings, warnings, notes } = await buildForOrigin(prebuilt, session, label, input, signal, options, fresh);
    // The caller may copy the directory next (fixture cache, incremental head): all of it on
    // disk, nothing in WAL only.
    if (!prebuilt || prebuilt.increment) await session.exec('CHECKPOINT');
    const server = await prepareExplainSession(session, input.planner, input.settings);
    const database = sessionDatabase(session, server, {
      async expose() {
        const exposed = await exposePglite(db);
        return { upstream: { host: exposed.host, port: exposed.port }, user: 'postgres', database: 'postgres', shared: true, stop: exposed.stop };
      },
      // Every client of the socket server shared this backend: forget what they set.
      resetSession: () => resetExplainSession(session, server),
      checkpoint: async () => void (await session.exec('CHECKPOINT')),
      relationFiles: {
        size: (path, segmentBytes) => relationFileSize(join(dataDir ?? own!.path, path), segmentBytes),
        grow: (path, bytes, segmentBytes) => growRelationFile(join(dataDir ?? own!.path, path), bytes, segmentBytes),
      },
      close: async () => {
        if (!db.closed) await db.close();
        own?.remove();
      },
    });
    return { database, timings: { startMs, ...timings }, warnings, notes, origin: originOf(prebuilt) };
  } catch (error) {
    await db.close().catch(() => {
      // The start already failed; that error, rethrown below, is the one to report.
    });
    own?.remove();
    throw withExtensionAdvice(error, 'embedded');
  }
}

/** A schema or seed command's connections: PGlite's socket server, for as long as the command runs. */
function pgliteCommandTarget(db: PGlite): CommandTargetMaker {
  return async () => {
    const exposed = await exposePglite(db);
    return { env: connectionEnvironment({ host: exposed.host, port: exposed.port, user: 'postgres', database: 'postgres' }), stop: exposed.stop };
  };
}

/** PGlite's socket server on a free loopback port; every client shares PGlite's one backend. */
export async function exposePglite(db: PGlite): Promise<{ host: string; port: number; stop: () => Promise<void> }> {
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 256 });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  return { host: '127.0.0.1', port, stop: () => server.stop() };
}
