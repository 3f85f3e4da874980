import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { refsFromEvent } from '../../../src/github/event.ts';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: any[] }[];
const example = (name: string, predicate: (payload: any) => boolean = () => true) => examples.find((entry) => entry.name === name)!.examples.find(predicate);

describe('refs from the workflow event', () => {
  it('uses the pull request base and head SHAs and its number', () => {
    const payload = example('pull_request', (p) => p.action === 'opened');
    expect(refsFromEvent('pull_request', payload, {})).toMatchObject({
      base: payload.pull_request.base.sha,
      head: payload.pull_request.head.sha,
      pullNumber: payload.pull_request.number,
    });
    expect(refsFromEvent('pull_request_target', payload, {}).pullNumber).toBe(payload.pull_request.number);
  });

  it('uses before..after on push, and the default branch for a new branch', () => {
    const push = example('push', (p) => !/^0+$/.test(p.before));
    expect(refsFromEvent('push', push, {})).toMatchObject({ base: push.before, head: push.after, pullNumber: null });
    const newBranch = example('push', (p) => /^0+$/.test(p.before));
    expect(refsFromEvent('push', newBranch, {})).toMatchObject({ base: `origin/${newBranch.repository.default_branch}`, head: newBranch.after });
  });

  it('uses the merge group base and head', () => {
    const payload = { merge_group: { base_sha: 'a'.repeat(40), head_sha: 'b'.repeat(40) } };
    expect(refsFromEvent('merge_group', payload, {})).toMatchObject({ base: 'a'.repeat(40), head: 'b'.repeat(40) });
  });

  it('lets inputs win, and needs them on workflow_dispatch', () => {
    const payload = example('pull_request', (p) => p.action === 'opened');
    expect(refsFromEvent('pull_request', payload, { baseRef: 'main' }).base).toBe('main');
    expect(refsFromEvent('workflow_dispatch', {}, { baseRef: 'v1.0', headRef: 'main' })).toMatchObject({ base: 'v1.0', head: 'main', pullNumber: null });
    expect(() => refsFromEvent('workflow_dispatch', {}, {})).toThrow(/set the base-ref and head-ref inputs/);
  });
});
