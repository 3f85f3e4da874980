import { loadModule } from 'libpg-query';
import type { CapturedStatement } from './analyze.ts';
import { fromRecorded } from './attribution.ts';
import { isConnectionReset } from './boundaries.ts';
import { startCaptureProxy, type Upstream } from './proxy.ts';
import { StatementRecorder, type ExecutedStatement, type SkipReason } from './recorder.ts';

export interface CaptureSession {
  host: string;
  /** Point the application here (DATABASE_URL, PGHOST/PGPORT) instead of the server. */
  port: number;
  /** Stop the proxy and return what was captured. */
  finish(): Promise<CaptureResult>;
}

export interface CaptureResult {
  statements: CapturedStatement[];
  /** The same statements as recorded off the wire (SQL with its comment, session details). */
  recorded: ExecutedStatement[];
  /** Statements seen but not counted, by reason. */
  skipped: Record<SkipReason, number>;
  /** Connections accepted by the proxy. */
  connections: number;
  /** Connections whose traffic could not be read (TLS, not PostgreSQL), with the reason. */
  unreadable: { sessionId: number; reason: string }[];
  /** Connections refused because they asked for another database than the side's. */
  refused: { sessionId: number; database: string }[];
}

/** A capture proxy in front of `upstream` with a recorder behind it. */
export async function startCaptureSession(upstream: Upstream, options: { sharedBackend?: boolean; database?: string } = {}): Promise<CaptureSession> {
  await loadModule();
  const recorder = new StatementRecorder();
  // Where a pool took a connection back: before the statement recorded next (its seq).
  const resets = new Map<number, number[]>();
  const refused: { sessionId: number; database: string }[] = [];
  const proxy = await startCaptureProxy({
    upstream,
    recorder,
    onEvent: (sessionId, event) => {
      if (event.type === 'query' && isConnectionReset(event.sql)) {
        const list = resets.get(sessionId);
        if (list) list.push(recorder.statements.length);
        else resets.set(sessionId, [recorder.statements.length]);
      }
      recorder.handle(sessionId, event);
    },
    ...(options.sharedBackend && { sharedBackend: true }),
    ...(options.database !== undefined && {
      database: { served: options.database, onRefused: (sessionId, database) => refused.push({ sessionId, database }) },
    }),
  });
  return {
    host: proxy.host,
    port: proxy.port,
    async finish() {
      await proxy.close();
      return {
        statements: fromRecorded(recorder.statements, resets),
        recorded: [...recorder.statements],
        skipped: { ...recorder.skipped },
        connections: proxy.connections,
        unreadable: [...recorder.unreadable],
        refused: [...refused],
      };
    },
  };
}
