// npm run bench: the gate on a 1M-row table with 100 queries, head changing one query.
// Runs the bundled CLI as a user would and prints the per-stage times from its JSON report.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '100' },
    runs: { type: 'string', default: '1' },
    engine: { type: 'string', default: 'embedded' },
  },
});
const rows = Number(values.rows);
const queryCount = Number(values.queries);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'pg-plan-gate-bench-'));
// engine server runs PostgreSQL as an unprivileged user when started as root; it only reads the repo through git here.
chmodSync(dir, 0o755);

const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
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

try {
  git('init', '-q', '-b', 'main');
  write('pg-plan-gate.yml', `engine: ${values.engine}\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`);
  write('db/schema.sql', `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id int NOT NULL,
  status text NOT NULL,
  total numeric(10, 2) NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at);
CREATE INDEX orders_created_idx ON orders (created_at);
`);
  write('db/seed.sql', `INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 50000) g;
INSERT INTO orders
SELECT g, 1 + (random() * 49999)::int, (ARRAY['new', 'paid', 'shipped', 'returned'])[1 + (random() * 3)::int],
       round((random() * 500)::numeric, 2), timestamptz '2024-01-01' + random() * interval '270 days'
FROM generate_series(1, ${rows}) g;
`);
  for (let i = 0; i < queryCount; i++) write(`queries/q${String(i).padStart(3, '0')}.sql`, `${queryText(i)}\n`);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  write('queries/q001.sql', 'SELECT count(*) FROM orders WHERE customer_id + 0 = 37\n');
  git('commit', '-q', '-am', 'head: defeat the customer index in one query');

  process.stderr.write(`bench: engine ${values.engine}, ${rows.toLocaleString('en-US')} rows, ${queryCount} queries, head changes one query (${dir})\n`);
  for (let run = 1; run <= Number(values.runs); run++) {
    const reportPath = join(dir, 'report.json');
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, '--cwd', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--json', reportPath], { encoding: 'utf8' });
    const wallMs = performance.now() - started;
    if (result.status !== 1) {
      process.stderr.write(result.stderr);
      throw new Error(`expected exit 1 (one regression), got ${result.status}`);
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    const buildLines = result.stderr.split('\n').filter((line) => /^(base|head|base\+head): start/.test(line));
    const t = report.timings;
    const statuses = report.queries.reduce((acc, q) => ({ ...acc, [q.status]: (acc[q.status] ?? 0) + 1 }), {});
    process.stdout.write(
      [
        `run ${run}: wall ${(wallMs / 1000).toFixed(2)} s (report totalMs ${t.totalMs})`,
        `  sides ${t.sidesMs} ms · read ${t.readMs} ms · build ${t.buildMs} ms · explain ${t.explainMs} ms (${report.queries.length * 2} EXPLAINs)`,
        ...buildLines.map((line) => `  ${line}`),
        `  statuses ${JSON.stringify(statuses)}, findings ${report.findings.map((f) => `${f.severity}:${f.rule}`).join(', ')}`,
      ].join('\n') + '\n',
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
