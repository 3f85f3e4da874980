import type { Session } from '../database.ts';
import { ConfigValueError, errorMessage, oneLine } from '../../util/errors.ts';
import { rollbackQuietly } from './rollback.ts';

/** The relations of the user's schemas (not the catalogs, TOAST or temp schemas). */
export const USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";

/**
 * Session settings from the config: `settings:` (custom ones such as `app.current_tenant` that
 * column defaults and row-level security read, and built-in ones), applied before every file
 * and in the EXPLAIN session, and `planner:`. One the server rejects is an error naming its key.
 * `local` sets them for the current transaction only.
 */
export async function applySettings(
  session: Session,
  settings: Readonly<Record<string, string>> = {},
  key: 'settings' | 'planner' = 'settings',
  local = false,
): Promise<void> {
  for (const [name, value] of Object.entries(settings)) {
    try {
      await session.query(`SELECT set_config($1, $2, ${local})`, [name, value]);
    } catch (error) {
      await rollbackQuietly(session);
      throw new ConfigValueError(`${key}.${name}`, oneLine(errorMessage(error)));
    }
  }
}
