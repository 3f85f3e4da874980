import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.ts';
import { costs, gate } from '../helpers/gate.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import type { Report } from '../../src/report/report.ts';
import { processesRunning, stopLeftovers } from '../helpers/processes.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

const APP = join(FIXTURES, 'capture-app');
const read = (file: string) => readFileSync(join(APP, file), 'utf8');
const ROOT_MODULES = join(import.meta.dirname, '..', '..', 'node_modules');

const repos: TestRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

/** A repository holding the fixture app: base lists items with one batched owner query, head loads owners in a loop. */
function appRepo(capture: string, engine = 'embedded', files: Record<string, string> = {}): TestRepo {
  const config = `engine: ${engine}\nschema: db/schema.sql\nseed: db/seed.sql\ncapture:\n${capture}`;
  const repo = makeRepo();
  // The app imports pg: point its tree at this project's node_modules, committed as a symlink.
  symlinkSync(ROOT_MODULES, join(repo.dir, 'node_modules'));
  repo.commit({
    'pg-plan-gate.yml': config,
    'db/schema.sql': read('schema.sql'),
    'db/seed.sql': read('seed.sql'),
    'app.mjs': read('app.mjs'),
    'exercise.mjs': read('exercise.mjs'),
    'routes-base.mjs': read('routes-base.mjs'),
    ...files,
  });
  repo.commit({ 'routes-base.mjs': read('routes-head.mjs') });
  repos.push(repo);
  return repo;
}

