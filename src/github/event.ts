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

/** The fields of a webhook payload read here. A payload is what GitHub sent: any may be missing. */
export interface EventPayload {
  pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown }; number?: unknown; [field: string]: unknown } | null;
  after?: unknown;
  before?: unknown;
  repository?: { default_branch?: unknown; [field: string]: unknown } | null;
  merge_group?: { base_sha?: unknown; head_sha?: unknown; [field: string]: unknown } | null;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Base and head from the workflow event, inputs winning. Pure: everything it needs is passed in,
 * so each event shape is unit-testable with a real webhook payload.
 */
export function refsFromEvent(eventName: string, payload: EventPayload, inputs: { baseRef?: string; headRef?: string }): EventRefs {
  const pullRequest = payload.pull_request;
  let base: string | undefined;
  let head: string | undefined;
  let pullNumber: number | null = null;
  let source = eventName;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      base = text(pullRequest?.base?.sha);
      head = text(pullRequest?.head?.sha);
      pullNumber = typeof pullRequest?.number === 'number' ? pullRequest.number : null;
      source = `${eventName} #${pullNumber}`;
      break;
    case 'push':
      head = text(payload.after);
      base = text(payload.before);
      if (base && ZERO_SHA.test(base)) base = undefined;
      if (!base) {
        // A new branch has no "before": compare with the default branch instead.
        const defaultBranch = text(payload.repository?.default_branch);
        if (defaultBranch) base = `origin/${defaultBranch}`;
        source = 'push of a new branch (base: default branch)';
      }
      break;
    case 'merge_group':
      base = text(payload.merge_group?.base_sha);
      head = text(payload.merge_group?.head_sha);
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
