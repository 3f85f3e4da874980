import type { getOctokit } from '@actions/github';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.ts';
import type { Report } from '../report/report.ts';
import { tokenUser, writtenBy } from './token-user.ts';

type Octokit = ReturnType<typeof getOctokit>;
export type CommentMode = 'always' | 'on-change' | 'never';

export type CommentOutcome = { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string } | { action: 'failed'; reason: string };

/**
 * One hidden marker per config file (its repository-relative path), so several gates in one
 * repository keep separate comments.
 */
export function commentMarker(configPath: string): string {
  return `<!-- pg-plan-gate:${configPath.replace(/-->/g, '')} -->`;
}

export function commentBody(report: Report, marker: string, sourceUrl?: string): string {
  const body = renderMarkdown(report, { maxLength: GITHUB_COMMENT_LIMIT - marker.length - 1, ...(sourceUrl && { sourceUrl }) });
  return `${marker}\n${body}`;
}

/** Anything a reviewer should see: a query that is not unchanged, or any finding. */
export function reportHasChanges(report: Report): boolean {
  return report.findings.length > 0 || report.queries.some((query) => query.status !== 'unchanged');
}

/**
 * Find our comment by its marker among the token's own comments (paging through every
 * comment), then edit it in place or create it. on-change creates only when something changed
 * but always updates an existing comment, so a fixed PR does not keep a stale red comment.
 * `sourceUrl`: the repository's files at head's commit, for links from query names.
 */
export async function upsertComment(
  octokit: Octokit,
  target: { owner: string; repo: string; issueNumber: number },
  report: Report,
  mode: CommentMode,
  configKey: string = report.config,
  sourceUrl?: string,
): Promise<CommentOutcome> {
  if (mode === 'never') return { action: 'skipped', reason: 'comment: never' };
  const marker = commentMarker(configKey);
  const body = commentBody(report, marker, sourceUrl);
  try {
    const [comments, user] = await Promise.all([
      octokit.paginate(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 }),
      tokenUser(octokit),
    ]);
    // Ours starts with the marker and was written by this token's account: a person's comment
    // that starts with (or quotes) the marker is never edited or deleted.
    const ours = comments.filter((comment) => comment.body?.startsWith(marker) && writtenBy(user, comment.user));
    const existing = ours[0];
    if (existing) {
      const updated = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
      // A duplicate can only come from a race between two runs of the same author; keep one.
      for (const duplicate of ours.slice(1).filter((comment) => comment.user?.id === existing.user?.id)) {
        await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: duplicate.id }).catch(() => {
          // The other run may have deleted it first; one comment remains either way.
        });
      }
      return { action: 'updated', url: updated.data.html_url };
    }
    if (mode === 'on-change' && !reportHasChanges(report)) return { action: 'skipped', reason: 'nothing changed (comment: on-change)' };
    const created = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    return { action: 'created', url: created.data.html_url };
  } catch (error) {
    // The verdict never depends on the comment: every API failure is reported, not thrown.
    const status = (error as { status?: number }).status;
    const detail = `${status ? `HTTP ${status}: ` : ''}${(error as Error).message.split('\n')[0]}`;
    const hint =
      status === 403 || status === 404
        ? ' A pull request from a fork gets a read-only token, and the workflow needs permissions: pull-requests: write; see "Fork pull requests" in the pg-plan-gate docs (docs/action.md).'
        : '';
    return { action: 'failed', reason: `cannot comment on pull request #${target.issueNumber} (${detail}).${hint}` };
  }
}
