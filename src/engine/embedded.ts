import { PGlite } from '@electric-sql/pglite';
import { buildDatabase, explainOn, prepareExplainSession, relationRowsOn } from './build.ts';
import type { Database, Engine, Session, SqlFile } from './types.ts';

function pgliteSession(db: PGlite): Session {
  return {
    async exec(sql) {
      const results = await db.exec(sql);
      return (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[];
    },
    async query(sql, params) {
      return (await db.query<Record<string, unknown>>(sql, params)).rows;
    },
    async copyFrom(sql, data) {
      await db.query(sql.replace(/\bFROM\s+STDIN\b/i, "FROM '/dev/blob'"), [], { blob: new Blob([data]) });
    },
  };
}

/** PostgreSQL compiled to WASM, in this process: zero setup, one fresh instance per build. */
export function embeddedEngine(): Engine {
  const open = new Set<PGlite>();
  return {
    kind: 'embedded',
    async build(label: string, files: SqlFile[]) {
      const started = performance.now();
      const db = await PGlite.create({ relaxedDurability: true });
      open.add(db);
      const startMs = performance.now() - started;
      const session = pgliteSession(db);
      try {
        const timings = await buildDatabase(session, label, files);
        const serverVersion = await prepareExplainSession(session);
        const database: Database = {
          serverVersion,
          explain: (request) => explainOn(session, request),
          relationRows: () => relationRowsOn(session),
          async close() {
            open.delete(db);
            await db.close();
          },
        };
        return { database, timings: { startMs, ...timings } };
      } catch (error) {
        open.delete(db);
        await db.close().catch(() => {});
        throw error;
      }
    },
    async close() {
      await Promise.allSettled([...open].map((db) => db.close()));
      open.clear();
    },
  };
}
