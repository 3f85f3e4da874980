import { describe, expect, it } from 'vitest';
import type { Finding, QueryComparison, QueryStatus } from '../../../src/compare/comparison.ts';
import { byImportance, bySeverity, STATUS_ORDER } from '../../../src/report/importance.ts';

const row = (name: string, status: QueryStatus, findings: Pick<Finding, 'severity'>[] = []): QueryComparison => ({
  name,
  endpoint: null,
  file: null,
  line: null,
  status,
  base: null,
  head: null,
  findings: findings.map((finding) => ({ rule: 'cost-regression', message: name, ...finding })),
});

describe('the order of query rows', () => {
  it('the headline counts statuses most important first', () => {
    expect(STATUS_ORDER).toEqual(['error', 'regressed', 'new', 'improved', 'changed', 'removed', 'unchanged']);
  });

  it('by worst finding first, then by status', () => {
    const rows = [
      row('plain change', 'changed'),
      row('fails on base too', 'error', [{ severity: 'warning' }]),
      row('improved', 'improved', [{ severity: 'info' }]),
      row('new with a seq scan', 'new', [{ severity: 'error' }]),
      row('regressed', 'regressed', [{ severity: 'info' }, { severity: 'error' }]),
      row('fails on head', 'error', [{ severity: 'error' }]),
      row('new', 'new'),
      row('slower, under budget', 'changed', [{ severity: 'warning' }]),
      row('removed', 'removed'),
    ];
    expect([...rows].sort(byImportance).map((query) => query.name)).toEqual([
      'fails on head',
      'regressed',
      'new with a seq scan',
      'fails on base too',
      'slower, under budget',
      'new',
      'improved',
      'plain change',
      'removed',
    ]);
  });

  it('an info finding does not lift a row above its status; equal rows keep their order', () => {
    const rows = [row('a', 'changed', [{ severity: 'info' }]), row('b', 'new'), row('c', 'changed')];
    expect([...rows].sort(byImportance).map((query) => query.name)).toEqual(['b', 'a', 'c']);
  });
});

describe("a query's findings", () => {
  it("errors, then warnings, then info, the rules' order kept within a severity; the input is not sorted in place", () => {
    const findings = [
      { severity: 'info', rule: 'plan-changed' },
      { severity: 'warning', rule: 'misestimate' },
      { severity: 'error', rule: 'seq-scan' },
      { severity: 'warning', rule: 'spill' },
      { severity: 'error', rule: 'cost-regression' },
    ];
    expect(bySeverity(findings).map((finding) => finding.rule)).toEqual(['seq-scan', 'cost-regression', 'misestimate', 'spill', 'plan-changed']);
    expect(findings[0]!.rule).toBe('plan-changed');
  });

  it('an unknown severity goes last', () => {
    expect(bySeverity([{ severity: 'debug' }, { severity: 'info' }]).map((finding) => finding.severity)).toEqual(['info', 'debug']);
  });
});
