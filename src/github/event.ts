import { UserError } from '../util/errors.ts';

export interface EventRefs {
  base: string;
  head: string;
  /** Pull request number to comment on, when there is one. */
  pullNumber: number | null;
  /** What was chosen and why, for the log. */
  source: string;
}

const ZERO_SHA = /^0+$/;

/**
 * Base and head from the workflow event, inputs winning. Pure: everything it needs is passed in,
 * so each event shape is unit-testable with a real webhook payload.
 */
export function refsFromEvent(
  eventName: string,
  payload: Record<string, any>,
  inputs: { baseRef?: string; headRef?: string },
): EventRefs {
  const pullRequest = payload.pull_request;
  let base: string | undefined;
  let head: string | undefined;
  let pullNumber: number | null = null;
  let source = eventName;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      base = pullRequest?.base?.sha;
      head = pullRequest?.head?.sha;
      pullNumber = typeof pullRequest?.number === 'number' ? pullRequest.number : null;
      source = `${eventName} #${pullNumber}`;
      break;
    case 'push':
      head = payload.after;
      if (payload.before && !ZERO_SHA.test(payload.before)) base = payload.before;
      else {
        // A new branch has no "before": compare with the default branch instead.
        const defaultBranch = payload.repository?.default_branch;
        if (defaultBranch) base = `origin/${defaultBranch}`;
        source = 'push of a new branch (base: default branch)';
      }
      break;
    case 'merge_group':
      base = payload.merge_group?.base_sha;
      head = payload.merge_group?.head_sha;
      break;
    default:
      break;
  }
  base = inputs.baseRef || base;
  head = inputs.headRef || head;
  if (inputs.baseRef || inputs.headRef) source += ' (with base-ref/head-ref inputs)';
  if (!base || !head) {
    throw new UserError(
      `cannot tell what to compare on a ${eventName} event: set the base-ref and head-ref inputs (supported events: pull_request, pull_request_target, push, merge_group, workflow_dispatch with inputs)`,
    );
  }
  return { base, head, pullNumber, source };
}
