import type pg from 'pg';
import { buildDatabase } from './build.ts';
import { prepareExplainSession, sessionDatabase } from './explain-session.ts';
import { withExtensionAdvice } from './extensions.ts';
import { connect, pgSession } from './pg-session.ts';
import { quoteIdent } from '../util/sql.ts';
import type { BuildInput, BuiltDatabase, Session } from './types.ts';

/** Build one side in a fresh database of a native server and keep the connection for EXPLAIN. */
export async function buildOnServer(
  label: string,
  input: BuildInput,
  connection: pg.ClientConfig,
  onClose: () => Promise<void>,
  kind: 'server' | 'url',
): Promise<BuiltDatabase> {
  const started = performance.now();
  const client = await connect(connection);
  const startMs = performance.now() - started;
  const session = pgSession(client);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.end().catch(() => {});
    await onClose();
  };
  try {
    const { timings, warnings, notes } = await buildDatabase(session, label, input);
    const server = await prepareExplainSession(session, input.planner, input.settings);
    await settingsForNewConnections(session, input.settings ?? {});
    const database = sessionDatabase(session, server, {
      async expose() {
        const host = connection.host ?? 'localhost';
        const port = Number(connection.port ?? 5432);
        return {
          upstream: host.startsWith('/') ? { path: `${host}/.s.PGSQL.${port}` } : { host, port },
          user: String((await session.exec('SELECT current_user AS name'))[0]?.name ?? connection.user ?? 'postgres'),
          database: connection.database ?? 'postgres',
          ...(typeof connection.password === 'string' && { password: connection.password }),
          stop: async () => {},
        };
      },
      // The scratch database is this run's alone: what a capture command left running on its
      // own connections (a query in the background) is ended, not left to hold locks.
      resetSession: async () =>
        void (await session.exec('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()')),
      close,
      explainTimeoutMs: input.explainTimeoutMs,
    });
    return { database, timings: { startMs, ...timings }, warnings, notes, origin: 'fresh' };
  } catch (error) {
    await close();
    throw withExtensionAdvice(error, kind);
  }
}

/**
 * A capture command's connections are new sessions of this scratch database: they get the
 * config's `settings:` as database defaults (the database is ours, created for this run).
 */
async function settingsForNewConnections(session: Session, settings: Readonly<Record<string, string>>): Promise<void> {
  const names = Object.keys(settings);
  if (names.length === 0) return;
  const rows = await session.exec('SELECT current_database() AS name');
  const database = quoteIdent(String(rows[0]?.name));
  for (const name of names) {
    const value = settings[name]!.replace(/'/g, "''");
    await session.exec(`ALTER DATABASE ${database} SET ${name.split('.').map(quoteIdent).join('.')} = '${value}'`);
  }
}
