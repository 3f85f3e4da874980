import { randomBytes } from 'node:crypto';
import { startNativeServer, type NativeServer } from './native-server.ts';
import { buildOnServer } from './pg-database.ts';
import { connect } from './pg-session.ts';
import { checkMajor, versionOf } from './server-version.ts';
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
