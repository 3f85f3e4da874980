import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, upsertComment } from '../../src/github/comment.ts';
import type { Report } from '../../src/report/report.ts';
import { ACTIONS_BOT, FakeGitHub } from '../helpers/fake-github.ts';

function report(config: string, changed: boolean): Report {
  return {
    version: 1,
    verdict: changed ? 'fail' : 'pass',
    config,
    base: { ref: 'main', sha: 'a'.repeat(40) },
    head: { ref: 'feature', sha: 'b'.repeat(40) },
    engine: { kind: 'embedded', serverVersion: '18.6' },
    queries: [
      {
        name: 'login',
        endpoint: null,
        file: 'queries/login.sql',
        line: 1,
        status: changed ? 'regressed' : 'unchanged',
        base: { totalCost: 8, startupCost: 0, planRows: 1, seqScans: [], shape: 'Index Scan using users_email_key on users', nodes: [] },
        head: { totalCost: changed ? 900 : 8, startupCost: 0, planRows: 1, seqScans: [], shape: 'Index Scan using users_email_key on users', nodes: [] },
        findings: changed ? [{ rule: 'cost-regression', severity: 'error', message: 'cost up' }] : [],
      },
    ],
    endpoints: [],
    productionStatistics: null,
    findings: changed
      ? [{ rule: 'cost-regression', severity: 'error', message: 'cost up', query: 'login', endpoint: null, file: 'queries/login.sql', line: 1 }]
      : [],
    warnings: [],
    planner: {},
    build: { base: 'fresh', head: 'fresh' },
    ignored: 0,
    skipped: [],
    timings: { totalMs: 1 },
  };
}

describe('sticky comment through @actions/github', () => {
  const github = new FakeGitHub();
  let octokit: ReturnType<typeof getOctokit>;
  const target = { owner: 'o', repo: 'r', issueNumber: 5 };
  beforeAll(async () => {
    await github.start();
    octokit = getOctokit('token', { baseUrl: github.url });
  });
  afterAll(() => github.stop());
  beforeEach(() => {
    github.comments = [];
    github.requests.length = 0;
    github.tokenUser = ACTIONS_BOT;
    github.viewerStatus = null;
    github.userStatus = 403;
  });

  it('on-change creates nothing for a clean report, but updates an existing comment when the PR is fixed', async () => {
    expect(await upsertComment(octokit, target, report('pg-plan-gate.yml', false), 'on-change')).toMatchObject({ action: 'skipped' });
    expect(github.comments).toHaveLength(0);

    await upsertComment(octokit, target, report('pg-plan-gate.yml', true), 'on-change');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('pg-plan-gate: fail');

    const fixed = await upsertComment(octokit, target, report('pg-plan-gate.yml', false), 'on-change');
    expect(fixed.action).toBe('updated');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('pg-plan-gate: pass');
  });

  it('always creates a comment even when nothing changed', async () => {
    expect((await upsertComment(octokit, target, report('pg-plan-gate.yml', false), 'always')).action).toBe('created');
  });

  it('keeps one comment per config file, finds ours past the first page, and removes a racing duplicate', async () => {
    for (let i = 0; i < 5; i++) github.addComment(`review comment ${i}`);
    await upsertComment(octokit, target, report('services/api/pg-plan-gate.yml', true), 'always');
    await upsertComment(octokit, target, report('services/web/pg-plan-gate.yml', true), 'always');
    expect(github.comments.filter((comment) => comment.body.includes(commentMarker('services/api/pg-plan-gate.yml')))).toHaveLength(1);
    expect(github.comments.filter((comment) => comment.body.includes(commentMarker('services/web/pg-plan-gate.yml')))).toHaveLength(1);

    github.addComment(`${commentMarker('services/api/pg-plan-gate.yml')}\nduplicate from a concurrent run`, 'github-actions[bot]');
    await upsertComment(octokit, target, report('services/api/pg-plan-gate.yml', false), 'always');
    const api = github.comments.filter((comment) => comment.body.includes(commentMarker('services/api/pg-plan-gate.yml')));
    expect(api).toHaveLength(1);
    expect(api[0]!.body).toContain('pg-plan-gate: pass');
    expect(github.comments.filter((comment) => comment.body.startsWith('review comment'))).toHaveLength(5);
  });

  it("never edits a person's comment that carries the marker: ours is found among the token's own comments", async () => {
    const marker = commentMarker('pg-plan-gate.yml');
    const quoted = github.addComment(`${marker}\n(pasted the bot's comment here to ask about it, @octocat)`, 'reviewer');
    const first = await upsertComment(octokit, target, report('pg-plan-gate.yml', true), 'always');
    expect(first.action).toBe('created');
    const second = await upsertComment(octokit, target, report('pg-plan-gate.yml', false), 'always');
    expect(second.action).toBe('updated');
    expect(github.comments.find((comment) => comment.id === quoted.id)!.body).toContain('pasted the bot');
    const ours = github.comments.filter((comment) => comment.user.id === ACTIONS_BOT.id);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('pg-plan-gate: pass');
    // The account came from GraphQL viewer: GET /user refuses the Actions token.
    expect(github.requests.some((request) => request.path === '/graphql')).toBe(true);
    expect(github.requests.filter((request) => request.method === 'PATCH' || request.method === 'DELETE').map((request) => request.path)).toEqual([
      `/repos/o/r/issues/comments/${ours[0]!.id}`,
    ]);
  });

  it("with a personal token edits that person's comment and no bot's; without any answer about the account, only a bot's", async () => {
    const marker = commentMarker('pg-plan-gate.yml');
    github.tokenUser = { id: 77, login: 'release-manager', type: 'User' };
    github.viewerStatus = 502;
    github.userStatus = null;
    const botComment = github.addComment(`${marker}\nold bot comment`, 'other-app[bot]');
    const mine = github.addComment(`${marker}\nposted earlier with my token`, 'release-manager');
    expect((await upsertComment(octokit, target, report('pg-plan-gate.yml', true), 'always')).action).toBe('updated');
    expect(github.comments.find((comment) => comment.id === mine.id)!.body).toContain('pg-plan-gate: fail');
    expect(github.comments.find((comment) => comment.id === botComment.id)!.body).toContain('old bot comment');

    // Neither GraphQL nor GET /user answers: a person's comment is never taken for ours.
    github.userStatus = 403;
    expect((await upsertComment(octokit, target, report('pg-plan-gate.yml', false), 'always')).action).toBe('updated');
    expect(github.comments.find((comment) => comment.id === mine.id)!.body).toContain('pg-plan-gate: fail');
    expect(github.comments.find((comment) => comment.id === botComment.id)!.body).toContain('pg-plan-gate: pass');
  });

  it('reports a 403 instead of throwing', async () => {
    github.createStatus = 403;
    try {
      const outcome = await upsertComment(octokit, target, report('pg-plan-gate.yml', true), 'always');
      expect(outcome).toMatchObject({ action: 'failed', reason: expect.stringContaining('HTTP 403') });
    } finally {
      github.createStatus = null;
    }
  });
});
