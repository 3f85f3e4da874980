import type { getOctokit } from '@actions/github';
import { describe, expect, it, vi } from 'vitest';
import { tokenUser, writtenBy } from '../../../src/github/token-user.ts';

type Octokit = ReturnType<typeof getOctokit>;

/** A client that answers GraphQL `viewer` and REST `GET /user` as told (a function that throws is a refused call). */
function client(viewer: () => unknown, user: () => unknown) {
  const graphql = vi.fn(async (query: string) => {
    expect(query).toBe('query { viewer { databaseId login } }');
    return { viewer: viewer() };
  });
  const getAuthenticated = vi.fn(async () => ({ data: user() }));
  return { octokit: { graphql, rest: { users: { getAuthenticated } } } as unknown as Octokit, graphql, getAuthenticated };
}

const refused = (status: number, message: string) => () => {
  throw Object.assign(new Error(message), { status });
};

describe("the token's own account", () => {
  it('from GraphQL viewer, for the Actions token too; REST is not asked', async () => {
    const { octokit, getAuthenticated } = client(
      () => ({ databaseId: 41898282, login: 'github-actions[bot]' }),
      () => ({ id: 1, login: 'x' }),
    );
    expect(await tokenUser(octokit)).toEqual({ id: 41898282, login: 'github-actions[bot]' });
    expect(getAuthenticated).not.toHaveBeenCalled();
  });

  it('from GET /user when GraphQL fails (GHES without GraphQL, a proxy) or gives no id', async () => {
    const failing = client(refused(404, 'Not Found'), () => ({ id: 583231, login: 'octocat' }));
    expect(await tokenUser(failing.octokit)).toEqual({ id: 583231, login: 'octocat' });
    const noId = client(
      () => ({ databaseId: null, login: 'octocat' }),
      () => ({ id: 583231, login: 'octocat' }),
    );
    expect(await tokenUser(noId.octokit)).toEqual({ id: 583231, login: 'octocat' });
    expect(noId.getAuthenticated).toHaveBeenCalledOnce();
  });

  it('null when neither answers (an installation token that GET /user refuses)', async () => {
    const { octokit, graphql, getAuthenticated } = client(refused(502, 'Bad Gateway'), refused(403, 'Resource not accessible by integration'));
    expect(await tokenUser(octokit)).toBeNull();
    expect([graphql.mock.calls.length, getAuthenticated.mock.calls.length]).toEqual([1, 1]);
  });
});

describe("is a comment the token's", () => {
  const ours = { id: 41898282, login: 'github-actions[bot]' };

  it("by account id when the token's account is known: another bot's comment is not ours", () => {
    expect(writtenBy(ours, { id: 41898282, type: 'Bot' })).toBe(true);
    expect(writtenBy(ours, { id: 49699333, type: 'Bot' })).toBe(false);
    expect(writtenBy(ours, { id: 583231, type: 'User' })).toBe(false);
  });

  it("unknown account: only a bot's comment can be ours, never a person's quoting the marker", () => {
    expect(writtenBy(null, { id: 41898282, type: 'Bot' })).toBe(true);
    expect(writtenBy(null, { id: 583231, type: 'User' })).toBe(false);
    expect(writtenBy(null, {})).toBe(false);
  });

  it('a comment without an author (a deleted account) is never ours', () => {
    expect(writtenBy(ours, null)).toBe(false);
    expect(writtenBy(null, undefined)).toBe(false);
  });
});