describe.each(['embedded', 'server'])('capture.command on engine %s', (engine) => {
  it('fails head with n-plus-one and query-count on the N+1 endpoint; one query fewer on the other, no finding', async () => {
    const repo = appRepo('  command: node exercise.mjs\n  n_plus_one: 5\n', engine);
    const report = await gate(repo.dir, repo.shas[0]!, repo.shas[1]);
    expect(report.verdict).toBe('fail');
    const items = report.endpoints.find((endpoint) => endpoint.endpoint === 'GET /items')!;
    expect(items.findings.map((finding) => finding.rule).sort()).toEqual(['n-plus-one', 'query-count']);
    expect(items.captured?.base).toMatchObject({ requests: 3, queriesPerRequest: 2, distinctQueries: 2 });
    expect(items.captured?.head).toMatchObject({ requests: 3, queriesPerRequest: 21 });
    const search = report.endpoints.find((endpoint) => endpoint.endpoint === 'GET /items/search')!;
    expect(search.findings).toEqual([]);
    expect(search.captured?.base?.queriesPerRequest).toBe(2);
    expect(search.captured?.head?.queriesPerRequest).toBe(1);
    // Captured queries join the plan comparison, named by endpoint and a short fingerprint.
    const capturedNames = report.queries.map((query) => query.name).filter((name) => name.startsWith('GET /items '));
    expect(capturedNames.length).toBeGreaterThanOrEqual(2);
    const nPlusOne = report.findings.find((finding) => finding.rule === 'n-plus-one')!;
    expect(nPlusOne.endpoint).toBe('GET /items');
    expect(capturedNames).toContain(nPlusOne.query);
    // The endpoint table in the comment and the terminal shows the per-request counts.
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| Endpoint | Declared queries | Requests | Queries per request | Distinct queries |');
    expect(markdown).toMatch(/\| GET \/items \| — \| 3 → 3 \| 2 → 21 \| 2 → 2 \|/);
    expect(renderTerminal(report, { colour: false })).toMatch(/GET \/items\/search: 3 → 3 requests, 2 → 1 queries per request/);
  });

  it('gives zero findings when base and head are the same', async () => {
    const repo = appRepo('  command: node exercise.mjs\n', engine);
    const report = await gate(repo.dir, repo.shas[0]!, repo.shas[0]);
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});

describe('capture', () => {
  it('stops with the tail of the output when the capture command fails', async () => {
    const repo = appRepo('  command: node exercise.mjs && echo "about to fail" && exit 3\n');
    await expect(gate(repo.dir, repo.shas[0]!, repo.shas[1])).rejects.toThrow(
      /base: capture\.command failed \(exit 3\): node exercise\.mjs[\s\S]*about to fail/,
    );
  });

  it('says what one backend shares when a command with several connections fails on the embedded engine', async () => {
    const repo = appRepo('  command: node exercise.mjs && node exercise.mjs && exit 3\n');
    await expect(gate(repo.dir, repo.shas[0]!, repo.shas[1])).rejects.toThrow(
      /The \d+ connections it opened shared the embedded engine's one backend[\s\S]*use engine: server/,
    );
  });

  it('finishes when the command exits even if it left a process behind, and stops that process', async () => {
    const repo = appRepo('  command: sleep 300 & node exercise.mjs\n  timeout_minutes: 2\n');
    const started = Date.now();
    const report = await gate(repo.dir, repo.shas[0]!, repo.shas[0]);
    expect(report.verdict).toBe('pass');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(await processesRunning('sleep 300')).toEqual([]);
  });

  it('stops what the command started in a session of its own (setsid) when the command ends', async () => {
    const repo = appRepo('  command: setsid sleep 3171 & node exercise.mjs\n');
    try {
      const report = await gate(repo.dir, repo.shas[0]!, repo.shas[0]);
      expect(report.verdict).toBe('pass');
      expect(await processesRunning('sleep 3171')).toEqual([]);
    } finally {
      stopLeftovers('sleep 3171');
    }
  });

  it('stops what the command started in a session of its own (setsid) when it times out', async () => {
    const repo = appRepo('  command: setsid sleep 3172 & sleep 3173\n  timeout_minutes: 0.05\n');
    try {
      await expect(gate(repo.dir, repo.shas[0]!, repo.shas[0])).rejects.toThrow(/base: capture\.command timed out after 0\.05 min/);
      expect(await processesRunning('sleep 3172')).toEqual([]);
      expect(await processesRunning('sleep 3173')).toEqual([]);
    } finally {
      stopLeftovers('sleep 3172', 'sleep 3173');
    }
  });

  it("runs the command in the commit's real tree, export-ignore or not", async () => {
    const repo = appRepo('  command: node exercise.mjs\n');
    repo.commit({ '.gitattributes': 'exercise.mjs export-ignore\n' });
    const report = await gate(repo.dir, repo.shas[2]!, repo.shas[2]);
    expect(report.verdict).toBe('pass');
  });

  it("does not hand the action's inputs and tokens to the command (it runs code from the pull request)", async () => {
    process.env.INPUT_GITHUB_TOKEN_PROBE = 'secret';
    process.env.ACTIONS_RUNTIME_TOKEN = 'secret';
    try {
      const repo = appRepo('  command: test -z "$INPUT_GITHUB_TOKEN_PROBE$ACTIONS_RUNTIME_TOKEN" && node exercise.mjs\n');
      const report = await gate(repo.dir, repo.shas[0]!, repo.shas[0]);
      expect(report.verdict).toBe('pass');
    } finally {
      delete process.env.INPUT_GITHUB_TOKEN_PROBE;
      delete process.env.ACTIONS_RUNTIME_TOKEN;
    }
  });

  it("removes secret-looking variables from the command's environment, except those capture.env names", async () => {
    const secrets = { GH_TOKEN: 's', NPM_TOKEN: 's', NODE_AUTH_TOKEN: 's', DEPLOY_SECRET: 's', DB_PASSWORD: 's', PGPASSWORD: 's', STRIPE_API_KEY: 's' };
    const passed = { API_TEST_TOKEN: 'passed-on-purpose' };
    Object.assign(process.env, secrets, passed);
    try {
      const leaked = Object.keys(secrets)
        .map((name) => `$${name}`)
        .join('');
      const repo = appRepo(`  command: test -z "${leaked}" && test "$API_TEST_TOKEN" = passed-on-purpose && node exercise.mjs\n  env: [API_TEST_TOKEN]\n`);
      const report = await gate(repo.dir, repo.shas[0]!, repo.shas[0]);
      expect(report.verdict).toBe('pass');
    } finally {
      for (const name of [...Object.keys(secrets), ...Object.keys(passed)]) delete process.env[name];
    }
  });

  it('refuses a command that sent no queries through the gate', async () => {
    const repo = appRepo('  command: echo "tests skipped"\n');
    await expect(gate(repo.dir, repo.shas[0]!, repo.shas[0])).rejects.toThrow(
      /base: capture\.command sent no queries through pg-plan-gate[\s\S]*tests skipped/,
    );
  });

  it('reads per-side JSONL query logs with the same counts', async () => {
    const lines = (perRequest: (request: number) => string[]) =>
      [1, 2, 3].flatMap((request) => perRequest(request).map((sql) => JSON.stringify({ endpoint: 'GET /items', sql, request: `r${request}` }))).join('\n') +
      '\n';
    const base = lines(() => ['SELECT id, owner_id FROM items ORDER BY id LIMIT 20', 'SELECT id, name FROM users WHERE id IN (1, 2, 3, 4, 5, 6)']);
    const head = lines(() => [
      'SELECT id, owner_id FROM items ORDER BY id LIMIT 20',
      ...[1, 2, 3, 4, 5, 6].map((id) => `SELECT id, name FROM users WHERE id = ${id}`),
    ]);
    const repo = makeRepo({
      'pg-plan-gate.yml': 'schema: db/schema.sql\nseed: db/seed.sql\ncapture:\n  file: logs/{side}.jsonl\n',
      'db/schema.sql': read('schema.sql'),
      'db/seed.sql': read('seed.sql'),
    });
    repos.push(repo);
    repo.write({ 'logs/base.jsonl': base, 'logs/head.jsonl': head });
    const report = await gate(repo.dir, repo.shas[0]!);
    const items = report.endpoints.find((endpoint) => endpoint.endpoint === 'GET /items')!;
    expect(items.captured?.base).toMatchObject({ requests: 3, queriesPerRequest: 2 });
    expect(items.captured?.head).toMatchObject({ requests: 3, queriesPerRequest: 7 });
    expect(items.findings.map((finding) => finding.rule).sort()).toEqual(['n-plus-one', 'query-count']);
  });

  it('counts untagged traffic per run under (untagged)', async () => {
    const repo = makeRepo({
      'pg-plan-gate.yml': 'schema: db/schema.sql\nseed: db/seed.sql\ncapture:\n  file: logs/{side}.jsonl\n',
      'db/schema.sql': read('schema.sql'),
      'db/seed.sql': read('seed.sql'),
    });
    repos.push(repo);
    repo.write({
      'logs/base.jsonl': '{"sql": "SELECT id FROM users WHERE id = 1"}\n',
      'logs/head.jsonl': '{"sql": "SELECT id FROM users WHERE id = 1"}\n{"sql": "SELECT id FROM items WHERE owner_id = 1"}\n',
    });
    const report = await gate(repo.dir, repo.shas[0]!);
    const untagged = report.endpoints.find((endpoint) => endpoint.endpoint === '(untagged)')!;
    expect(untagged.captured?.base).toMatchObject({ requests: null, queries: 1 });
    expect(untagged.captured?.head).toMatchObject({ requests: null, queries: 2 });
    // Setup traffic is reported, not gated (capture.gate_untagged).
    expect(untagged.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toEqual(['info:query-count']);
    expect(report.verdict).toBe('pass');
    // Asked to, the gate treats it like any endpoint.
    repo.write({ 'pg-plan-gate.yml': 'schema: db/schema.sql\nseed: db/seed.sql\ncapture:\n  file: logs/{side}.jsonl\n  gate_untagged: true\n' });
    const gated = await gate(repo.dir, repo.shas[0]!);
    expect(gated.endpoints.find((endpoint) => endpoint.endpoint === '(untagged)')!.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toEqual([
      'error:query-count',
    ]);
    expect(gated.verdict).toBe('fail');
  });
});

describe.each(['embedded', 'server'])('settings: in a capture command on engine %s', (engine) => {
  it("reach the command's own connections", async () => {
    const repo = makeRepo();
    repos.push(repo);
    symlinkSync(ROOT_MODULES, join(repo.dir, 'node_modules'));
    // The command fails (and with it the gate) unless its connection sees the setting.
    const check = [
      "import pg from 'pg';",
      'const client = new pg.Client({ connectionString: process.env.DATABASE_URL });',
      'await client.connect();',
      'const { rows } = await client.query("SELECT current_setting(\'app.current_tenant\', true) AS tenant, count(*) AS n FROM notes");',
      'await client.end();',
      "if (rows[0].tenant !== '7') { console.error(`app.current_tenant is ${rows[0].tenant}`); process.exit(3); }",
      '',
    ].join('\n');
    repo.commit({
      'pg-plan-gate.yml': `engine: ${engine}\nsettings:\n  app.current_tenant: "7"\nschema: db/schema.sql\ncapture:\n  command: node check.mjs\n`,
      'db/schema.sql': 'CREATE TABLE notes (id int PRIMARY KEY);\n',
      'check.mjs': check,
    });
    const report = await gate(repo.dir, repo.shas[0]!, repo.shas[0]);
    expect(report.verdict).toBe('pass');
  });
});

describe('capture.command on engine server with the fixture cache', () => {
  it('a miss captures on a copy of the built database: the entry it saves holds nothing the command wrote, and a hit captures and plans the same', async () => {
    // The command writes first: rows a saved entry must not hold (a second insert of them would fail).
    const write = `import pg from 'pg';
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query("INSERT INTO users SELECT g, 'writer ' || g, 'writer' || g || '@example.com' FROM generate_series(100000, 119999) g");
await client.end();
`;
    const repo = appRepo('  command: node write.mjs && node exercise.mjs\n  n_plus_one: 5\n', 'server', { 'write.mjs': write });
    const fixturesDir = mkdtempSync(join(tmpdir(), 'pgpg-fixtures-'));
    try {
      const miss = await gate(repo.dir, repo.shas[0]!, repo.shas[1], undefined, {}, { fixturesDir });
      const hit = await gate(repo.dir, repo.shas[0]!, repo.shas[1], undefined, {}, { fixturesDir });
      expect(miss.build).toEqual({ base: 'fresh', head: 'fresh' });
      expect(hit.build).toEqual({ base: 'cached', head: 'cached' });
      const captured = (report: Report) =>
        report.endpoints.map((endpoint) => [endpoint.endpoint, endpoint.captured, endpoint.findings.map((finding) => finding.rule).sort()]);
      expect(captured(hit)).toEqual(captured(miss));
      expect(costs(hit)).toEqual(costs(miss));
    } finally {
      rmSync(fixturesDir, { recursive: true, force: true });
    }
  });
});
