// npm run bench: the gate as a user runs it, timed and its memory measured.
//   --schema orders (default): a 1M-row table plus a 50,000-row table, 100 query files.
//   --schema wide: a generated 2,000-table, 8,000-index schema (partitions, views), 10 tables
//     seeded (475,000 rows), 200 queries (scripts/bench-wide.mjs).
//   --schema app: the same generator at an application's size: 200 tables, 100,000 rows, 100 queries.
// Head changes one query (exit 1 expected; schema and seed are identical, so the database is
// built once). --aa: head is base plus a comment at the end of the seed instead, so both sides
// are built, and exit 0 with no findings is expected.
// --migration: head adds a migration (an index on a seeded table) instead: an incremental head.
// With --warm (unless --aa), run 0 is main's push (base against itself) and fills the cache;
//   every counted run starts from a copy of that cache, as a pull request's first push does:
//   a warm base plus an incremental head, or a database whose remembered answers lack the
//   changed query. With --aa --warm every run starts from the same cache (a re-run).
// --cold-cache: every run starts with an empty fixture cache and fills it (a cold run as users
//   have it: the cache is on by default); without --warm or --cold-cache every run builds with --no-cache.
// --warm: a first, cold run fills a fresh fixture cache (printed as run 0, not in the medians),
// then every run starts from it. Without --warm every run builds (--no-cache).
// --production-statistics (wide or app): production_statistics: in the config, a file exported from a
//   production of the same schema with 200 rows in every table (scripts/bench-statistics.mjs);
//   the productionStatistics stage is the time applying it took (both sides at once).
// Side by side (unless --no-script, or when no psql/initdb is found): a plain shell script that
// builds both sides with psql on the same machine (scripts/bench-psql.mjs), run once after each
// counted run; the medians and gate/script are printed (the issue's goals: warm A/A ≤ 0.15×,
// incremental head on a warm base ≤ 0.35×).
// Runs the bundled CLI (dist/cli.js, or --cli FILE) and prints the per-stage times from its JSON report and
// its peak memory (scripts/bench-memory.mjs): node's peak RSS (main thread and worker threads:
// the embedded engine's PGlite instances live in it) and, with engine server, the PostgreSQL
// processes' peak summed RSS and PSS.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gnuTime, mb, sampleTree, timeMaxRssKb } from './bench-memory.mjs';
import { findPsqlBin, runPsqlScript, writePsqlScript } from './bench-psql.mjs';
import { productionStatisticsFile } from './bench-statistics.mjs';
import { APP, WIDE, WIDE_HEAD_CHANGE, wideQuery, wideSchema, wideSeed } from './bench-wide.mjs';

const { values } = parseArgs({
  options: {
    schema: { type: 'string', default: 'orders' },
    rows: { type: 'string', default: '1000000' },
    queries: { type: 'string' },
    runs: { type: 'string', default: '1' },
    engine: { type: 'string', default: 'embedded' },
    aa: { type: 'boolean', default: false },
    // measure: false in the config: what measured work (EXPLAIN ANALYZE on both sides) adds to a run.
    'no-measure': { type: 'boolean', default: false },
    // advice: false in the config: what index advice (a real CREATE INDEX per candidate) adds to a run.
    'no-advice': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    'cold-cache': { type: 'boolean', default: false },
    migration: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-script': { type: 'boolean', default: false },
    cli: { type: 'string' },
    'production-statistics': { type: 'boolean', default: false },
  },
});
if (!['orders', 'wide', 'app'].includes(values.schema)) throw new Error(`--schema orders|wide|app, not ${values.schema}`);
// app is the wide generator at 1/10 of its size; its 100 queries are every other one of wide's 200.
const generated = { wide: WIDE, app: APP }[values.schema];
const wide = Boolean(generated);
if (values['production-statistics'] && !wide) throw new Error('--production-statistics needs --schema wide or app');
const rows = Number(values.rows);
const queryCount = Number(values.queries ?? (values.schema === 'orders' ? 100 : generated === APP ? 100 : 200));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --cli: another bundle of the CLI (e.g. one built from an experimental branch into another directory).
const cli = values.cli ?? join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'pg-plan-gate-bench-'));
// engine server runs PostgreSQL as an unprivileged user when started as root; it only reads the repo through git here.
chmodSync(dir, 0o755);

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const git = (...args) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
const write = (path, text) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

const queryText = (i) => {
  const shapes = [
    `SELECT * FROM orders WHERE id = ${i + 1}`,
    `SELECT count(*) FROM orders WHERE customer_id = ${i * 37}`,
    `SELECT id, total FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20`,
    `SELECT status, count(*) FROM orders WHERE created_at >= '2024-0${1 + (i % 9)}-01' AND created_at < '2024-0${1 + (i % 9)}-08' GROUP BY status`,
    `SELECT c.name, sum(o.total) FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.id = ${i} GROUP BY c.name`,
  ];
  return shapes[i % shapes.length];
};

