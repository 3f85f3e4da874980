import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pullRequestPayload, runnerStep } from '../helpers/actions-runner.ts';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { fixture } from '../helpers/fixtures.ts';
import { makeRepo } from '../helpers/repo.ts';

/**
 * The action's wiring (inputs → gate → outputs, comment, summary, exit code), called in-process
 * through main.ts's run() as index.ts calls it; test/e2e/action.test.ts runs the bundle itself.
 */
const MARKER = '<!-- pg-plan-gate:pg-plan-gate.yml -->';
const savedEnv = { ...process.env };
const cleanup: string[] = [];
let github: FakeGitHub;

beforeAll(async () => {
  github = new FakeGitHub();
  await github.start();
});
afterAll(async () => {
  await github.stop();
});
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  while (cleanup.length) rmSync(cleanup.pop()!, { recursive: true, force: true });
});

/** Runs run() with the step's environment; @actions/github reads the event when it is first imported. */
async function runInProcess(files: { base: Record<string, string>; head: Record<string, string> }, inputs: Record<string, string> = {}) {
  const repo = makeRepo(files.base, files.head);
  repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  const workspace = mkdtempSync(join(tmpdir(), 'pgpg-workspace-'));
  execFileSync('git', ['clone', '-q', `file://${repo.dir}`, workspace]);
  cleanup.push(repo.dir, workspace);
  const step = runnerStep({
    workspace,
    api: github.url,
    payload: pullRequestPayload(9, repo.shas[0]!, repo.shas[1]!),
    inputs,
    env: { PG_PLAN_GATE_NO_CACHE: '1' },
  });
  process.env = { ...savedEnv, ...step.env };
  const cwd = process.cwd();
  process.chdir(workspace);
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    vi.resetModules();
    const { run } = await import('../../src/main.ts');
    await run();
    return { exitCode: process.exitCode, log: stdout.mock.calls.map(([chunk]) => String(chunk)).join(''), ...step.results() };
  } finally {
    stdout.mockRestore();
    process.chdir(cwd);
  }
}

const CONFIG = 'schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n';
const BASE = {
  'pg-plan-gate.yml': CONFIG,
  'db/schema.sql': fixture('users/schema.sql'),
  'db/seed.sql': fixture('users/seed.sql'),
  'queries/login.sql': "SELECT id FROM users WHERE email = 'user7@example.com'\n",
};

describe('run() of main.ts, as index.ts calls it', () => {
  it('a regression: outputs, one sticky comment, a failed step (exit code 1)', { timeout: 300_000 }, async () => {
    github.comments = [];
    const result = await runInProcess({ base: BASE, head: { 'queries/login.sql': "SELECT id FROM users WHERE lower(email) = 'user7@example.com'\n" } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(Number(result.outputs.regressions)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8')).verdict).toBe('fail');
    expect(result.log).toMatch(/::error title=pg-plan-gate seq-scan%3A queries\/login/);
    const ours = github.comments.filter((comment) => comment.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(result.outputs['comment-url']).toBe(ours[0]!.html_url);
    expect(result.summary).toContain('pg-plan-gate: fail');
  });

  it('a config error: one line naming the key, exit code 2, a summary that says the gate could not run, no comment', async () => {
    github.comments = [];
    const result = await runInProcess({ base: BASE, head: { 'pg-plan-gate.yml': `${CONFIG}budgets:\n  cost_increase_pct: lots\n` } });
    expect(result.exitCode).toBe(2);
    expect(result.log).toMatch(/^::error::pg-plan-gate: pg-plan-gate\.yml.*budgets\.cost_increase_pct/m);
    expect(result.summary).toContain('pg-plan-gate could not run');
    expect(github.comments).toHaveLength(0);
  });
});
