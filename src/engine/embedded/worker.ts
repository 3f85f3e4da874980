import { parentPort } from 'node:worker_threads';
import { buildPglite } from './pglite-session.ts';
import type { Database, ExposedDatabase } from '../database.ts';
import type { WorkerAnswer, WorkerError, WorkerReply, WorkerRequest } from './worker-protocol.ts';
import { sqlstateOf } from '../failure.ts';
import { ConfigValueError, isUserError, errorMessage } from '../../util/errors.ts';

/** One side's PGlite in its own thread, so base and head build on two cores at once. */
let database: Database | undefined;
let exposed: ExposedDatabase | undefined;

/** The database this worker built: every operation but `build` needs one. */
function built(): Database {
  if (!database) throw new Error('the engine worker was asked before its database was built');
  return database;
}

async function handle(request: WorkerRequest): Promise<WorkerAnswer<WorkerRequest['op']>> {
  switch (request.op) {
    case 'build': {
      const result = await buildPglite(request.args[0], request.args[1], undefined, request.args[2], request.args[3]);
      database = result.database;
      return {
        serverVersion: database.serverVersion,
        planner: database.planner,
        timings: result.timings,
        warnings: result.warnings,
        notes: result.notes,
      } satisfies WorkerAnswer<'build'>;
    }
    case 'explain':
      return built().explain(...request.args);
    case 'relationSizes':
      return built().relationSizes(...request.args);
    case 'sampleValues':
      return built().sampleValues(...request.args);
    case 'explainWithIndex':
      return built().explainWithIndex(...request.args);
    case 'indexDefinitions':
      return built().indexDefinitions(...request.args);
    case 'tableIndexDefinitions':
      return built().tableIndexDefinitions(...request.args);
    case 'settleForMeasure':
      return built().settleForMeasure(...request.args);
    case 'applyStatistics':
      return built().applyStatistics(...request.args);
    case 'measure':
      return built().measure(...request.args);
    case 'resetSession':
      return built().resetSession(...request.args);
    case 'checkpoint':
      return built().checkpoint!(...request.args);
    case 'expose':
      exposed = await built().expose();
      return exposed.upstream satisfies WorkerAnswer<'expose'>;
    case 'unexpose':
      await exposed?.stop();
      exposed = undefined;
      return;
    case 'close':
      await database?.close();
      database = undefined;
      return;
    default:
      return unhandled(request);
  }
}

/** Compiles only when every operation of the protocol has its case above. */
function unhandled(request: never): never {
  throw new Error(`the engine worker has no operation ${(request as { op: string }).op}`);
}

function asReply(error: unknown): WorkerError {
  const code = sqlstateOf(error);
  return {
    message: errorMessage(error),
    userError: isUserError(error),
    ...(code && { code }),
    ...(error instanceof ConfigValueError && { configKey: { key: error.key, detail: error.detail } }),
  };
}

parentPort!.on('message', (message: { id: number; request: WorkerRequest }) => {
  handle(message.request).then(
    (value) => parentPort!.postMessage({ id: message.id, ok: true, value } satisfies WorkerReply),
    (error: unknown) => parentPort!.postMessage({ id: message.id, ok: false, error: asReply(error) } satisfies WorkerReply),
  );
});
