import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestPayload, runnerStep } from '../helpers/actions-runner.ts';
import { FakeActionsCache } from '../helpers/fake-actions-cache.ts';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { fixture } from '../helpers/fixtures.ts';
import { makeRepo, type FileChanges, type TestRepo } from '../helpers/repo.ts';
import { codeDigest } from '../../src/util/code-digest.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const MARKER = '<!-- pg-plan-gate:pg-plan-gate.yml -->';

/** The folder a runner downloads for `uses: owner/pg-plan-gate@v1`: action.yml and dist/, nothing else. */
function actionFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgpg-action-'));
  cpSync(join(ROOT, 'action.yml'), join(dir, 'action.yml'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runAction(options: {
  action: string;
  workspace: string;
  api: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const step = runnerStep(options);
  const child = spawn(process.execPath, [join(options.action, 'dist', 'index.js')], { cwd: options.workspace, env: step.env });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stdout += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (exitCode) => resolve(exitCode ?? -1)));
  return { code, stdout, ...step.results() };
}

const CONFIG = 'schema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/**/*.sql\n';
const LOGIN = (where: string) => `-- endpoint: POST /login\n-- params: ["user7@example.com"]\nSELECT id FROM users WHERE ${where}\n`;

function originRepo(extraBase: FileChanges = {}, extraHead: FileChanges = {}): TestRepo {
  const repo = makeRepo(
    {
      'pg-plan-gate.yml': CONFIG,
      'db/schema.sql': fixture('users/schema.sql'),
      'db/seed.sql': fixture('users/seed.sql'),
      'queries/login.sql': LOGIN('email = $1'),
      'queries/by-org.sql': 'SELECT id FROM users WHERE org_id = 5\n',
      ...extraBase,
    },
    { 'queries/login.sql': LOGIN('lower(email) = lower($1)'), ...extraHead },
  );
  repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  return repo;
}

function cloneOf(origin: TestRepo, depth?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgpg-workspace-'));
  execFileSync('git', ['clone', '-q', ...(depth ? [`--depth=${depth}`] : []), `file://${origin.dir}`, dir]);
  return dir;
}

const cleanup: string[] = [];
afterEach(() => {
  while (cleanup.length) rmSync(cleanup.pop()!, { recursive: true, force: true });
});

describe('the action, run from a folder holding only action.yml and dist/', () => {
  let action: string;
  let github: FakeGitHub;
  beforeAll(async () => {
    action = actionFolder();
    github = new FakeGitHub();
    await github.start();
  });
  afterAll(async () => {
    await github.stop();
    rmSync(action, { recursive: true, force: true });
  });

  it('posts one sticky comment, updates it in place on the next run, annotates and fails', async () => {
    const origin = originRepo();
    const workspace = cloneOf(origin);
    cleanup.push(origin.dir, workspace);
    github.comments = [];
    github.requests.length = 0;
    const other = github.addComment('LGTM, but check the login query');
    github.addComment('another reviewer');
    const payload = pullRequestPayload(7, origin.shas[0]!, origin.shas[1]!);

    const first = await runAction({ action, workspace, api: github.url, payload });
    expect(first.code).toBe(1);
    expect(first.outputs.verdict).toBe('fail');
    expect(Number(first.outputs.regressions)).toBeGreaterThanOrEqual(2);
    expect(existsSync(first.outputs['report-json']!)).toBe(true);
    expect(JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8')).verdict).toBe('fail');
    expect(first.summary).toContain('pg-plan-gate: fail');
    expect(first.summary).toContain('<code>queries/login</code>');
    expect(first.stdout).toMatch(/::error title=pg-plan-gate seq-scan%3A queries\/login,file=queries\/login\.sql,line=3::new Seq Scan on users/);
    expect(first.stdout).toContain('::group::build');
    const ours = github.comments.filter((comment) => comment.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('❌ pg-plan-gate: fail');
    expect(first.outputs['comment-url']).toBe(ours[0]!.html_url);

    const second = await runAction({ action, workspace, api: github.url, payload });
    expect(second.code).toBe(1);
    const oursAfter = github.comments.filter((comment) => comment.body.includes(MARKER));
    expect(oursAfter).toHaveLength(1);
    expect(oursAfter[0]!.id).toBe(ours[0]!.id);
    // One comment created in two runs (the other POSTs ask GraphQL who the token is).
    expect(github.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))).toHaveLength(1);
    expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    expect(github.comments.find((comment) => comment.id === other.id)!.body).toBe('LGTM, but check the login query');
  });

  it(
    "keeps built databases in the Actions cache: a pull request's base starts from the one main's run built; a cache service that is down is a warning",
    { timeout: 300_000 },
    async () => {
      const service = new FakeActionsCache();
      await service.start();
      const origin = originRepo({}, { 'db/migrations/0002_lower_email.sql': 'CREATE INDEX users_lower_email ON users (lower(email));\n' });
      const workspace = cloneOf(origin);
      // Every job runs on a fresh runner; the tool cache sits at the same path on each.
      const toolCache = mkdtempSync(join(tmpdir(), 'pgpg-toolcache-'));
      cleanup.push(origin.dir, workspace, toolCache);
      const freshRunner = () => rmSync(join(toolCache, 'pg-plan-gate-cache'), { recursive: true, force: true });
      const env = { ...service.env(), RUNNER_TOOL_CACHE: toolCache };
      const reportOf = (run: ActionRun) => JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'));
      try {
        github.comments = [];
        const main = await runAction({
          action,
          workspace,
          api: github.url,
          payload: pullRequestPayload(20, origin.shas[0]!, origin.shas[0]!),
          env,
          inputs: { comment: 'never' },
        });
        expect(main.code).toBe(0);
        expect(reportOf(main).build).toEqual({ base: 'fresh', head: 'shared' });
        // The database, and what it answered (asked by the bundle's code, which is src/ as it is).
        expect(service.committedKeys().sort()).toEqual([
          expect.stringMatching(new RegExp(`^pg-plan-gate-answers-[0-9a-f]{64}-${codeDigest().slice(0, 12)}-[0-9a-f]{16}$`)),
          expect.stringMatching(/^pg-plan-gate-fixture-[0-9a-f]{64}$/),
        ]);

        freshRunner();
        const pr = await runAction({
          action,
          workspace,
          api: github.url,
          payload: pullRequestPayload(20, origin.shas[0]!, origin.shas[1]!),
          env,
          inputs: { comment: 'never' },
        });
        expect(pr.stdout).toMatch(/fixture cache: [0-9a-f]{12} restored from the Actions cache/);
        expect(pr.stdout).toMatch(/remembered answers: [0-9a-f]{12} restored from the Actions cache/);
        expect(reportOf(pr).build).toEqual({ base: 'cached', head: 'incremental' });
        // Head's database and its answers; base asked nothing main's run had not.
        expect(service.committedKeys()).toHaveLength(4);

        // The pull request's next push: base is never opened, head comes from its own entry.
        freshRunner();
        const again = await runAction({
          action,
          workspace,
          api: github.url,
          payload: pullRequestPayload(20, origin.shas[0]!, origin.shas[1]!),
          env,
          inputs: { comment: 'never' },
        });
        expect(reportOf(again).build).toEqual({ base: 'cached', head: 'cached' });
        expect(again.stdout).toMatch(/^base: answers remembered from an earlier run on this database/m);
        expect(again.stdout).not.toMatch(/opens the database/);
        expect(service.committedKeys()).toHaveLength(4);

        freshRunner();
        const cold = await runAction({
          action,
          workspace,
          api: github.url,
          payload: pullRequestPayload(20, origin.shas[0]!, origin.shas[1]!),
          env: { RUNNER_TOOL_CACHE: toolCache },
          inputs: { comment: 'never' },
        });
        expect(cold.stdout).toContain('fixture cache: this job has no Actions cache service; built databases are kept on this runner only');
        expect(reportOf(cold).build).toEqual({ base: 'fresh', head: 'incremental' });
        const costs = (report: { queries: { name: string; base: { totalCost?: number }; head: { totalCost?: number } }[] }) =>
          report.queries.map((query) => [query.name, query.base?.totalCost, query.head?.totalCost]);
        expect(costs(reportOf(pr))).toEqual(costs(reportOf(cold)));
        expect(costs(reportOf(again))).toEqual(costs(reportOf(cold)));
        expect(pr.code).toBe(cold.code);

        freshRunner();
        service.failWith = 503;
        const down = await runAction({
          action,
          workspace,
          api: github.url,
          payload: pullRequestPayload(20, origin.shas[0]!, origin.shas[1]!),
          env,
          inputs: { comment: 'never' },
        });
        expect(down.code).toBe(cold.code);
        expect(reportOf(down).build).toEqual({ base: 'fresh', head: 'incremental' });
        expect(down.stdout).toMatch(/::warning::.*(Failed to restore|Failed to save|503)/);
      } finally {
        await service.stop();
      }
    },
  );

  it('fetches the missing base commit of a shallow (depth 1) checkout', async () => {
    const origin = originRepo();
    const workspace = cloneOf(origin, 1);
    cleanup.push(origin.dir, workspace);
    github.comments = [];
    const result = await runAction({ action, workspace, api: github.url, payload: pullRequestPayload(8, origin.shas[0]!, origin.shas[1]!) });
    expect(result.stdout).toContain(`commit ${origin.shas[0]} is not in this checkout (shallow clone?): fetching it`);
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
  });

  it('keeps its verdict and says why when it may not comment (fork PR, 403)', async () => {
    const origin = originRepo();
    const workspace = cloneOf(origin);
    cleanup.push(origin.dir, workspace);
    github.comments = [];
    github.createStatus = 403;
    try {
      const result = await runAction({ action, workspace, api: github.url, payload: pullRequestPayload(9, origin.shas[0]!, origin.shas[1]!) });
      expect(result.code).toBe(1);
      expect(result.outputs.verdict).toBe('fail');
      expect(result.outputs['comment-url']).toBe('');
      expect(result.stdout).toMatch(/::warning::cannot comment on pull request #9 \(HTTP 403/);
      expect(result.summary).toContain('cannot comment on pull request #9 (HTTP 403');
      expect(github.comments).toHaveLength(0);
    } finally {
      github.createStatus = null;
    }
  });

  it('keeps the verdict, outputs and annotations when the comment API fails (502)', async () => {
    const origin = originRepo();
    const workspace = cloneOf(origin);
    cleanup.push(origin.dir, workspace);
    github.comments = [];
    github.createStatus = 502;
    try {
      const result = await runAction({ action, workspace, api: github.url, payload: pullRequestPayload(12, origin.shas[0]!, origin.shas[1]!) });
      expect(result.code).toBe(1);
      expect(result.outputs.verdict).toBe('fail');
      expect(result.stdout).toMatch(/::warning::cannot comment on pull request #12 \(HTTP 502/);
      expect(result.stdout).toMatch(/::error title=pg-plan-gate seq-scan/);
    } finally {
      github.createStatus = null;
    }
  });

  it('runs a gate in a monorepo folder: annotations and the comment marker carry the folder', async () => {
    const origin = makeRepo(
      {
        'services/api/pg-plan-gate.yml': CONFIG,
        'services/api/db/schema.sql': fixture('users/schema.sql'),
        'services/api/db/seed.sql': fixture('users/seed.sql'),
        'services/api/queries/login.sql': LOGIN('email = $1'),
      },
      { 'services/api/queries/login.sql': LOGIN('lower(email) = lower($1)') },
    );
    const workspace = cloneOf(origin);
    cleanup.push(origin.dir, workspace);
    github.comments = [];
    const result = await runAction({
      action,
      workspace,
      api: github.url,
      payload: pullRequestPayload(13, origin.shas[0]!, origin.shas[1]!),
      inputs: { 'working-directory': 'services/api' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error title=pg-plan-gate seq-scan%3A queries\/login,file=services\/api\/queries\/login\.sql,line=3::/);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body.startsWith('<!-- pg-plan-gate:services/api/pg-plan-gate.yml -->')).toBe(true);
  });

  it('compares a pull request with its merge-base, not with a base branch that moved on', async () => {
    // main: c0 → c2 (adds an index); the PR branch: c0 → c1 (touches nothing the index affects).
    const origin = makeRepo({
      'pg-plan-gate.yml': CONFIG,
      'db/schema.sql': fixture('users/schema.sql'),
      'db/seed.sql': fixture('users/seed.sql'),
      'queries/recent.sql': "SELECT id FROM users WHERE created_at > '2025-06-01'\n",
    });
    origin.git('checkout', '-q', '-b', 'feature');
    const prHead = origin.commit({ 'README.md': 'docs only\n' });
    origin.git('checkout', '-q', 'main');
    const mainTip = origin.commit({ 'db/migrations/0002.sql': 'CREATE INDEX users_created_idx ON users (created_at);\n' });
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const workspace = cloneOf(origin);
    cleanup.push(origin.dir, workspace);
    github.comments = [];
    const result = await runAction({ action, workspace, api: github.url, payload: pullRequestPayload(14, mainTip, prHead), inputs: { comment: 'never' } });
    expect(result.stdout).toContain('comparing with the merge-base');
    expect(result.code).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
  });

  it('does not touch the API with comment: never', async () => {
    const origin = originRepo();
    const workspace = cloneOf(origin);
    cleanup.push(origin.dir, workspace);
    github.requests.length = 0;
    const result = await runAction({
      action,
      workspace,
      api: github.url,
      payload: pullRequestPayload(10, origin.shas[0]!, origin.shas[1]!),
      inputs: { comment: 'never' },
    });
    expect(result.code).toBe(1);
    expect(github.requests).toHaveLength(0);
    expect(result.summary).toContain('pg-plan-gate: fail');
  });

  it('keeps the comment under 65,536 characters with 500 changed queries, and the summary complete', async () => {
    const queries: FileChanges = {};
    for (let i = 0; i < 500; i++)
      queries[`queries/org/q${String(i).padStart(3, '0')}.sql`] = `SELECT id, email FROM users WHERE org_id = ${i % 200} AND id > ${i}\n`;
    const origin = originRepo(queries, { 'db/migrations/0002_drop_org_index.sql': 'DROP INDEX users_org_idx;\n' });
    const workspace = cloneOf(origin);
    cleanup.push(origin.dir, workspace);
    github.comments = [];
    const result = await runAction({ action, workspace, api: github.url, payload: pullRequestPayload(11, origin.shas[0]!, origin.shas[1]!) });
    expect(result.code).toBe(1);
    const ours = github.comments.filter((comment) => comment.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(ours[0]!.body).toContain('Truncated to fit GitHub');
    const report = JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8'));
    const changed = report.queries.filter((query: { status: string }) => query.status !== 'unchanged');
    expect(changed.length).toBeGreaterThanOrEqual(500);
    for (const query of changed) expect(result.summary).toContain(`<code>${query.name}</code>`);
  });
});
