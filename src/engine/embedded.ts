import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeDataDir, type DataDir } from './data-dir.ts';
import { explainTimedOut } from './explain-timeout.ts';
import { buildPglite } from './pglite-session.ts';
import type { BuildInput, BuildTimings, BuiltDatabase, Database, Engine, ExplainOutcome, RelationSizes } from './types.ts';
import { startWorker, type WorkerClient } from './worker-client.ts';
import { UserError } from '../util/errors.ts';

/**
 * PostgreSQL compiled to WASM, in this process: zero setup, one fresh instance per build.
 * From the bundle each build runs in a worker thread (dist/engine-worker.js) so both sides
 * use a core each, and a statement PGlite cannot cancel ends with the thread. From source it
 * runs in this thread, or in workers too with PG_PLAN_GATE_SOURCE_WORKERS=1 (the CLI tests).
 */
export function embeddedEngine(options: { workers?: boolean } = {}): Engine {
  const script = workerScript(options.workers);
  const open = new Set<Database>();
  // Builds still running when the engine closes (the other side failed): stopped, not awaited.
  const stopping = new AbortController();
  return {
    kind: 'embedded',
    async build(label: string, input: BuildInput) {
      const built = script ? await buildInWorker(script, label, input, stopping.signal) : await buildPglite(label, input, stopping.signal);
      if (stopping.signal.aborted) {
        await built.database.close();
        throw new UserError(`${label}: build stopped`);
      }
      open.add(built.database);
      return built;
    },
    async close() {
      stopping.abort();
      await Promise.allSettled([...open].map((database) => database.close()));
      open.clear();
    },
  };
}

/** The bundle's worker; from source, tsx's bootstrap of the same worker when asked for. */
function workerScript(wanted: boolean | undefined): URL | null {
  if (wanted === false) return null;
  const bundled = new URL('./engine-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return bundled;
  const fromSource = new URL('./worker-from-source.mjs', import.meta.url);
  const asked = wanted ?? process.env.PG_PLAN_GATE_SOURCE_WORKERS === '1';
  return asked && existsSync(fileURLToPath(fromSource)) ? fromSource : null;
}

interface BuiltReply {
  serverVersion: string;
  planner: Record<string, string>;
  timings: BuildTimings;
  warnings: string[];
  notes: string[];
}

/** One built PGlite in its worker thread, with the data directory the main thread made for it. */
interface WorkerInstance {
  client: WorkerClient;
  dataDir: DataDir;
  built: BuiltReply;
}

/** A closing PGlite gets this long to answer before its thread is ended anyway. */
const POLITE_CLOSE_MS = 5_000;

async function startInstance(script: URL, label: string, input: BuildInput, signal: AbortSignal): Promise<WorkerInstance> {
  if (signal.aborted) throw new UserError(`${label}: build stopped`);
  const dataDir = makeDataDir();
  const client = startWorker(script, label);
  // A worker in the middle of a statement cannot answer: end the thread (then its directory).
  const stop = () => void discardInstance(client, dataDir);
  signal.addEventListener('abort', stop, { once: true });
  try {
    const built = await client.call<BuiltReply>({ op: 'build', label, input, dataDir: dataDir.path });
    return { client, dataDir, built };
  } catch (error) {
    await closeInstance(client, dataDir);
    throw error;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

async function discardInstance(client: WorkerClient, dataDir: DataDir): Promise<void> {
  await client.terminate();
  dataDir.remove();
}

async function closeInstance(client: WorkerClient, dataDir: DataDir): Promise<void> {
  if (!client.exited) {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise((resolve) => (timer = setTimeout(resolve, POLITE_CLOSE_MS)));
    await Promise.race([client.call({ op: 'close' }).catch(() => {}), limit]);
    clearTimeout(timer);
  }
  await discardInstance(client, dataDir);
}

const TIMED_OUT = Symbol('timed out');

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function buildInWorker(script: URL, label: string, input: BuildInput, signal: AbortSignal): Promise<BuiltDatabase> {
  const first = await startInstance(script, label, input, signal);
  // Replaced when an EXPLAIN outlives its bound: every call goes to the instance of the moment.
  let current: Promise<WorkerInstance> = Promise.resolve(first);
  // One call at a time, as on a session: an EXPLAIN's clock starts when it is sent, and a call
  // queued behind a stuck statement goes to the instance built to replace it.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(run, run);
    queue = result.catch(() => {});
    return result;
  };
  const call = <T>(request: Parameters<WorkerClient['call']>[0]) => exclusive(async () => (await current).client.call<T>(request));
  const explain = (request: Parameters<Database['explain']>[0]) => exclusive(() => explainBounded(request));
  const explainBounded = async (request: Parameters<Database['explain']>[0]): Promise<ExplainOutcome> => {
    const instance = await current;
    const answer = instance.client.call<ExplainOutcome>({ op: 'explain', request });
    if (input.explainTimeoutMs === undefined) return answer;
    const outcome = await within(answer, input.explainTimeoutMs);
    if (outcome !== TIMED_OUT) return outcome;
    // PGlite cannot cancel the statement: its thread is ended and the side built again from
    // the same input (builds are deterministic), so the next query plans on the same data.
    answer.catch(() => {});
    current = discardInstance(instance.client, instance.dataDir).then(() => startInstance(script, label, input, signal));
    current.catch(() => {});
    return explainTimedOut(input.explainTimeoutMs);
  };
  const database: Database = {
    serverVersion: first.built.serverVersion,
    planner: first.built.planner,
    async expose() {
      const exposed = await call<{ host: string; port: number }>({ op: 'expose' });
      return { upstream: exposed, user: 'postgres', database: 'postgres', stop: async () => void (await call<null>({ op: 'unexpose' })) };
    },
    resetSession: async () => void (await call<null>({ op: 'resetSession' })),
    explain,
    relationSizes: () => call<RelationSizes>({ op: 'relationSizes' }),
    sampleValues: (probes) => call<(string | null)[]>({ op: 'sampleValues', probes }),
    discard: async () => {
      const instance = await current.catch(() => null);
      if (instance) await discardInstance(instance.client, instance.dataDir);
    },
    close: async () => {
      const instance = await current.catch(() => null);
      if (instance) await closeInstance(instance.client, instance.dataDir);
    },
  };
  return { database, timings: first.built.timings, warnings: first.built.warnings, notes: first.built.notes };
}
