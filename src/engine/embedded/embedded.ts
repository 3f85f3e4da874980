import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeDataDir, type DataDir } from './data-dir.ts';
import { explainTimedOut } from '../session/explain-timeout.ts';
import { copyDirectory, fixtureKey, labelled, unlabelled, type FixtureCache } from '../cache/fixture-cache.ts';
import { PGLITE_VERSION } from './pglite-version.ts';
import { buildPglite, templateFile } from './pglite-session.ts';
import { extractTarGz } from '../../util/tar.ts';
import type { BuildInput, BuiltDatabase, Database, Engine, MeasureOutcome, Prebuilt } from '../database.ts';
import { startWorker, type WorkerClient } from './worker-client.ts';
import type { BuiltReply, WorkerAnswer, WorkerArgs, WorkerOperation } from './worker-protocol.ts';
import { UserError } from '../../util/errors.ts';
import { oneAtATime } from '../session/queue.ts';
import { originOf } from '../build/origin.ts';
import { copyOfBase } from '../build/from-base.ts';
import { markHandled } from '../../util/ignore.ts';

/**
 * PostgreSQL compiled to WASM, in this process: zero setup, one fresh instance per build.
 * From the bundle each build runs in a worker thread (dist/engine-worker.js) so both sides
 * use a core each, and a statement PGlite cannot cancel ends with the thread. From source it
 * runs in this thread, or in workers too with PG_PLAN_GATE_SOURCE_WORKERS=1 (the CLI tests).
 */
