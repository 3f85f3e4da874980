import { parentPort } from 'node:worker_threads';
import { explainOn, partitionRootsOn, relationRowsOn, resetExplainSession, type ExplainSession } from './build.ts';
import { loadParser } from './script.ts';
import { buildPglite, exposePglite } from './pglite-session.ts';
import type { Session } from './types.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';
import { isUserError, errorMessage } from '../util/errors.ts';
import type { PGlite } from '@electric-sql/pglite';

/** One side's PGlite in its own thread, so base and head build on two cores at once. */
let db: PGlite | undefined;
let session: Session | undefined;
let server: ExplainSession | undefined;
let exposed: { host: string; port: number; stop(): Promise<void> } | undefined;

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'build': {
      await loadParser();
      const built = await buildPglite(request.label, request.input);
      db = built.db;
      session = built.session;
      server = built.server;
      return { serverVersion: built.server.serverVersion, timings: built.timings };
    }
    case 'explain':
      return explainOn(session!, request.request, server!);
    case 'relationRows':
      return relationRowsOn(session!);
    case 'partitionRoots':
      return partitionRootsOn(session!);
    case 'expose': {
      exposed = await exposePglite(db!);
      return { host: exposed.host, port: exposed.port };
    }
    case 'unexpose':
      await exposed?.stop();
      exposed = undefined;
      return null;
    case 'resetSession':
      await resetExplainSession(session!);
      return null;
    case 'close':
      await db?.close();
      db = undefined;
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
