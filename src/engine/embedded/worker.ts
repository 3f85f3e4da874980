import { parentPort } from 'node:worker_threads';
import { buildPglite } from './pglite-session.ts';
import type { Database, ExposedDatabase } from '../types.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';
import { isUserError, errorMessage } from '../../util/errors.ts';

/** One side's PGlite in its own thread, so base and head build on two cores at once. */
let database: Database | undefined;
let exposed: ExposedDatabase | undefined;

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'build': {
      const built = await buildPglite(request.label, request.input, undefined, request.dataDir, request.prebuilt);
      database = built.database;
      return { serverVersion: database.serverVersion, planner: database.planner, timings: built.timings, warnings: built.warnings, notes: built.notes };
    }
    case 'explain':
      return database!.explain(request.request);
    case 'relationSizes':
      return database!.relationSizes();
    case 'sampleValues':
      return database!.sampleValues(request.probes);
    case 'explainWithIndex':
      return database!.explainWithIndex(request.request, request.index, request.timeoutMs);
    case 'indexDefinitions':
      return database!.indexDefinitions(request.indexes);
    case 'tableIndexDefinitions':
      return database!.tableIndexDefinitions(request.tables);
    case 'settleForMeasure':
      await database!.settleForMeasure();
      return null;
    case 'applyStatistics':
      return database!.applyStatistics(request.statistics, request.digest, request.file);
    case 'measure':
      return database!.measure(request.request, request.timeoutMs, request.statistics);
    case 'expose':
      exposed = await database!.expose();
      return exposed.upstream;
    case 'unexpose':
      await exposed?.stop();
      exposed = undefined;
      return null;
    case 'checkpoint':
      await database!.checkpoint!();
      return null;
    case 'resetSession':
      await database!.resetSession();
      return null;
    case 'close':
      await database?.close();
      database = undefined;
      return null;
  }
}

parentPort!.on('message', (message: { id: number; request: WorkerRequest }) => {
  handle(message.request).then(
    (value) => parentPort!.postMessage({ id: message.id, ok: true, value } satisfies WorkerReply),
    (error: unknown) =>
      parentPort!.postMessage({ id: message.id, ok: false, message: errorMessage(error), userError: isUserError(error) } satisfies WorkerReply),
  );
});
