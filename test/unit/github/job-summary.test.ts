import { describe, expect, it } from 'vitest';
import { jobSummary, SUMMARY_LIMIT_BYTES } from '../../../src/github/job-summary.ts';
import type { Report } from '../../../src/report/report.ts';

describe('job summary', () => {
  it('stays under 1 MiB in bytes when names are multi-byte, and says it was cut', () => {
    const name = (i: number) => `查询/报告/${'数据'.repeat(40)}/${i}`;
    const report: Report = {
      version: 1,
      verdict: 'fail',
      config: 'pg-plan-gate.yml',
      base: { ref: 'main', sha: 'a'.repeat(40) },
      head: { ref: 'HEAD', sha: 'b'.repeat(40) },
      engine: { kind: 'embedded', serverVersion: '18.6' },
      queries: Array.from({ length: 4000 }, (_, i) => ({
        name: name(i),
        endpoint: null,
        file: null,
        line: null,
        status: 'regressed' as const,
        base: { totalCost: 1, startupCost: 0, planRows: 1, seqScans: [], shape: 'Index Scan using a on t', nodes: [] },
        head: { totalCost: 900, startupCost: 0, planRows: 1, seqScans: [], shape: 'Seq Scan on t', nodes: [] },
        findings: [{ rule: 'cost-regression' as const, severity: 'error' as const, message: `cost up for ${name(i)}` }],
      })),
      endpoints: [],
      productionStatistics: null,
      findings: [],
      warnings: [],
      planner: {},
      build: { base: 'fresh', head: 'fresh' },
      ignored: 0,
      skipped: [],
      timings: { totalMs: 1 },
    };
    const summary = jobSummary(report, '/tmp/report.json', 'cannot comment on pull request #1 (HTTP 403)');
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(summary.length).toBeLessThan(Buffer.byteLength(summary));
    expect(summary).toMatch(/Truncated to fit GitHub's 1 MiB job summary limit: .* omitted; the full report is in the JSON report \(\/tmp\/report\.json\)/);
    expect(summary).toContain('cannot comment on pull request #1 (HTTP 403)');
  });
});
