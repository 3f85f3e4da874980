/**
 * Only the default branch's own runs write what every run reads. On a self-hosted runner the
 * cache directory outlives the job and serves every ref: a pull request's run (its config, its
 * capture command, even the action's version are the pull request's) must not be able to put
 * an entry or an answer there that main's runs would believe. Everything else writes under its
 * ref's scope, as the Actions cache scopes entries by branch.
 */
export function cacheScope(eventName: string, ref: string, defaultBranch: string | undefined): string | undefined {
  const trusted = !/^pull_request/.test(eventName) && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;
  return trusted ? undefined : `${eventName} ${ref}`;
}
