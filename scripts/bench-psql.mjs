// What `npm run bench` compares pg-plan-gate with: a plain shell script that builds both sides
// with psql on the same machine, the way one would by hand. initdb and start a server (the same
// settings as engine server: fsync off, autovacuum off, shared_buffers 256MB, ...), createdb
// base and head, psql -f the side's schema and seed files, ANALYZE, psql EXPLAIN (FORMAT JSON)
// every query file; both sides at once (two cores), then stop the server and remove it.
// Parameters ($1) become NULL: psql has no values to bind, and PostgreSQL 15 no GENERIC_PLAN.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const TOOLS = ['initdb', 'pg_ctl', 'createdb', 'psql'];

/** PG_PLAN_GATE_BENCH_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else psql's directory; null when one is missing. */
export function findPsqlBin(env = process.env) {
  const complete = (dir) => dir && TOOLS.every((tool) => existsSync(join(dir, tool)));
  if (env.PG_PLAN_GATE_BENCH_PG_BIN) return complete(env.PG_PLAN_GATE_BENCH_PG_BIN) ? env.PG_PLAN_GATE_BENCH_PG_BIN : null;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const version of readdirSync(root)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a))) {
      if (complete(join(root, version, 'bin'))) return join(root, version, 'bin');
    }
  }
  const which = spawnSync('sh', ['-c', 'command -v psql'], { encoding: 'utf8' });
  const onPath = which.status === 0 ? dirname(which.stdout.trim()) : null;
  return complete(onPath) ? onPath : null;
}

/**
 * Write the script and each side's files (from git: `rev`'s db/ and queries/) under `dir/psql/`;
 * returns the script's path. `schemaFiles(names)` orders a side's schema files as the config does.
 */
export function writePsqlScript(dir, sides) {
  const root = join(dir, 'psql');
  for (const { name, rev } of sides) {
    const sideDir = join(root, name);
    mkdirSync(sideDir, { recursive: true });
    const archive = execFileSync('git', ['archive', rev, 'db', 'queries'], { cwd: dir, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', sideDir], { input: archive });
    const migrations = existsSync(join(sideDir, 'db/migrations'))
      ? readdirSync(join(sideDir, 'db/migrations'))
          .filter((file) => file.endsWith('.sql'))
          .sort()
      : [];
    const files = ['db/schema.sql', ...migrations.map((file) => `db/migrations/${file}`), 'db/seed.sql'];
    writeFileSync(join(sideDir, 'build.sql'), `${files.map((file) => `\\ir ${file}`).join('\n')}\nANALYZE;\n`);
    const queries = readdirSync(join(sideDir, 'queries'))
      .filter((file) => file.endsWith('.sql'))
      .sort();
    const explains = queries.map((file) => {
      const sql = readFileSync(join(sideDir, 'queries', file), 'utf8')
        .trim()
        .replace(/;\s*$/, '')
        .replace(/\$\d+/g, 'NULL');
      return `EXPLAIN (FORMAT JSON) ${sql};`;
    });
    writeFileSync(join(sideDir, 'explain.sql'), `${explains.join('\n')}\n`);
  }
  const script = join(root, 'build-both.sh');
  writeFileSync(
    script,
    `#!/bin/sh
# Build base and head with psql, as one would without pg-plan-gate; both sides at once.
set -eu
BIN=$1
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "\${TMPDIR:-/tmp}/pgpg-bench-psql-XXXXXX")
trap '"$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
"$BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
"$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w -o "-c listen_addresses= -c unix_socket_directories=$WORK -c port=5432 -c fsync=off -c full_page_writes=off -c autovacuum=off -c max_parallel_workers_per_gather=0 -c jit=off -c max_wal_size=4GB -c checkpoint_timeout=1h -c maintenance_work_mem=256MB -c shared_buffers=256MB" start >/dev/null
export PGHOST="$WORK" PGPORT=5432 PGUSER=postgres
side() {
  "$BIN/createdb" "$1"
  "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$HERE/$1/build.sql" >/dev/null
  "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$HERE/$1/explain.sql" >/dev/null
}
${sides.map(({ name }) => `side ${name} & ${name}_pid=$!`).join('\n')}
${sides.map(({ name }) => `wait $${name}_pid`).join('\n')}
"$BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null
`,
  );
  return script;
}

/** The postgres user's [uid, gid] when we are root (initdb refuses root), else null: run as ourselves. */
export function postgresUserIds() {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return asRoot ? ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())) : null;
}

/** Run the script (as the postgres user when root); its wall time in ms, or an error. */
export function runPsqlScript(script, bin) {
  const ids = postgresUserIds();
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('sh', [script, bin], {
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(ids && { uid: ids[0], gid: ids[1] }),
      env: { ...process.env, LC_ALL: 'C' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) =>
      resolve(status === 0 ? { ms: performance.now() - started } : { error: `exit ${status}: ${stderr.trim().split('\n').slice(-3).join(' ')}` }),
    );
  });
}
