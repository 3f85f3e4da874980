import pg from 'pg';
import { UserError, errorMessage, oneLine } from '../../util/errors.ts';
import { onInterrupt } from '../../util/interrupt.ts';
import { SQLSTATE, sqlstateOf } from '../failure.ts';
import { describeConnection, parseConnectionString } from '../pg/connection.ts';
import { buildOnServer, createFromTemplate, type ServerBuilt } from '../pg/pg-database.ts';
import { copyOfBase } from '../build/from-base.ts';
import { connect } from '../pg/pg-session.ts';
import { dropAbandonedScratchDatabases, scratchPrefix } from './scratch-databases.ts';
import { checkMajor, versionOf } from '../pg/server-version.ts';
import type { BuildInput, BuiltDatabase, Database, Engine, Prebuilt } from '../database.ts';
import { noop, noopAsync } from '../../util/ignore.ts';

/**
 * How long closing waits for a CREATE DATABASE it cancelled to end. A cancel is honoured at
 * once while the statement waits or copies; only one already committing can outlast it.
 */
const IN_FLIGHT_DDL_WAIT_MS = 10_000;

/**
 * engine: url — an existing server (a workflow `services: postgres` container). Two scratch
 * databases with a unique prefix, dropped at the end even on failure or a signal; nothing
 * else is touched.
 */
export function urlEngine(url: string, major?: number, log: (message: string) => void = noop): Engine {
  const prefix = scratchPrefix();
  const adminConnection = parseConnectionString(url);
  // Every name a CREATE DATABASE was sent for, from before it is sent: the server finishes a
  // CREATE whose client went away, so what was sent is dropped (IF EXISTS) whatever happened.
  const created = new Set<string>();
  // CREATE DATABASE statements still running → the backend running each, to cancel on close.
  const inFlight = new Map<Promise<unknown>, number>();
  const databases = new Set<{ close(): Promise<void> }>();
  // Each built database's name and its build: an incremental head is a copy of base's.
  const homes = new Map<Database, { name: string; built: ServerBuilt; label: string }>();
  let stopListening: (() => void) | undefined;
  let closing: Promise<void> | undefined;
  let swept = false;

  /** A scratch database: empty (template0), or a copy of `template` (incremental head). */
  async function createDatabase(label: string, name: string, template?: string): Promise<void> {
    let admin;
    try {
      admin = await connect(adminConnection);
    } catch (error) {
      throw new UserError(`engine url: cannot connect to ${describeConnection(adminConnection)}: ${oneLine(errorMessage(error))}`);
    }
    try {
      checkMajor(await versionOf(admin), major, `the server at ${describeConnection(adminConnection)}`);
      if (!swept) {
        swept = true;
        for (const name of await dropAbandonedScratchDatabases(admin)) log(`dropped ${name}: a scratch database over a day old that a killed run left`);
      }
      const backend = Number((await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid);
      // Closing began (a signal, the other side failed): create nothing more.
      if (closing) throw new UserError(`${label}: build stopped`);
      // Ctrl-C or a cancelled job must not leave scratch databases on the user's server.
      stopListening ??= onInterrupt(() => engine.close());
      created.add(name);
      const creating = template ? createFromTemplate(admin, name, template) : admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
      inFlight.set(creating, backend);
      try {
        await creating;
      } catch (error) {
        // The server answered with an error: the database was not created. A lost connection
        // says nothing about it, and the name stays to be dropped.
        if (error instanceof pg.DatabaseError) created.delete(name);
        throw error;
      } finally {
        inFlight.delete(creating);
      }
    } catch (error) {
      if (error instanceof UserError) throw error;
      const message = oneLine(errorMessage(error));
      if (sqlstateOf(error) === SQLSTATE.insufficientPrivilege) {
        throw new UserError(`engine url: the role cannot create databases (${message}); grant it CREATEDB (ALTER ROLE ... CREATEDB) or use engine: server`);
      }
      throw new UserError(`engine url: CREATE DATABASE ${name} failed: ${message}`);
    } finally {
      await admin.end();
    }
  }

  async function dropScratchDatabases(): Promise<void> {
    await Promise.allSettled([...databases].map((database) => database.close()));
    databases.clear();
    homes.clear();
    const admin = await connect(adminConnection).catch(() => null);
    try {
      await settleInFlight(admin);
      if (!admin) return;
      for (const name of created) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${name}`));
        created.delete(name);
      }
    } finally {
      // The scratch databases are dropped above; a failed goodbye to the admin connection changes nothing.
      await admin?.end().catch(noop);
      stopListening?.();
    }
  }

  /** Cancel the CREATE DATABASE statements still running and wait (bounded) until each has ended. */
  async function settleInFlight(admin: pg.Client | null): Promise<void> {
    if (inFlight.size === 0) return;
    const statements = [...inFlight];
    // A statement that ended meanwhile cannot be cancelled, which is as good; the wait below is bounded either way.
    for (const [, backend] of statements) await admin?.query('SELECT pg_cancel_backend($1)', [backend]).catch(noop);
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise((resolve) => (timer = setTimeout(resolve, IN_FLIGHT_DDL_WAIT_MS)));
    await Promise.race([Promise.allSettled(statements.map(([statement]) => statement)), limit]);
    clearTimeout(timer);
  }

  async function buildIn(label: string, input: BuildInput, name: string, prebuilt?: Prebuilt): Promise<BuiltDatabase> {
    const { suspend, ...built } = await buildOnServer(label, input, { ...adminConnection, database: name }, noopAsync, 'url', prebuilt);
    if (closing) {
      await built.database.close();
      throw new UserError(`${label}: build stopped`);
    }
    databases.add(built.database);
    homes.set(built.database, { name, built: { ...built, suspend }, label });
    return built;
  }

  const engine: Engine = {
    kind: 'url',
    async build(label: string, input: BuildInput) {
      const name = `${prefix}_${label.replace(/\W/g, '_')}`;
      await createDatabase(label, name);
      return buildIn(label, input, name);
    },
    async buildFrom(label: string, openBase: () => Promise<BuiltDatabase>, input: BuildInput) {
      const name = `${prefix}_${label.replace(/\W/g, '_')}`;
      // The template may have no sessions: base's EXPLAIN session steps out meanwhile.
      const { prebuilt, copyMs } = await copyOfBase(label, openBase, homes, (home) => home.built.suspend(() => createDatabase(label, name, home.name)));
      const built = await buildIn(label, input, name, prebuilt);
      return { ...built, timings: { ...built.timings, startMs: built.timings.startMs + copyMs } };
    },
    // Once, whoever asks first (the signal handler or the gate's own end): both wait for the same drop.
    close() {
      closing ??= dropScratchDatabases();
      return closing;
    },
  };
  return engine;
}
