import { randomBytes } from 'node:crypto';
import { UserError, errorMessage, oneLine } from '../util/errors.ts';
import { startNativeServer, type NativeServer } from './native-server.ts';
import { buildOnServer } from './pg-database.ts';
import { connect } from './pg-session.ts';
import { describeConnection, parseConnectionString } from './connection.ts';
import { onInterrupt } from '../util/interrupt.ts';
import type { BuildInput, Engine } from './types.ts';

/**
 * engine: server — a throwaway native PostgreSQL from installed binaries. One server per run,
 * one database per side, built concurrently over two connections.
 */
export function serverEngine(findBin: () => Promise<string>, major?: number): Engine {
  let server: Promise<NativeServer> | undefined;
  const databases = new Set<{ close(): Promise<void> }>();
  const startServer = () => (server ??= findBin().then(startNativeServer));
  return {
    kind: 'server',
    async build(label: string, input: BuildInput) {
      const running = await startServer();
      const name = `pgpg_${label.replace(/\W/g, '_')}_${randomBytes(3).toString('hex')}`;
      const admin = await connect({ host: running.socketDir, port: running.port, user: running.user, database: 'postgres' });
      try {
        checkMajor(await versionOf(admin), major, `server.bin ${running.bin}`);
        await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
      } finally {
        await admin.end();
      }
      const built = await buildOnServer(label, input, { host: running.socketDir, port: running.port, user: running.user, database: name }, async () => {}, 'server');
      databases.add(built.database);
      return built;
    },
    async close() {
      await Promise.allSettled([...databases].map((database) => database.close()));
      databases.clear();
      if (server) await (await server.catch(() => null))?.stop();
      server = undefined;
    },
  };
}

/**
 * engine: url — an existing server (a workflow `services: postgres` container). Two scratch
 * databases with a unique prefix, dropped at the end even on failure; nothing else is touched.
 */
export function urlEngine(url: string, major?: number): Engine {
  const prefix = `pg_plan_gate_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const created = new Set<string>();
  const databases = new Set<{ close(): Promise<void> }>();
  const adminConnection = parseConnectionString(url);
  let stopListening: (() => void) | undefined;
  const engine: Engine = {
    kind: 'url',
    async build(label: string, input: BuildInput) {
      const name = `${prefix}_${label.replace(/\W/g, '_')}`;
      let admin;
      try {
        admin = await connect(adminConnection);
      } catch (error) {
        throw new UserError(`engine url: cannot connect to ${describeConnection(adminConnection)}: ${oneLine(errorMessage(error))}`);
      }
      try {
        checkMajor(await versionOf(admin), major, `the server at ${describeConnection(adminConnection)}`);
        await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
        created.add(name);
        // Ctrl-C or a cancelled job must not leave scratch databases on the user's server.
        stopListening ??= onInterrupt(() => engine.close());
      } catch (error) {
        if (error instanceof UserError) throw error;
        const message = oneLine(errorMessage(error));
        if (/permission denied/i.test(message)) {
          throw new UserError(`engine url: the role cannot create databases (${message}); grant it CREATEDB (ALTER ROLE ... CREATEDB) or use engine: server`);
        }
        throw new UserError(`engine url: CREATE DATABASE ${name} failed: ${message}`);
      } finally {
        await admin.end();
      }
      const built = await buildOnServer(label, input, { ...adminConnection, database: name }, async () => {}, 'url');
      databases.add(built.database);
      return built;
    },
    async close() {
      await Promise.allSettled([...databases].map((database) => database.close()));
      databases.clear();
      stopListening?.();
      stopListening = undefined;
      if (created.size === 0) return;
      const admin = await connect(adminConnection).catch(() => null);
      if (!admin) return;
      try {
        for (const name of created) {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${name}`));
        }
        created.clear();
      } finally {
        await admin.end();
      }
    },
  };
  return engine;
}

/** Plans differ between majors: gating on another major than the config asks for is an error, not a guess. */
function checkMajor(serverVersion: string, major: number | undefined, where: string): void {
  if (major === undefined) return;
  const actual = Number.parseInt(serverVersion, 10);
  if (actual !== major) throw new UserError(`postgres_version is ${major}, but ${where} runs PostgreSQL ${serverVersion}`);
}

async function versionOf(client: { query(sql: string): Promise<{ rows: Record<string, unknown>[] }> }): Promise<string> {
  return String((await client.query('SHOW server_version')).rows[0]?.server_version ?? 'unknown');
}
