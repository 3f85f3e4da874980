import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeDataDir, type DataDir } from './data-dir.ts';
import { fixtureKey, labelled, unlabelled, type FixtureCache, type FixtureMeta } from './fixture-cache.ts';
import { PGLITE_VERSION } from './pglite-version.ts';
import { buildPglite } from './pglite-session.ts';
import type { BuildInput, BuildTimings, BuiltDatabase, Database, Engine, ExplainOutcome, MeasureOutcome, RelationSizes } from './types.ts';
import { openChannel, type WorkerChannel } from './worker-channel.ts';
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
  // Builds still running when the engine closes (the other side failed): stopped, not awaited.
  const stopping = new AbortController();
  return {
    kind: 'embedded',
    async build(label: string, input: BuildInput) {
      const dataDir = makeDataDir();
      const key = fixtures && input.digest ? fixtureKey('embedded', PGLITE_VERSION, input.digest) : undefined;
      const restored = key ? fixtures!.restore(key, dataDir.path) : null;
      const cached = restored ? labelled(label, restored) : undefined;
      const built = useWorkers
        ? await buildInWorker(startWorker, label, input, stopping.signal, dataDir, cached)
        : await buildInThread(label, input, stopping.signal, dataDir, cached);
      if (stopping.signal.aborted) {
        await built.database.close();
        throw new UserError(`${label}: build stopped`);
      }
      // Saved while the database is idle and checkpointed, before anything else runs on it.
      if (key && !cached) fixtures!.save(key, dataDir.path, unlabelled(label, built));
      open.add(built.database);
      return { ...built, ...(key && { key }) };
    },
    async close() {
      stopping.abort();
      await Promise.allSettled([...open].map((database) => database.close()));
      open.clear();
    },
  };
}

/** From source (tests): PGlite in this thread, in the directory the engine made. */
async function buildInThread(label: string, input: BuildInput, signal: AbortSignal, dataDir: DataDir, prebuilt?: FixtureMeta): Promise<BuiltDatabase> {
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

async function buildInWorker(startWorker: () => Worker, label: string, input: BuildInput, signal: AbortSignal, dataDir: DataDir, prebuilt?: FixtureMeta): Promise<BuiltDatabase> {
  if (signal.aborted) {
    dataDir.remove();
    throw new UserError(`${label}: build stopped`);
  }
  let channel = openChannel(startWorker(), label);
  const terminate = async () => {
    await channel.close();
    dataDir.remove();
  };
  // A worker in the middle of a statement cannot answer: end the thread (then its directory).
  const stop = () => void channel.kill().then(() => dataDir.remove());
  signal.addEventListener('abort', stop, { once: true });
  try {
    const built = await channel.call<{ serverVersion: string; planner: Record<string, string>; timings: BuildTimings; warnings: string[]; notes: string[] }>({
      op: 'build',
      label,
      input,
      dataDir: dataDir.path,
      ...(prebuilt && { prebuilt }),
    });
    /**
     * PGlite ignores statement_timeout and cannot be interrupted: a measured run past its bound
     * ends the thread, and a new worker opens the directory again. The build checkpointed it and
     * every measured run is rolled back, so crash recovery brings back the database as built.
     */
    const reopen = async () => {
      await channel.kill();
      channel = openChannel(startWorker(), label);
      await channel.call({ op: 'build', label, input, dataDir: dataDir.path, prebuilt: { warnings: [], notes: [] } });
    };
    const call: WorkerChannel['call'] = (request) => channel.call(request);
    const database: Database = {
      serverVersion: built.serverVersion,
      planner: built.planner,
      async expose() {
        const exposed = await call<{ host: string; port: number }>({ op: 'expose' });
        return { upstream: exposed, user: 'postgres', database: 'postgres', stop: async () => void (await call<null>({ op: 'unexpose' })) };
      },
      resetSession: async () => void (await call<null>({ op: 'resetSession' })),
      explain: (request) => call<ExplainOutcome>({ op: 'explain', request }),
      relationSizes: () => call<RelationSizes>({ op: 'relationSizes' }),
      sampleValues: (probes) => call<(string | null)[]>({ op: 'sampleValues', probes }),
      explainWithIndex: (request, index, timeoutMs) => call<ExplainOutcome>({ op: 'explainWithIndex', request, index, timeoutMs }),
      indexDefinitions: (indexes) => call<(string | null)[]>({ op: 'indexDefinitions', indexes }),
      measure: (request, timeoutMs, statistics) =>
        withinBound(call<MeasureOutcome>({ op: 'measure', request, timeoutMs, ...(statistics && { statistics }) }), timeoutMs, reopen),
      settleForMeasure: async () => void (await call<null>({ op: 'settleForMeasure' })),
      close: terminate,
    };
    return { database, timings: built.timings, warnings: built.warnings, notes: built.notes, origin: prebuilt ? 'cached' : 'fresh' };
  } catch (error) {
    await terminate();
    throw error;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** The measured run's outcome, or a timeout once `timeoutMs` has passed (after `onTimeout` has made the database usable again). */
async function withinBound(run: Promise<MeasureOutcome>, timeoutMs: number, onTimeout: () => Promise<void>): Promise<MeasureOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), timeoutMs)));
  try {
    const first = await Promise.race([run, expired]);
    if (first !== 'expired') return first;
  } finally {
    clearTimeout(timer);
  }
  run.catch(() => {});
  await onTimeout();
  return { ok: false, error: `canceling statement due to statement timeout (the worker was ended after ${Math.round(timeoutMs)} ms)`, timedOut: true };
}
