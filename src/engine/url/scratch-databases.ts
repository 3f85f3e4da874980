import { randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * engine url's scratch databases: `pg_plan_gate_<creation time, ms in base 36>_<random>_<side>`.
 * A run killed with SIGKILL cannot drop its own; the next run on the server drops those older
 * than a day that nobody is connected to (a run still going has its connections open).
 */
const SCRATCH_NAME = /^pg_plan_gate_([0-9a-z]+)_[0-9a-f]{6}_/;
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

export function scratchPrefix(now = Date.now()): string {
  return `pg_plan_gate_${now.toString(36)}_${randomBytes(3).toString('hex')}`;
}

/** Drops abandoned scratch databases; returns their names, for the log. */
export async function dropAbandonedScratchDatabases(admin: pg.Client, now = Date.now()): Promise<string[]> {
  const { rows } = await admin.query(`
    SELECT d.datname AS name FROM pg_database d
    WHERE d.datname LIKE 'pg\\_plan\\_gate\\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`);
  const dropped: string[] = [];
  for (const { name } of rows as { name: string }[]) {
    const created = SCRATCH_NAME.exec(name);
    if (!created || now - Number.parseInt(created[1]!, 36) < ABANDONED_AFTER_MS) continue;
    // Without FORCE: a session that connected since keeps it. Another role's database stays too.
    const ok = await admin.query(`DROP DATABASE IF EXISTS "${name}"`).then(
      () => true,
      () => false,
    );
    if (ok) dropped.push(name);
  }
  return dropped;
}
