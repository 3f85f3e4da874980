import type { BuildInput, BuildTimings, Database, ExposedDatabase, Prebuilt } from '../database.ts';

/** The Database operations a worker runs on its PGlite as they are: their arguments and answers are Database's own. */
type ForwardedOperation =
  | 'explain'
  | 'relationSizes'
  | 'sampleValues'
  | 'explainWithIndex'
  | 'indexDefinitions'
  | 'tableIndexDefinitions'
  | 'settleForMeasure'
  | 'applyStatistics'
  | 'measure'
  | 'resetSession'
  | 'checkpoint';

type Forwarded = {
  [Op in ForwardedOperation]: { args: Parameters<NonNullable<Database[Op]>>; reply: Awaited<ReturnType<NonNullable<Database[Op]>>> };
};

/** What a build tells the main thread, which holds the Database the worker's stands behind. */
export interface BuiltReply {
  serverVersion: string;
  planner: Record<string, string>;
  timings: BuildTimings;
  warnings: string[];
  notes: string[];
}

/**
 * Every operation of the engine worker: Database's forwarded ones, and those of the worker's
 * own lifecycle. A new one must be handled in worker.ts's switch, or it does not compile.
 */
export interface WorkerOperations extends Forwarded {
  /** `prebuilt`: the data directory already holds a database (fixture cache, copy of base's). */
  build: { args: [label: string, input: BuildInput, dataDir: string, prebuilt?: Prebuilt]; reply: BuiltReply };
  /** Serve the database on a socket; the main thread makes the ExposedDatabase around it. */
  expose: { args: []; reply: ExposedDatabase['upstream'] };
  unexpose: { args: []; reply: void };
  close: { args: []; reply: void };
}

export type WorkerOperation = keyof WorkerOperations;
export type WorkerArgs<Op extends WorkerOperation> = WorkerOperations[Op]['args'];
export type WorkerAnswer<Op extends WorkerOperation> = WorkerOperations[Op]['reply'];

/** One request: an operation and its arguments, as a union the worker's switch narrows. */
export type WorkerRequest = { [Op in WorkerOperation]: { op: Op; args: WorkerArgs<Op> } }[WorkerOperation];

/**
 * An error thrown in the worker, as the main thread rebuilds it: what decides what happens next
 * travels as fields, never inside the message (`code`: the SQLSTATE; `configKey`: a config
 * value the server rejected, util/errors.ts ConfigValueError).
 */
export interface WorkerError {
  message: string;
  userError: boolean;
  code?: string;
  configKey?: { key: string; detail: string };
}

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };
