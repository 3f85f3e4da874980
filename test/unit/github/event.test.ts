import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { refsFromEvent } from '../../../src/github/event.ts';
import { annotationsFor, warningAnnotation } from '../../../src/github/annotations.ts';
import { readInputs } from '../../../src/github/inputs.ts';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: any[] }[];
const example = (name: string, predicate: (payload: any) => boolean = () => true) =>
  examples.find((entry) => entry.name === name)!.examples.find(predicate);

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

describe('action inputs and annotations', () => {
  it('rejects an unknown comment mode with a one-line message', () => {
    expect(() => readInputs((name) => (name === 'comment' ? 'sometimes' : ''))).toThrow('input comment: "sometimes" is not one of always, on-change, never');
  });

  it('annotates error and warning findings on the query file under the working directory', () => {
    const annotations = annotationsFor(
      [
        { rule: 'seq-scan', severity: 'error', message: 'new Seq Scan on users', query: 'login', endpoint: null, file: 'queries/login.sql', line: 3 },
        { rule: 'plan-changed', severity: 'info', message: 'plan shape changed', query: 'login', endpoint: null, file: 'queries/login.sql', line: 3 },
        { rule: 'query-count', severity: 'warning', message: 'more queries', query: null, endpoint: 'GET /x', file: null, line: null },
      ],
      'services/api',
    );
    expect(annotations).toEqual([
      { level: 'error', title: 'pg-plan-gate seq-scan: login', message: 'new Seq Scan on users', file: 'services/api/queries/login.sql', startLine: 3 },
      { level: 'warning', title: 'pg-plan-gate query-count: GET /x', message: 'more queries' },
    ]);
  });
});

describe('warnings as annotations', () => {
  it('sit on the config or SQL file and line the warning names, relative to the repository root', () => {
    expect(warningAnnotation('pg-plan-gate.yml:12: queries[2].file q/*.sql matches no file on base or head', 'services/api')).toEqual({
      title: 'pg-plan-gate',
      message: 'pg-plan-gate.yml:12: queries[2].file q/*.sql matches no file on base or head',
      file: 'services/api/pg-plan-gate.yml',
      startLine: 12,
    });
    expect(warningAnnotation('pg-plan-gate.yml: no queries: list queries to gate', '')).toMatchObject({ file: 'pg-plan-gate.yml' });
    expect(warningAnnotation('index advice stopped: connection lost', '')).toEqual({ title: 'pg-plan-gate', message: 'index advice stopped: connection lost' });
  });
});
