import { loadModule } from 'libpg-query';
import type { CapturedStatement } from './analyze.ts';
import { classifyStatement, type NoiseReason } from './classify.ts';
import type { LoggedStatement } from './jsonl.ts';
import { StatementRecorder, type ExecutedStatement, type SkipReason } from './protocol.ts';
import { startCaptureProxy, type Upstream } from './proxy.ts';
import { attribute } from './sqlcommenter.ts';

/** The two capture sources — the wire (proxy + recorder) and a JSONL query log — as statements. */

/** Statements recorded off the wire, attributed by their tags and their session's application_name. */
export function fromRecorded(records: readonly ExecutedStatement[]): CapturedStatement[] {
  return records.map((record) => {
    const { endpoint, request, sql } = attribute(record.sql, record.applicationName);
    return { endpoint, request, sql, params: record.params };
  });
}

/**
 * Statements of a query log: the line's `endpoint`/`request` win over the statement's tags.
 * The same statements are skipped as on the wire (transaction control, SET, health checks...).
 */
export function fromLog(entries: readonly LoggedStatement[]): { statements: CapturedStatement[]; skipped: Record<NoiseReason, number> } {
  const skipped: Record<NoiseReason, number> = { transaction: 0, session: 0, 'health-check': 0, catalog: 0, utility: 0 };
  const statements: CapturedStatement[] = [];
  for (const entry of entries) {
    const verdict = classifyStatement(entry.sql);
    if (verdict.kind === 'skip') {
      skipped[verdict.reason]++;
      continue;
    }
    const tagged = attribute(entry.sql, null);
    statements.push({ endpoint: entry.endpoint ?? tagged.endpoint, request: entry.request ?? tagged.request, sql: tagged.sql, params: entry.params });
  }
  return { statements, skipped };
}

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
export async function startCaptureSession(
  upstream: Upstream,
  options: { sharedBackend?: boolean; database?: string } = {},
): Promise<CaptureSession> {
  await loadModule();
  const recorder = new StatementRecorder();
  const refused: { sessionId: number; database: string }[] = [];
  const proxy = await startCaptureProxy({
    upstream,
    recorder,
    ...(options.sharedBackend && { sharedBackend: true }),
    ...(options.database !== undefined && { database: { served: options.database, onRefused: (sessionId, database) => refused.push({ sessionId, database }) } }),
  });
  return {
    host: proxy.host,
    port: proxy.port,
    async finish() {
      await proxy.close();
      return {
        statements: fromRecorded(recorder.statements),
        recorded: [...recorder.statements],
        skipped: { ...recorder.skipped },
        connections: proxy.connections,
        unreadable: [...recorder.unreadable],
        refused: [...refused],
      };
    },
  };
}
