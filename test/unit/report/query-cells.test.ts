import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/compare/compare.ts';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import type { QueryResult } from '../../../src/explain/query-result.ts';
import type { PlanSummary, SeqScan } from '../../../src/explain/plan-summary.ts';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import { seqScanText } from '../../../src/report/query-cells.ts';
import { renderTerminal } from '../../../src/report/terminal.ts';
import { nodesOf, shapePlan } from '../../helpers/plan-summary.ts';
import { comparedReport, queryResult } from '../../helpers/report.ts';

/** Issue 27 item 7: a partitioned table's seq scans are one entry, its empty partitions left out. */
const DEFAULTS = { budgets: DEFAULT_BUDGETS, overrides: [] };
const partition = (day: number, rows: number): SeqScan => ({
  relation: `v1_task_202612${String(day).padStart(2, '0')}`,
  partitionOf: 'v1_task',
  partitionOfRows: 40000,
  rows,
});
const plan = (seqScans: SeqScan[]): PlanSummary => {
  const shape = ['Append', ...seqScans.map((scan) => `  Seq Scan on ${scan.relation}`)].join('\n');
  return { totalCost: 900, startupCost: 0, planRows: 10, seqScans, shape, nodes: nodesOf(shape, 900) };
};
const result = (summary: PlanSummary): QueryResult => ({ name: 'ListTasks', endpoint: null, file: null, line: 1, result: summary });

describe('seq scans of a partitioned table', () => {
  const full = [1, 2, 3, 4, 5].map((day) => partition(day, 8000));
  const empty = [6, 7, 8, 9, 10, 11].map((day) => partition(day, 0));
  const comparison = compare(DEFAULTS, [result(plan([]))], [result(plan([...full, ...empty, { relation: 'tenants', rows: 20 }]))]);
  const query = comparison.queries[0]!;

  it('are grouped under the parent with its total; partitions below seq_scans.min_rows are left out', () => {
    expect(seqScanText(query)).toBe('v1_task (~40,000, 5 partitions) ×5 new, tenants (~20) new');
  });

  it('leave the findings as they were: the rule counts the partitions with rows', () => {
    expect(query.findings.find((finding) => finding.rule === 'seq-scan')?.message).toMatch(/v1_task_20261201/);
    expect((query.head as PlanSummary).seqScans.map((scan) => scan.relation)).not.toContain('v1_task_20261206');
  });
});

describe('seq-scan cells', () => {
  it('marks new seq scans and cuts a long list: one entry per relation with its count', () => {
    const many = Array.from({ length: 4000 }, () => ({ relation: 'users', rows: 20_000 }));
    const others = ['a', 'b', 'c', 'd', 'e', 'f'].map((relation) => ({ relation, rows: 5000 }));
    const scans = comparedReport(
      [queryResult('wide', shapePlan(10, 'Append', [{ relation: 'a', rows: 5000 }]))],
      [queryResult('wide', shapePlan(9000, 'Append', [...many, ...others]))],
    );
    const row = renderMarkdown(scans)
      .split('\n')
      .find((line) => line.includes('<code>wide</code>'))!;
    expect(row).toContain('| users (~20,000) ×4000 🆕, a (~5,000), b (~5,000) 🆕, c (~5,000) 🆕, d (~5,000) 🆕, … 2 more |');
    expect(renderTerminal(scans, { colour: false })).toContain('seq scans on head: users (~20,000) ×4000 new, a (~5,000), b (~5,000) new');
  });
});
