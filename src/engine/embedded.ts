import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeDataDir, type DataDir } from './data-dir.ts';
import { copyDirectory, fixtureKey, labelled, unlabelled, type FixtureCache } from './fixture-cache.ts';
import { PGLITE_VERSION } from './pglite-version.ts';
import { buildPglite } from './pglite-session.ts';
import type { BuildInput, BuildTimings, BuiltDatabase, Database, Engine, ExplainOutcome, Prebuilt, RelationSizes } from './types.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';
import { UserError } from '../util/errors.ts';

/**
 * PostgreSQL compiled to WASM, in this process: zero setup, one fresh instance per build.
 * From the bundle each build runs in a worker thread (dist/engine-worker.js) so both sides
 * use a core each; from source (tests) it runs in this thread.
 */
export function embeddedEngine(options: { workers?: boolean; startWorker?: () => Worker; fixtures?: FixtureCache } = {}): Engine {
  const { fixtures } = options;
  const workerFile = fileURLToPath(new URL('./engine-worker.js', import.meta.url));
  const useWorkers = options.workers ?? existsSync(workerFile);
  // Tests start the worker from source (src/engine/worker.ts); the bundle has its own file.
  const startWorker = options.startWorker ?? (() => new Worker(workerFile));
  const open = new Set<Database>();
  // Where each built database lives and which side built it: incremental head copies it.
  const homes = new Map<Database, { path: string; label: string }>();
  // Builds still running when the engine closes (the other side failed): stopped, not awaited.
  const stopping = new AbortController();

  /**
   * Build into a fresh directory, unless the fixture cache has `key`; `prepare` fills the
   * directory first (a copy of base's database for incremental head) and says what to do then.
   */
  const buildInto = async (label: string, input: BuildInput, key: string | undefined, prepare?: (dir: string) => Prebuilt): Promise<BuiltDatabase> => {
    const dataDir = makeDataDir();
    const restored = key ? await fixtures!.restore(key, dataDir.path) : null;
    const prebuilt: Prebuilt | undefined = restored ? labelled(label, restored) : prepare?.(dataDir.path);
    const built = useWorkers
      ? await buildInWorker(startWorker, label, input, stopping.signal, dataDir, prebuilt)
      : await buildInThread(label, input, stopping.signal, dataDir, prebuilt);
    if (stopping.signal.aborted) {
      await built.database.close();
      throw new UserError(`${label}: build stopped`);
    }
    // Saved while the database is idle and checkpointed, before anything else runs on it.
    if (key && !restored) fixtures!.save(key, dataDir.path, unlabelled(label, built));
    open.add(built.database);
    homes.set(built.database, { path: dataDir.path, label });
    return { ...built, ...(key && { key }) };
  };

  return {
    kind: 'embedded',
    build(label: string, input: BuildInput) {
      return buildInto(label, input, fixtures && input.digest ? fixtureKey('embedded', PGLITE_VERSION, input.digest) : undefined);
    },
    async buildFrom(label: string, base: BuiltDatabase, input: BuildInput) {
      const home = homes.get(base.database);
      if (!home) throw new Error('incremental build from a database this engine did not build');
      // Another key than a fresh build of the same files: the seed ran before the new files here.
      const key = fixtures && input.digest ? fixtureKey('embedded+incremental', PGLITE_VERSION, input.digest) : undefined;
      await base.database.checkpoint!();
      return buildInto(label, input, key, (dir) => {
        copyDirectory(home.path, dir, (path) => path !== 'postmaster.pid');
        return { ...labelled(label, unlabelled(home.label, base)), increment: true };
      });
    },
    async close() {
      stopping.abort();
      await Promise.allSettled([...open].map((database) => database.close()));
      open.clear();
    },
  };
}

/** From source (tests): PGlite in this thread, in the directory the engine made. */
async function buildInThread(label: string, input: BuildInput, signal: AbortSignal, dataDir: DataDir, prebuilt?: Prebuilt): Promise<BuiltDatabase> {
  try {
    const built = await buildPglite(label, input, signal, dataDir.path, prebuilt);
    const close = built.database.close.bind(built.database);
    built.database.close = async () => {
      await close();
      dataDir.remove();
    };
    return built;
  } catch (error) {
    dataDir.remove();
    throw error;
  }
}

async function buildInWorker(startWorker: () => Worker, label: string, input: BuildInput, signal: AbortSignal, dataDir: DataDir, prebuilt?: Prebuilt): Promise<BuiltDatabase> {
  if (signal.aborted) {
    dataDir.remove();
    throw new UserError(`${label}: build stopped`);
  }
  const worker = startWorker();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let exited = false;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(reply.userError ? new UserError(reply.message) : new Error(reply.message));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => {
    exited = true;
    failAll(new Error(`the ${label} database worker exited (code ${code})`));
  });
  const call = <T>(request: WorkerRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error(`the ${label} database worker has exited`));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, request });
    });
  const terminate = async () => {
    if (!exited) {
      await call({ op: 'close' }).catch(() => {});
      await worker.terminate();
    }
    dataDir.remove();
  };
  // A worker in the middle of a statement cannot answer: end the thread (then its directory).
  const stop = () => void worker.terminate().then(() => dataDir.remove());
  signal.addEventListener('abort', stop, { once: true });
  try {
    const built = await call<{ serverVersion: string; planner: Record<string, string>; timings: BuildTimings; warnings: string[]; notes: string[] }>({
      op: 'build',
      label,
      input,
      dataDir: dataDir.path,
      ...(prebuilt && { prebuilt }),
    });
    const database: Database = {
      serverVersion: built.serverVersion,
      planner: built.planner,
      async expose() {
        const exposed = await call<{ host: string; port: number }>({ op: 'expose' });
        return { upstream: exposed, user: 'postgres', database: 'postgres', stop: async () => void (await call<null>({ op: 'unexpose' })) };
      },
      resetSession: async () => void (await call<null>({ op: 'resetSession' })),
      checkpoint: async () => void (await call<null>({ op: 'checkpoint' })),
      explain: (request) => call<ExplainOutcome>({ op: 'explain', request }),
      relationSizes: () => call<RelationSizes>({ op: 'relationSizes' }),
      sampleValues: (probes) => call<(string | null)[]>({ op: 'sampleValues', probes }),
      explainWithIndex: (request, index, timeoutMs) => call<ExplainOutcome>({ op: 'explainWithIndex', request, index, timeoutMs }),
      indexDefinitions: (indexes) => call<(string | null)[]>({ op: 'indexDefinitions', indexes }),
      close: terminate,
    };
    return { database, timings: built.timings, warnings: built.warnings, notes: built.notes, origin: !prebuilt ? 'fresh' : prebuilt.increment ? 'incremental' : 'cached' };
  } catch (error) {
    await terminate();
    throw error;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
