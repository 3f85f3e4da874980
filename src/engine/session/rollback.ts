import type { Session } from '../database.ts';

/**
 * Ends whatever transaction a failed statement, a trial or a schema command left open. A
 * ROLLBACK that fails itself is not reported: it fails only when the session is gone, and then
 * the statement's own failure, which the caller reports, or the next call on the lost session,
 * says more than it would.
 */
export async function rollbackQuietly(session: Pick<Session, 'exec'>): Promise<void> {
  try {
    await session.exec('ROLLBACK');
  } catch {
    // See above: the caller's failure is the one worth reporting.
  }
}
