import type { FailOn } from '../compare/comparison.ts';
import { UserError } from '../util/errors.ts';
import type { CommentMode } from './comment.ts';

export interface ActionInputs {
  config: string;
  githubToken: string;
  baseRef?: string;
  headRef?: string;
  databaseUrl?: string;
  comment: CommentMode;
  failOn: FailOn;
  workingDirectory: string;
  /** `cache`: built databases from and to the Actions cache. */
  cache: boolean;
}

/** Inputs per action.yml; `getInput` is core.getInput (trimmed, '' when unset). */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = getInput(name) || fallback;
    if (!(allowed as readonly string[]).includes(value)) throw new UserError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return value as T;
  };
  const optional = (name: string) => getInput(name) || undefined;
  const baseRef = optional('base-ref');
  const headRef = optional('head-ref');
  const databaseUrl = optional('database-url');
  return {
    config: getInput('config') || 'pg-plan-gate.yml',
    githubToken: getInput('github-token'),
    ...(baseRef && { baseRef }),
    ...(headRef && { headRef }),
    ...(databaseUrl && { databaseUrl }),
    comment: choice('comment', ['always', 'on-change', 'never'] as const, 'on-change'),
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    workingDirectory: getInput('working-directory') || '.',
    cache: choice('cache', ['true', 'false'] as const, 'true') === 'true',
  };
}
