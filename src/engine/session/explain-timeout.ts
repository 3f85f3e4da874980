import { SQLSTATE } from '../failure.ts';
import type { ExplainOutcome, Session } from '../database.ts';
import { scalarText } from '../../util/text.ts';

/** The same query-error on every engine, naming the key that sets the bound; `code` when the server's statement_timeout said so. */
export function explainTimedOut(timeoutMs: number, code?: string): ExplainOutcome {
  return { ok: false, error: `EXPLAIN took longer than explain_timeout_seconds (${timeoutMs / 1000} s)`, kind: 'timeout', ...(code && { code }) };
}

/**
 * A native server's own bound: statement_timeout around each EXPLAIN, then back to the
 * session's value (the user's `settings:` may set one for the capture command's sessions).
 */
export function statementTimeout(session: Session, timeoutMs: number) {
  let saved: string | undefined;
  return async (explain: () => Promise<ExplainOutcome>): Promise<ExplainOutcome> => {
    saved ??= scalarText((await session.exec('SHOW statement_timeout'))[0]?.statement_timeout ?? '0');
    await session.exec(`SET statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
    try {
      const outcome = await explain();
      // The statement_timeout set above, not a lock_timeout or a cancel of the user's settings.
      return !outcome.ok && outcome.code === SQLSTATE.queryCanceled ? explainTimedOut(timeoutMs, outcome.code) : outcome;
    } finally {
      await session.exec(`SET statement_timeout = '${saved.replace(/'/g, "''")}'`);
    }
  };
}
