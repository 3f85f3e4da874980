import { describe, expect, it } from 'vitest';
import { withAdvice } from '../../../src/advice/advise.ts';
import type { AdviceRun } from '../../../src/advice/try-indexes.ts';
import { compare } from '../../../src/compare/compare.ts';
import type { QueryResult } from '../../../src/explain/query-result.ts';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import type { PlanSummary } from '../../../src/explain/plan-summary.ts';
import { renderJson } from '../../../src/report/json.ts';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import { renderTerminal } from '../../../src/report/terminal.ts';
import type { Report } from '../../../src/report/report.ts';
import { nodesOf } from '../../helpers/plan-summary.ts';

/** The advice lines of the comment and the terminal, and the JSON fields, from one report. */
const plan = (totalCost: number, shape: string, seqScans: PlanSummary['seqScans'] = []): PlanSummary => ({
  totalCost,
  startupCost: 0,
  planRows: 1,
  seqScans,
  shape,
  nodes: nodesOf(shape, totalCost),
});
const result = (name: string, summary: PlanSummary): QueryResult => ({ name, endpoint: null, file: null, line: 1, result: summary });

const comparison = compare(
  { budgets: DEFAULT_BUDGETS, overrides: [] },
  [
    result('film-by-title', plan(8.3, 'Index Scan using film_title_idx on film')),
    result('film-count', plan(20, 'Aggregate\n  Index Only Scan using film_pkey on film')),
  ],
  [
    result('film-by-title', plan(787, 'Seq Scan on film', [{ relation: 'film', rows: 20000 }])),
    result('film-count', plan(790, 'Aggregate\n  Seq Scan on film', [{ relation: 'film', rows: 20000 }])),
  ],
);
const run: AdviceRun = {
  byQuery: new Map([
    [
      'film-by-title',
      {
        advice: [
          { sql: 'CREATE INDEX ON film (lower(title))', cost: 8.3 },
          { sql: 'CREATE INDEX ON film (lower(title), rating)', cost: 8.31 },
        ],
      },
    ],
    ['film-count', { advice: [], note: 'no index helps: the query reads most of film (~20,000 of 20,000 rows)' }],
  ]),
  cutShort: false,
  trials: 3,
};
const report: Report = {
  version: 1,
  verdict: comparison.verdict,
  config: 'pg-plan-gate.yml',
  base: { ref: 'main', sha: null },
  head: { ref: 'HEAD', sha: null },
  engine: { kind: 'embedded', serverVersion: '18.6' },
  planner: {},
  build: { base: 'fresh', head: 'fresh' },
  ignored: 0,
  skipped: [],
  queries: withAdvice(comparison.queries, run),
  endpoints: comparison.endpoints,
  productionStatistics: null,
  findings: comparison.findings,
  warnings: [],
  timings: { totalMs: 1 },
};

describe('index advice in the report', () => {
  it('puts try: lines with head cost → cost with the index in the query row of the comment', () => {
    const row = renderMarkdown(report)
      .split('\n')
      .find((line) => line.includes('<code>film-by-title</code>'))!;
    expect(row).toContain(
      '<br>try: <code>CREATE INDEX ON film (lower(title))</code> → 787.00 → 8.30<br>try: <code>CREATE INDEX ON film (lower(title), rating)</code> → 787.00 → 8.31 |',
    );
    const none = renderMarkdown(report)
      .split('\n')
      .find((line) => line.includes('<code>film-count</code>'))!;
    expect(none).toContain('<br><i>no index helps: the query reads most of film (~20,000 of 20,000 rows)</i> |');
  });

  it('prints the same lines in the terminal', () => {
    const text = renderTerminal(report, { colour: false });
    expect(text).toContain('\n            try: CREATE INDEX ON film (lower(title)) → 787.00 → 8.30\n');
    expect(text).toContain('\n            no index helps: the query reads most of film (~20,000 of 20,000 rows)\n');
  });

  it('carries queries[].advice as [{ sql, cost }] and the note in the JSON', () => {
    const json = JSON.parse(renderJson(report)) as { queries: { name: string; advice?: unknown; adviceNote?: string }[] };
    expect(json.queries.find((entry) => entry.name === 'film-by-title')).toMatchObject({
      advice: [
        { sql: 'CREATE INDEX ON film (lower(title))', cost: 8.3 },
        { sql: 'CREATE INDEX ON film (lower(title), rating)', cost: 8.31 },
      ],
    });
    expect(json.queries.find((entry) => entry.name === 'film-count')).toMatchObject({ advice: [], adviceNote: expect.stringContaining('reads most of film') });
  });

  it('leaves the report as it was without advice', () => {
    expect(withAdvice(comparison.queries, null)).toBe(comparison.queries);
    expect(renderMarkdown({ ...report, queries: comparison.queries })).not.toContain('try:');
  });
});