export function embeddedEngine(options: { workers?: boolean; fixtures?: FixtureCache; progress?: (message: string) => void } = {}): Engine {
  const { fixtures, progress } = options;
  const script = workerScript(options.workers);
  const open = new Set<Database>();
  // Where each built database lives and which side built it: incremental head copies it.
  const homes = new Map<Database, { path: string; label: string }>();
  // Builds still running when the engine closes (the other side failed): stopped, not awaited.
  const stopping = new AbortController();

  /**
   * Build into a fresh directory, unless the fixture cache has `key`; `prepare` fills the
   * directory first (a copy of base's database for incremental head) and says what to do then.
   */
  const buildInto = async (label: string, input: BuildInput, key: string | undefined, prepare?: (dir: string) => Promise<Prebuilt>): Promise<BuiltDatabase> => {
    const dataDir = makeDataDir();
    const restored = key ? await fixtures!.restore(key, dataDir.path) : null;
    const prebuilt: Prebuilt | undefined = restored ? labelled(label, restored) : await prepare?.(dataDir.path);
    // Unpacked here, streaming, rather than handed to PGlite whole: its three copies of the
    // template's 39 MB were the peak of a small build's memory.
    const template = prebuilt ? null : templateFile();
    if (template) await extractTarGz(createReadStream(template), dataDir.path);
    const built = script
      ? await buildInWorker(script, label, input, stopping.signal, { dataDir, ...(prebuilt && { prebuilt }) }, progress)
      : await buildInThread(label, input, stopping.signal, dataDir, prebuilt);
    if (stopping.signal.aborted) {
      await built.database.close();
      throw new UserError(`${label}: build stopped`);
    }
    // Saved while the database is idle and checkpointed, before anything else runs on it.
    if (key && !restored) await fixtures!.save(key, dataDir.path, unlabelled(label, built));
    open.add(built.database);
    homes.set(built.database, { path: dataDir.path, label });
    return { ...built, ...(key && { key }) };
  };

  // An incremental head has another key than a fresh build of the same files: the seed ran before the new files there.
  const keyOf = (input: BuildInput, incremental: boolean) =>
    fixtures && input.digest ? fixtureKey(incremental ? 'embedded+incremental' : 'embedded', PGLITE_VERSION, input.digest) : undefined;

  return {
    kind: 'embedded',
    keyOf: (input, incremental) => Promise.resolve(keyOf(input, incremental)),
    build(label: string, input: BuildInput) {
      return buildInto(label, input, keyOf(input, false));
    },
    async buildFrom(label: string, openBase: () => Promise<BuiltDatabase>, input: BuildInput, baseEntry?: string) {
      return buildInto(label, input, keyOf(input, true), async (dir) => {
        // Base's entry is base as built: no PGlite start and no second copy (a corrupt one is removed and base opened).
        const entry = baseEntry ? await fixtures?.restore(baseEntry, dir) : null;
        if (entry) return { ...labelled(label, entry), increment: true };
        const { prebuilt } = await copyOfBase(label, openBase, homes, async (home, base) => {
          await base.database.checkpoint!();
          await copyDirectory(home.path, dir, (path) => path !== 'postmaster.pid');
        });
        return prebuilt;
      });
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

/** One built PGlite in its worker thread, with the data directory the main thread made for it. */
interface WorkerInstance {
  client: WorkerClient;
  dataDir: DataDir;
  built: BuiltReply;
}

/** A closing PGlite gets this long to answer before its thread is ended anyway. */
const POLITE_CLOSE_MS = 5_000;

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

/** The first instance's directory, already filled when `prebuilt` (fixture cache, incremental head). */
interface FirstStart {
  dataDir: DataDir;
  prebuilt?: Prebuilt;
}

async function startInstance(script: URL, label: string, input: BuildInput, signal: AbortSignal, first?: FirstStart): Promise<WorkerInstance> {
  if (signal.aborted) {
    first?.dataDir.remove();
    throw new UserError(`${label}: build stopped`);
  }
  const dataDir = first?.dataDir ?? makeDataDir();
  const prebuilt = first?.prebuilt;
  const client = startWorker(script, label);
  // A worker in the middle of a statement cannot answer: end the thread (then its directory).
  const stop = () => void discardInstance(client, dataDir);
  signal.addEventListener('abort', stop, { once: true });
  try {
    const built = await client.call('build', label, input, dataDir.path, ...(prebuilt ? [prebuilt] : []));
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
    await Promise.race([
      client.call('close').catch(() => {
        // A worker that cannot close politely is terminated just below; its data directory goes either way.
      }),
      limit,
    ]);
    clearTimeout(timer);
  }
  await discardInstance(client, dataDir);
}

const TIMED_OUT = Symbol('timed out');

/** A measured run past its bound, worded as a native server's statement_timeout is. */
function measureTimedOut(timeoutMs: number): MeasureOutcome {
  return { ok: false, error: `canceling statement due to statement timeout (the worker was ended after ${Math.round(timeoutMs)} ms)`, kind: 'timeout' };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function buildInWorker(
  script: URL,
  label: string,
  input: BuildInput,
  signal: AbortSignal,
  start: FirstStart,
  progress?: (message: string) => void,
): Promise<BuiltDatabase> {
  const first = await startInstance(script, label, input, signal, start);
  // Replaced when an EXPLAIN outlives its bound: every call goes to the instance of the moment.
  let current: Promise<WorkerInstance> = Promise.resolve(first);
  // One call at a time, as on a session: an EXPLAIN's clock starts when it is sent, and a call
  // queued behind a stuck statement goes to the instance built to replace it.
  const exclusive = oneAtATime();
  const call = <Op extends WorkerOperation>(op: Op, ...args: WorkerArgs<Op>) => exclusive(async () => (await current).client.call(op, ...args));
  // Whether measuring has started (settleForMeasure): an instance built to replace this one is settled too.
  let settled = false;
  // Production's statistics, once applied: an instance built to replace this one gets them too.
  let statistics: WorkerArgs<'applyStatistics'> | undefined;
  /**
   * Send a request bounded by `ms`; past it, `expired` is the answer. PGlite cannot cancel the
   * statement (it ignores statement_timeout): its thread is ended and the side built again from
   * the same input (builds are deterministic), so the next query runs on the same data. A side
   * that came from the fixture cache is built afresh this time (the same database); an
   * incremental head from base's files and then its new ones (pglite-session.ts).
   */
  const bounded = async <Op extends 'explain' | 'measure'>(op: Op, args: WorkerArgs<Op>, ms: number, expired: WorkerAnswer<Op>): Promise<WorkerAnswer<Op>> => {
    const instance = await current;
    const answer = instance.client.call(op, ...args);
    const outcome = await within(answer, ms);
    if (outcome !== TIMED_OUT) return outcome;
    markHandled(answer);
    const how = input.startAt !== undefined ? "base's files, then head's new ones on them, as before" : 'from its files';
    progress?.(`${label}: a statement outlived its bound and cannot be cancelled in PGlite: the database is built again (${how})`);
    current = discardInstance(instance.client, instance.dataDir)
      .then(() => startInstance(script, label, input, signal))
      .then(async (fresh) => {
        if (settled) await fresh.client.call('settleForMeasure');
        if (statistics) await fresh.client.call('applyStatistics', ...statistics);
        return fresh;
      });
    markHandled(current);
    return expired;
  };
  const explain: Database['explain'] = (request) =>
    exclusive(async () =>
      input.explainTimeoutMs === undefined
        ? (await current).client.call('explain', request)
        : bounded('explain', [request], input.explainTimeoutMs, explainTimedOut(input.explainTimeoutMs)),
    );
  const measure: Database['measure'] = (request, timeoutMs, statistics) =>
    exclusive(() => bounded('measure', statistics ? [request, timeoutMs, statistics] : [request, timeoutMs], timeoutMs, measureTimedOut(timeoutMs)));
  const database: Database = {
    serverVersion: first.built.serverVersion,
    planner: first.built.planner,
    async expose() {
      const exposed = await call('expose');
      return { upstream: exposed, user: 'postgres', database: 'postgres', shared: true, stop: () => call('unexpose') };
    },
    resetSession: () => call('resetSession'),
    explain,
    relationSizes: () => call('relationSizes'),
    sampleValues: (probes) => call('sampleValues', probes),
    explainWithIndex: (request, index, timeoutMs) => call('explainWithIndex', request, index, timeoutMs),
    indexDefinitions: (indexes) => call('indexDefinitions', indexes),
    tableIndexDefinitions: (tables) => call('tableIndexDefinitions', tables),
    measure,
    applyStatistics: async (production, digest, file, scope) => {
      const args: WorkerArgs<'applyStatistics'> = [production, digest, file, scope];
      const applied = await call('applyStatistics', ...args);
      statistics = args;
      return applied;
    },
    settleForMeasure: async () => {
      settled = true;
      await call('settleForMeasure');
    },
    checkpoint: () => call('checkpoint'),
    discard: async () => {
      const instance = await current.catch(() => null);
      if (instance) await discardInstance(instance.client, instance.dataDir);
    },
    close: async () => {
      const instance = await current.catch(() => null);
      if (instance) await closeInstance(instance.client, instance.dataDir);
    },
  };
  return { database, timings: first.built.timings, warnings: first.built.warnings, notes: first.built.notes, origin: originOf(start.prebuilt) };
}
