import { loadModule } from 'libpg-query';
import type { CapturedStatement } from './analyze.ts';
import { classifyStatement, type NoiseReason } from './classify.ts';
import type { LoggedStatement } from './jsonl.ts';
import { StatementRecorder, type ExecutedStatement, type SkipReason } from './protocol.ts';
import { startCaptureProxy, type Upstream } from './proxy.ts';
import { attribute, endpointOf, UNTAGGED } from './sqlcommenter.ts';
import { isConnectionReset, tagRequests } from './boundaries.ts';

/** The two capture sources — the wire (proxy + recorder) and a JSONL query log — as statements. */

/**
 * Statements recorded off the wire, attributed by their tags and their session's
 * application_name; without a request id of their own, runs of endpoint tags on a connection
 * are requests (./boundaries.ts).
 */
export function fromRecorded(records: readonly ExecutedStatement[], resets?: ReadonlyMap<number, readonly number[]>): CapturedStatement[] {
  const attributed = records.map((record) => ({ record, ...attribute(record.sql, record.applicationName) }));
  const byTags = tagRequests(
    attributed.map(({ record, request, tags }) => {
      const tagged = endpointOf(tags, null);
      return { connection: record.sessionId, seq: record.seq, request, taggedEndpoint: tagged === UNTAGGED ? null : tagged };
    }),
    resets,
  );
  return attributed.map(({ record, endpoint, request, sql }, index) => {
    const fromTags = byTags[index] ?? null;
    return fromTags === null ? { endpoint, request, sql, params: record.params } : { endpoint, request: fromTags, boundary: 'tags' as const, sql, params: record.params };
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
    ...(options.database !== undefined && { database: { served: options.database, onRefused: (sessionId, database) => refused.push({ sessionId, database }) } }),
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
