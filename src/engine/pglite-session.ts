import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { buildDatabase, prepareExplainSession } from './build.ts';
import type { BuildTimings, Session, SqlFile } from './types.ts';

/**
 * A fresh PGlite database. initdb costs ~3 s of WASM; a data directory made by
 * `npm run template` (shipped in dist/) loads in ~0.5 s instead.
 */
export async function openPglite(): Promise<PGlite> {
  const template = findTemplate();
  return PGlite.create({
    relaxedDurability: true,
    // zlib here is native and ~10× faster than PGlite's own decompression in JS.
    ...(template && { loadDataDir: new Blob([gunzipSync(readFileSync(template))]) }),
  });
}

export const TEMPLATE_FILE = 'pglite-template.tar.gz';

function findTemplate(): string | null {
  if (process.env.PG_PLAN_GATE_NO_TEMPLATE) return null;
  // Next to the bundle in dist/, or in assets/ when running from source.
  for (const candidate of [`./${TEMPLATE_FILE}`, `../../assets/${TEMPLATE_FILE}`]) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

export function pgliteSession(db: PGlite): Session {
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

/** A fresh PGlite built from the files and ready for EXPLAIN; closed again if the build fails. */
export async function buildPglite(label: string, files: SqlFile[]): Promise<{ db: PGlite; session: Session; serverVersion: string; timings: BuildTimings }> {
  const started = performance.now();
  const db = await openPglite();
  const startMs = performance.now() - started;
  const session = pgliteSession(db);
  try {
    const timings = await buildDatabase(session, label, files);
    const serverVersion = await prepareExplainSession(session);
    return { db, session, serverVersion, timings: { startMs, ...timings } };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