const ordersSchema = `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id int NOT NULL,
  status text NOT NULL,
  total numeric(10, 2) NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at);
CREATE INDEX orders_created_idx ON orders (created_at);
`;
const ordersSeed = `INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 50000) g;
INSERT INTO orders
SELECT g, 1 + (random() * 49999)::int, (ARRAY['new', 'paid', 'shipped', 'returned'])[1 + (random() * 3)::int],
       round((random() * 500)::numeric, 2), timestamptz '2024-01-01' + random() * interval '270 days'
FROM generate_series(1, ${rows}) g;
`;

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The CLI under /usr/bin/time -v when there is one, its process tree sampled meanwhile. */
function runCli(args) {
  const time = gnuTime();
  const [command, argv] = time ? [time, ['-v', process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = sampleTree(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const memory = sampler.stop();
      const timeKb = timeMaxRssKb(stderr);
      if (time) stderr = stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, '\n');
      resolve({ status, stdout, stderr, memory: { ...memory, timeKb } });
    });
  });
}

try {
  git('init', '-q', '-b', 'main');
  const statisticsLine = values['production-statistics'] ? 'production_statistics: .pg-plan-gate/production-statistics.json\n' : '';
  write(
    'pg-plan-gate.yml',
    `engine: ${values.engine}\n${statisticsLine}${values['no-measure'] ? 'measure: false\n' : ''}${values['no-advice'] ? 'advice: false\n' : ''}schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
  );
  const seed = wide ? wideSeed(generated) : ordersSeed;
  write('db/schema.sql', wide ? wideSchema(generated) : ordersSchema);
  if (values['production-statistics']) {
    const bin = findPsqlBin();
    if (!bin) throw new Error('--production-statistics builds production with initdb and psql: none found (PG_PLAN_GATE_BENCH_PG_BIN)');
    const started = performance.now();
    const file = productionStatisticsFile(wideSchema(generated), bin, cli);
    process.stderr.write(
      `bench: production statistics ${file.built ? `built and exported in ${((performance.now() - started) / 1000).toFixed(1)} s` : 'reused'} (${file.path})\n`,
    );
    write('.pg-plan-gate/production-statistics.json', readFileSync(file.path, 'utf8'));
  }
  write('db/seed.sql', seed);
  for (let i = 0; i < queryCount; i++)
    write(`queries/q${String(i).padStart(3, '0')}.sql`, `${wide ? wideQuery(generated === APP ? i * 2 : i, generated) : queryText(i)}\n`);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  if (values.migration) {
    write(
      'db/migrations/0001_add_index.sql',
      wide ? 'CREATE INDEX t0001_status_idx ON t0001 (status);\n' : 'CREATE INDEX orders_status_idx ON orders (status);\n',
    );
    git('add', '-A');
    git('commit', '-q', '-m', 'head: a migration adds an index');
  } else if (values.aa) {
    write('db/seed.sql', `${seed}-- head: the same seed, byte-different, so both sides are built\n`);
    git('commit', '-q', '-am', 'head: A/A (a comment in the seed)');
  } else {
    const change = wide ? WIDE_HEAD_CHANGE : { file: 'queries/q001.sql', text: 'SELECT count(*) FROM orders WHERE customer_id + 0 = 37\n' };
    write(change.file, change.text);
    git('commit', '-q', '-am', 'head: defeat an index in one query');
  }
  const expected = values.aa || values.migration ? 0 : 1;

  const what = {
    wide: 'wide schema (2,000 tables, 8,000 indexes, 475,000 rows in 10 tables)',
    app: 'app schema (200 tables, 800 indexes, 100,000 rows in 10 tables)',
    orders: `${rows.toLocaleString('en-US')} rows`,
  }[values.schema];
  const change = values.migration
    ? 'head adds a migration (incremental head)'
    : values.aa
      ? 'A/A: head = base + a seed comment, both sides built'
      : 'head changes one query';
  process.stderr.write(`bench: engine ${values.engine}, ${what}, ${queryCount} queries, ${change} (${dir})\n`);
  const summary = { wallMs: [], nodeKb: [], pgPssKb: [], treeKb: [], scriptMs: [] };
  const psqlBin = values['no-script'] ? null : findPsqlBin();
  const script = psqlBin
    ? writePsqlScript(dir, [
        { name: 'base', rev: 'HEAD~1' },
        { name: 'head', rev: 'HEAD' },
      ])
    : null;
  if (!values['no-script'] && !psqlBin)
    process.stderr.write('bench: no initdb/pg_ctl/createdb/psql found (PG_PLAN_GATE_BENCH_PG_BIN): no psql script to compare with\n');
  const warmed = join(dir, 'cache');
  for (let run = values.warm ? 0 : 1; run <= Number(values.runs); run++) {
    const reportPath = join(dir, 'report.json');
    rmSync(reportPath, { force: true });
    // A pull request's first push: each counted run gets the cache as main's push (run 0) left it.
    const firstPush = values.warm && !values.aa;
    const cacheDir = firstPush && run > 0 ? join(dir, `cache-${run}`) : warmed;
    if (cacheDir !== warmed) cpSync(warmed, cacheDir, { recursive: true });
    const cacheArgs = values.warm ? ['--cache-dir', cacheDir] : values['cold-cache'] ? ['--cache-dir', join(dir, `empty-cache-${run}`)] : ['--no-cache'];
    const head = firstPush && run === 0 ? 'HEAD~1' : 'HEAD';
    const started = performance.now();
    const result = await runCli(['--cwd', dir, '--base', 'HEAD~1', '--head', head, '--json', reportPath, ...cacheArgs]);
    const wallMs = performance.now() - started;
    const expectedNow = head === 'HEAD~1' ? 0 : expected;
    if (result.status !== expectedNow) {
      process.stderr.write(result.stderr);
      throw new Error(`expected exit ${expectedNow} (${expectedNow === 0 ? 'no findings' : 'one regression'}), got ${result.status}`);
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    if (values.aa && report.findings.length) throw new Error(`A/A: expected no findings, got ${report.findings.map((f) => `${f.rule} ${f.query}`).join(', ')}`);
    const buildLines = result.stderr
      .split('\n')
      .filter((line) =>
        /^(base|head|base\+head): (start|from the fixture cache|base's database|answers remembered|a question)|questions to the databases answered/.test(line),
      );
    const t = report.timings;
    const statuses = report.queries.reduce((acc, q) => ({ ...acc, [q.status]: (acc[q.status] ?? 0) + 1 }), {});
    const m = result.memory;
    const server = m.pgProcesses > 0;
    process.stdout.write(
      [
        `run ${run}${values.warm ? (run === 0 ? (head === 'HEAD~1' ? " (cold: main's push, fills the cache)" : ' (cold, fills the cache)') : ' (warm)') : ''}: wall ${(wallMs / 1000).toFixed(2)} s (report totalMs ${t.totalMs})`,
        `  sides ${t.sidesMs} ms · read ${t.readMs} ms · build ${t.buildMs} ms · explain ${t.explainMs} ms (${report.queries.length} queries per side${report.build.head === 'shared' ? ', one database: each request explained once' : ''}) · measure ${t.measureMs ?? 'off'}${t.measureMs === undefined ? '' : ' ms'}${t.adviceMs === undefined ? '' : ` · advice ${t.adviceMs} ms`}${t.statisticsAdviceMs === undefined ? '' : ` · statistics advice ${t.statisticsAdviceMs} ms`}${t.productionStatisticsMs === undefined ? '' : ` · production statistics ${t.productionStatisticsMs} ms (${report.productionStatistics?.tables} tables)`} · built ${report.build.base}/${report.build.head}`,
        ...buildLines.map((line) => `  ${line}`),
        `  statuses ${JSON.stringify(statuses)}, findings ${report.findings.map((f) => `${f.severity}:${f.rule}`).join(', ') || 'none'}${report.warnings?.length ? `, ${report.warnings.length} warnings` : ''}`,
        `  peak memory: node ${mb(m.nodeKb)} RSS${m.timeKb ? ` (time -v, largest single process: ${mb(m.timeKb)})` : ''}` +
          (server
            ? ` · postgres ${mb(m.pgPssKb)} PSS / ${mb(m.pgRssKb)} RSS summed over ${m.pgProcesses} processes${m.pssAvailable ? '' : ' (PSS unreadable: RSS)'}`
            : '') +
          ` · process tree ${mb(m.treeKb)}`,
      ].join('\n') + '\n',
    );
    if (run === 0) continue; // the cold run that filled the cache
    if (script) {
      const timed = await runPsqlScript(script, psqlBin);
      if (timed.error) throw new Error(`psql script failed: ${timed.error}`);
      summary.scriptMs.push(timed.ms);
      process.stdout.write(`  psql script (both sides, ${psqlBin}): ${(timed.ms / 1000).toFixed(2)} s · gate/script ${(wallMs / timed.ms).toFixed(2)}×\n`);
    }
    summary.wallMs.push(wallMs);
    summary.nodeKb.push(m.nodeKb);
    summary.pgPssKb.push(m.pgPssKb);
    summary.treeKb.push(m.treeKb);
  }
  if (summary.wallMs.length > 1) {
    process.stdout.write(
      `median of ${summary.wallMs.length}: wall ${(median(summary.wallMs) / 1000).toFixed(2)} s · node ${mb(median(summary.nodeKb))}` +
        (median(summary.pgPssKb) ? ` · postgres ${mb(median(summary.pgPssKb))} PSS` : '') +
        ` · process tree ${mb(median(summary.treeKb))}\n`,
    );
  }
  if (summary.scriptMs.length) {
    const ratios = summary.wallMs.map((ms, i) => ms / summary.scriptMs[i]);
    process.stdout.write(
      `psql script, median of ${summary.scriptMs.length}: ${(median(summary.scriptMs) / 1000).toFixed(2)} s · gate/script: ${(median(summary.wallMs) / median(summary.scriptMs)).toFixed(2)}× of the medians, per run ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}\n`,
    );
  }
} finally {
  if (values.keep) process.stderr.write(`bench: kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
