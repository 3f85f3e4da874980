import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

/** Who the token writes as: its comments are ours, nobody else's. */
export type TokenUser = { id: number; login: string };

/**
 * The token's own account. GraphQL `viewer` answers for every kind of token (the Actions
 * token and a GitHub App's installation token, which `GET /user` refuses, and a personal token);
 * `GET /user` is the second try. Null when neither answers.
 */
export async function tokenUser(octokit: Octokit): Promise<TokenUser | null> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { databaseId: number | null; login: string } }>('query { viewer { databaseId login } }');
    if (typeof viewer.databaseId === 'number') return { id: viewer.databaseId, login: viewer.login };
  } catch {
    // Fall through to REST: a GitHub Enterprise Server without GraphQL, a proxy that blocks it.
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { id: data.id, login: data.login };
  } catch {
    return null;
  }
}

/**
 * Is this comment the token's? By account id when the token's account is known; otherwise only
 * a bot's comment can be, so a person's comment (one that quotes our marker, say) never is.
 */
export function writtenBy(user: TokenUser | null, author: { id?: number; type?: string } | null | undefined): boolean {
  if (!author) return false;
  if (user) return author.id === user.id;
  return author.type === 'Bot';
}
