import { join } from 'node:path';
import type pg from 'pg';
import { buildForOrigin, originOf } from '../build/origin.ts';
import { prepareExplainSession, sessionDatabase } from '../session/explain-session.ts';
import { withExtensionAdvice } from '../build/extensions.ts';
import { growRelationFile, relationFileSize } from '../build/sparse-files.ts';
import { connectionEnvironment, type CommandTargetMaker } from '../build/schema-command.ts';
import { connect, pgSession } from './pg-session.ts';
import { quoteIdent } from '../../util/sql.ts';
import type { BuildInput, BuiltDatabase, Prebuilt, Session } from '../database.ts';
import { noopAsync } from '../../util/ignore.ts';
import { scalarText } from '../../util/text.ts';

/** A side built on a native server, and how to let go of its database for a moment. */
export interface ServerBuilt extends BuiltDatabase {
  /**
   * Disconnect the EXPLAIN session, run `whileAway` (CREATE DATABASE ... TEMPLATE needs the
   * template to have no sessions), connect again and set the session up as before: to the same
   * database, or to `moveTo` (a copy `whileAway` made, so that the built one stays untouched).
   */
  suspend: <T>(whileAway: () => Promise<T>, moveTo?: string) => Promise<T>;
}

/**
 * Build one side in a database of a native server and keep the connection for EXPLAIN.
 * `prebuilt`: the database already holds a built one (the fixture cache), or a copy of base's
 * (`increment`: head's new schema files run on it).
 */
export async function buildOnServer(
  label: string,
  input: BuildInput,
  connection: pg.ClientConfig,
  onClose: () => Promise<void>,
  kind: 'server' | 'url',
  prebuilt?: Prebuilt,
  /** The server's data directory, where it is ours (engine server): production statistics grow its files. */
  files?: { dataDir: string; owner?: { uid: number; gid: number } },
): Promise<ServerBuilt> {
  const started = performance.now();
  let client = await connect(connection);
  let current = connection;
  const startMs = performance.now() - started;
  // The session goes to whichever client is current: suspend() replaces it.
  let clientSession = pgSession(client);
  const session: Session = {
    exec: (sql) => clientSession.exec(sql),
    query: (sql, params) => clientSession.query(sql, params),
    copyFrom: (sql, data) => clientSession.copyFrom(sql, data),
  };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.end().catch(() => {
      // The connection is being dropped either way; a failed goodbye changes nothing.
    });
    await onClose();
  };
  try {
    // A command's connections are new sessions too: they get the settings from the start.
    const commands = input.files.some((file) => file.command);
    if (commands) await settingsForNewConnections(session, input.settings ?? {});
    const options = { commandTarget: serverCommandTarget(connection) };
    const { timings, warnings, notes } = await buildForOrigin(prebuilt, session, label, input, undefined, options);
    const server = await prepareExplainSession(session, input.planner, input.settings);
    await settingsForNewConnections(session, input.settings ?? {});
    const database = sessionDatabase(session, server, {
      async expose() {
        const host = connection.host ?? 'localhost';
        const port = Number(connection.port ?? 5432);
        return {
          upstream: host.startsWith('/') ? { path: `${host}/.s.PGSQL.${port}` } : { host, port },
          user: scalarText((await session.exec('SELECT current_user AS name'))[0]?.name ?? connection.user ?? 'postgres'),
          database: current.database ?? 'postgres',
          ...(typeof connection.password === 'string' && { password: connection.password }),
          stop: noopAsync,
        };
      },
      // The scratch database is this run's alone: what a capture command left running on its
      // own connections (a query in the background) is ended, not left to hold locks.
      resetSession: async () =>
        void (await session.exec(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()',
        )),
      close,
      explainTimeoutMs: input.explainTimeoutMs,
      ...(files && {
        relationFiles: {
          size: (path: string, segmentBytes: number) => relationFileSize(join(files.dataDir, path), segmentBytes),
          grow: (path: string, bytes: number, segmentBytes: number) => growRelationFile(join(files.dataDir, path), bytes, segmentBytes, files.owner),
        },
      }),
    });
    const suspend = async <T>(whileAway: () => Promise<T>, moveTo?: string): Promise<T> => {
      await client.end();
      let movedTo: string | undefined;
      try {
        const result = await whileAway();
        movedTo = moveTo;
        return result;
      } finally {
        if (movedTo) current = { ...connection, database: movedTo };
        client = await connect(current);
        clientSession = pgSession(client);
        await prepareExplainSession(session, input.planner, input.settings);
        // ALTER DATABASE ... SET is kept per database: CREATE DATABASE ... TEMPLATE does not copy it.
        if (movedTo) await settingsForNewConnections(session, input.settings ?? {});
      }
    };
    return { database, timings: { startMs, ...timings }, warnings, notes, origin: originOf(prebuilt), suspend };
  } catch (error) {
    await close();
    throw withExtensionAdvice(error, kind);
  }
}

/** A schema or seed command connects as the build does: the server's socket or host, the same user and database. */
function serverCommandTarget(connection: pg.ClientConfig): CommandTargetMaker {
  return () =>
    Promise.resolve({
      env: connectionEnvironment({
        host: connection.host ?? 'localhost',
        port: Number(connection.port ?? 5432),
        user: String(connection.user ?? 'postgres'),
        database: String(connection.database ?? 'postgres'),
        ...(typeof connection.password === 'string' && { password: connection.password }),
      }),
      stop: noopAsync,
    });
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

/**
 * `CREATE DATABASE name TEMPLATE source`: a copy of a built database, statistics included
 * (pg_statistic is a catalog of the database, copied with it). From PostgreSQL 15 on, by
 * copying its files (STRATEGY FILE_COPY, the behaviour before 15): 0.4 s against WAL_LOG's
 * 0.85 s for a 160 MB database, measured on a 2-core machine.
 */
export async function createFromTemplate(admin: pg.Client, name: string, template: string): Promise<void> {
  const version = Number((await admin.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]?.server_version_num ?? 0);
  await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}${version >= 150000 ? ' STRATEGY FILE_COPY' : ''}`);
}
