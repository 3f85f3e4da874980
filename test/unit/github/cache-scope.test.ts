import { describe, expect, it } from 'vitest';
import { cacheScope } from '../../../src/github/cache-scope.ts';

describe('cache scope of an action run', () => {
  it("trusts only the default branch's own runs", () => {
    expect(cacheScope('push', 'refs/heads/main', 'main')).toBeUndefined();
    expect(cacheScope('schedule', 'refs/heads/main', 'main')).toBeUndefined();
    expect(cacheScope('pull_request', 'refs/pull/7/merge', 'main')).toBe('pull_request refs/pull/7/merge');
    // pull_request_target runs on the base branch's ref, for a pull request's code.
    expect(cacheScope('pull_request_target', 'refs/heads/main', 'main')).toBe('pull_request_target refs/heads/main');
    expect(cacheScope('push', 'refs/heads/feature', 'main')).toBe('push refs/heads/feature');
    expect(cacheScope('push', 'refs/heads/main', undefined)).toBe('push refs/heads/main');
  });
});
