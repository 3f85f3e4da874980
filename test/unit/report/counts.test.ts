import { describe, expect, it } from 'vitest';
import type { LocatedFinding } from '../../../src/compare/comparison.ts';
import { countBy, plural, severityCounts } from '../../../src/report/counts.ts';
import { reportOf } from '../../helpers/report.ts';

const finding = (severity: LocatedFinding['severity'], rule: LocatedFinding['rule'] = 'seq-scan'): LocatedFinding => ({
  rule,
  severity,
  message: `${rule} on orders`,
  query: 'recent_orders',
  endpoint: null,
  file: 'queries/recent_orders.sql',
  line: 3,
});

describe('counting', () => {
  it('countBy: how many items per key, keys in first-seen order', () => {
    const statuses = ['regressed', 'unchanged', 'new', 'unchanged', 'unchanged'].map((status) => ({ status }));
    expect(Object.entries(countBy(statuses, (query) => query.status))).toEqual([
      ['regressed', 1],
      ['unchanged', 3],
      ['new', 1],
    ]);
    expect(countBy([], String)).toEqual({});
  });

  it("severityCounts: the report's errors and warnings; info findings count in neither", () => {
    const report = reportOf({
      verdict: 'fail',
      queries: [],
      endpoints: [],
      findings: [finding('error'), finding('warning', 'misestimate'), finding('info', 'plan-changed'), finding('error', 'cost-regression')],
    });
    expect(severityCounts(report)).toEqual({ errors: 2, warnings: 1 });
    expect(severityCounts(reportOf({ verdict: 'pass', queries: [], endpoints: [], findings: [] }))).toEqual({ errors: 0, warnings: 0 });
  });

  it('plural: the word for one, the plural otherwise (zero included), a given plural for irregular words', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(0, 'error')).toBe('0 errors');
    expect(plural(3, 'warning')).toBe('3 warnings');
    expect(plural(1, 'query', 'queries')).toBe('1 query');
    expect(plural(2, 'unchanged query', 'unchanged queries')).toBe('2 unchanged queries');
  });
});
