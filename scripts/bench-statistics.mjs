// npm run bench -- --production-statistics: a "production" of the benchmark schema on a native
// PostgreSQL (psql, as bench-psql.mjs builds its sides) with 200 rows in every table and
// partition, analyzed, and its statistics exported with the bundled CLI's export-statistics.
// That is the 2,000-table file issue 24 measures applying (about 15,000 pg_stats rows).
// Building it takes a minute, so the file is kept in the system's temporary directory under a
// digest of the schema, the production seed and the CLI bundle, and reused by later benches.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresUserIds } from './bench-psql.mjs';

const ROWS = 200;

/** 200 rows in every table that holds rows (plain tables and partitions), the same for every run. */
export function productionSeed(schema) {
  const tables = [...schema.matchAll(/^CREATE TABLE public\.(\w+) \(\n([\s\S]*?)\n\)(?:\nPARTITION BY)?/gm)];
  const out = ['SELECT setseed(0.24);'];
  for (const [, name, body] of tables) {
    if (/^p\d+$/.test(name)) {
      // A partitioned parent: its rows spread over its partitions by created_at.
      out.push(`INSERT INTO public.${name} (id, account_id, status, amount, created_at, note)
SELECT g, 1 + (random() * 999)::int, (ARRAY['open', 'paid', 'shipped', 'closed'])[1 + (g % 10 = 0)::int + (g % 3 = 0)::int], round((random() * 500)::numeric, 2),
       timestamptz '2024-01-01' + random() * interval '360 days', 'note ' || g FROM generate_series(1, ${ROWS * 5}) g;`);
      continue;
    }
    const payload = /\bpayload jsonb\b/.test(body) ? ", jsonb_build_object('k', g % 7)" : '';
    out.push(`INSERT INTO public.${name} (id, account_id, status, amount, created_at, note, ref_id${payload ? ', payload' : ''})
SELECT g, 1 + (random() * 999)::int, (ARRAY['open', 'paid', 'shipped', 'closed'])[1 + (g % 10 = 0)::int + (g % 3 = 0)::int], round((random() * 500)::numeric, 2),
       timestamptz '2024-01-01' + random() * interval '360 days', 'note ' || g, 1 + g % 50${payload} FROM generate_series(1, ${ROWS}) g;`);
  }
  out.push('ANALYZE;');
  return `${out.join('\n')}\n`;
}

/**
 * The exported file for `schema` (path of a kept copy), built with the PostgreSQL binaries in
 * `bin` and exported with `cli`. Runs as the postgres user when root (initdb refuses root).
 */
export function productionStatisticsFile(schema, bin, cli) {
  const seed = productionSeed(schema);
  const digest = createHash('sha256').update(schema).update(seed).update(readFileSync(cli)).digest('hex').slice(0, 16);
  const kept = join(tmpdir(), `pg-plan-gate-bench-statistics-${digest}.json`);
  if (existsSync(kept)) return { path: kept, built: false };
  const work = mkdtempSync(join(tmpdir(), 'pg-plan-gate-bench-production-'));
  chmodSync(work, 0o777);
  try {
    writeFileSync(join(work, 'schema.sql'), schema);
    writeFileSync(join(work, 'seed.sql'), seed);
    writeFileSync(
      join(work, 'build.sh'),
      `#!/bin/sh
set -eu
BIN=$1 WORK=$2 CLI=$3 NODE=$4
trap '"$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true' EXIT
"$BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
"$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w -o "-c listen_addresses= -c unix_socket_directories=$WORK -c port=5432 -c fsync=off -c full_page_writes=off -c autovacuum=off -c max_wal_size=4GB -c shared_buffers=256MB" start >/dev/null
export PGHOST="$WORK" PGPORT=5432 PGUSER=postgres
"$BIN/psql" -X -q -v ON_ERROR_STOP=1 -d postgres -f "$WORK/schema.sql" >/dev/null
"$BIN/psql" -X -q -v ON_ERROR_STOP=1 -d postgres -f "$WORK/seed.sql" >/dev/null
"$NODE" "$CLI" export-statistics --url "postgresql://postgres@localhost/postgres?host=$WORK&port=5432" --out "$WORK/production-statistics.json" >/dev/null
"$BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null
`,
    );
    const ids = postgresUserIds();
    const result = spawnSync('sh', [join(work, 'build.sh'), bin, work, cli, process.execPath], {
      encoding: 'utf8',
      ...(ids && { uid: ids[0], gid: ids[1] }),
      env: { ...process.env, LC_ALL: 'C' },
    });
    if (result.status !== 0)
      throw new Error(`production statistics: the build failed (exit ${result.status}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    copyFileSync(join(work, 'production-statistics.json'), kept);
    return { path: kept, built: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
