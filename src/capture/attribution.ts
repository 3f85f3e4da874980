import type { CapturedStatement } from './analyze.ts';
import { classifyStatement, type NoiseReason } from './classify.ts';
import type { LoggedStatement } from './jsonl.ts';
import type { ExecutedStatement } from './recorder.ts';
import { attribute, endpointOf, UNTAGGED } from './sqlcommenter.ts';
import { tagRequests } from './boundaries.ts';

/** The two capture sources — the wire (proxy + recorder) and a JSONL query log — as attributed statements. */

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
    return fromTags === null
      ? { endpoint, request, sql, params: record.params }
      : { endpoint, request: fromTags, boundary: 'tags' as const, sql, params: record.params };
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
