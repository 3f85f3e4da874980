import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/compare/compare.ts';
import type { QueryResult } from '../../../src/explain/query-result.ts';
import { misestimate, spill, workRegression } from '../../../src/compare/work-rules.ts';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import type { PlanSummary } from '../../../src/explain/plan-summary.ts';
import type { Work } from '../../../src/explain/measured-work.ts';
import { workExplanation, workText } from '../../../src/report/work-text.ts';
import { nodesOf } from '../../helpers/plan-summary.ts';

const plan = (work: Partial<Work> | null, detail: Partial<NonNullable<PlanSummary['workDetail']>> = {}, cost = 100): PlanSummary => ({
  totalCost: cost,
  startupCost: 0,
  planRows: 1,
  seqScans: [],
  shape: 'Seq Scan on t',
  nodes: nodesOf('Seq Scan on t', cost),
  ...(work && {
    work: { blocks: 0, tempBlocks: 0, rows: 1, maxMisestimate: 1, ...work },
    workDetail: { spills: [], worstEstimate: null, ...detail },
  }),
});
const budgets = DEFAULT_BUDGETS;

describe('work-regression', () => {
  it('fires past both thresholds (+50% and +1,000 blocks by default), and only then', () => {
    expect(workRegression(plan({ blocks: 1000 }), plan({ blocks: 40000 }), budgets)).toEqual([
      { rule: 'work-regression', severity: 'error', message: 'measured work 1,000 blocks → 40,000 blocks (×40), over the budget of +50% and +1,000 blocks' },
    ]);
    // +90% but only +900 blocks; +1,500 blocks but only +15%.
    expect(workRegression(plan({ blocks: 1000 }), plan({ blocks: 1900 }), budgets)).toEqual([]);
    expect(workRegression(plan({ blocks: 10000 }), plan({ blocks: 11500 }), budgets)).toEqual([]);
    expect(workRegression(plan({ blocks: 10000 }), plan({ blocks: 11500 }), { ...budgets, workIncreasePct: 10 })).toHaveLength(1);
  });

  it('is an error when head goes past the time bound, a warning when both sides did', () => {
    const timedOut = { ...plan(null), unmeasured: { reason: 'timeout' as const, message: 'measured run went past its 60 s bound (measure.timeout_seconds)' } };
    expect(workRegression(plan({ blocks: 10 }), timedOut, budgets)).toEqual([
      { rule: 'work-regression', severity: 'error', message: 'measured run went past its 60 s bound (measure.timeout_seconds) on head (base: 10 blocks)' },
    ]);
    expect(workRegression(timedOut, timedOut, budgets)[0]?.severity).toBe('warning');
  });
});

describe('spill', () => {
  const sortSpill = { spills: [{ node: 'Sort', tempBlocks: 1254 }] };
  it('fires when head writes temp blocks and base wrote none, naming the node and the amount', () => {
    expect(spill(plan({}), plan({ tempBlocks: 1254 }, sortSpill), budgets)).toEqual([
      { rule: 'spill', severity: 'error', message: 'spills to disk: Sort 1,254 blocks (9.8 MB) of temp files written; base wrote none' },
    ]);
  });
  it('fires on many more temp blocks than base wrote, not on a few more', () => {
    expect(spill(plan({ tempBlocks: 1000 }), plan({ tempBlocks: 1200 }, sortSpill), budgets)).toEqual([]);
    expect(spill(plan({ tempBlocks: 1000 }), plan({ tempBlocks: 5000 }, sortSpill), budgets)).toHaveLength(1);
  });
  it('judges a new query on its own numbers', () => {
    expect(spill(null, plan({ tempBlocks: 1254 }, sortSpill), budgets)[0]?.message).toMatch(/\(new query\)$/);
    expect(spill(null, plan({ tempBlocks: 0 }), budgets)).toEqual([]);
  });
});

describe('misestimate', () => {
  const worst = { worstEstimate: { node: 'Seq Scan on addresses', estimated: 25, actual: 5000, ratio: 200 } };
  it('warns when a head node is off by misestimate_ratio or more and base was not', () => {
    expect(misestimate(plan({ maxMisestimate: 3 }), plan({ maxMisestimate: 200 }, worst), budgets)).toEqual([
      { rule: 'misestimate', severity: 'warning', message: 'Seq Scan on addresses: estimated 25 rows, actual 5,000 (×200, limit ×100)' },
    ]);
    expect(misestimate(plan({ maxMisestimate: 150 }), plan({ maxMisestimate: 200 }, worst), budgets)).toEqual([]);
    expect(misestimate(plan({ maxMisestimate: 3 }), plan({ maxMisestimate: 200 }, worst), { ...budgets, misestimateRatio: 500 })).toEqual([]);
    expect(misestimate(null, plan({ maxMisestimate: 200 }, worst), budgets)).toHaveLength(1);
  });
});

describe('work in the comparison', () => {
  const result = (name: string, summary: PlanSummary): QueryResult => ({ name, endpoint: null, file: null, line: 1, result: summary });

  it('marks a query regressed when its cost is unchanged but its work grew, and says so in one line', () => {
    const comparison = compare({ budgets, overrides: [] }, [result('q', plan({ blocks: 1000 }))], [result('q', plan({ blocks: 40000 }))]);
    const query = comparison.queries[0]!;
    expect(query.status).toBe('regressed');
    expect(query.findings.map((finding) => finding.rule)).toEqual(['work-regression']);
    expect(workExplanation(query)).toBe('estimated cost unchanged; measured work ×40');
    expect(workText(query)).toBe('1,000 → 40,000 (×40)');
  });

  it('stays silent when both sides measured the same work', () => {
    const same = plan({ blocks: 5000, tempBlocks: 300, maxMisestimate: 400 }, { spills: [{ node: 'Sort', tempBlocks: 300 }] });
    const comparison = compare({ budgets, overrides: [] }, [result('q', same)], [result('q', same)]);
    expect(comparison.queries[0]).toMatchObject({ status: 'unchanged', findings: [] });
  });

  it('overrides apply to the work budgets like the others', () => {
    const config = { budgets, overrides: [{ match: 'reports/*', budgets: { workIncreasePct: 5000 } }] };
    const comparison = compare(config, [result('reports/big', plan({ blocks: 1000 }))], [result('reports/big', plan({ blocks: 40000 }))]);
    expect(comparison.queries[0]!.findings).toEqual([]);
  });
});

describe('a measured run that fails', () => {
  const failed = (message: string) => ({ ...plan(null), unmeasured: { reason: 'failed' as const, message } });
  it('warns when it fails on head only, and is silent when base failed the same way', () => {
    const result = (name: string, summary: PlanSummary): QueryResult => ({ name, endpoint: null, file: null, line: 1, result: summary });
    const onHead = compare({ budgets, overrides: [] }, [result('q', plan({ blocks: 5 }))], [result('q', failed('measured run failed: division by zero'))]);
    expect(onHead.queries[0]!.findings).toEqual([{ rule: 'query-error', severity: 'warning', message: 'measured run failed: division by zero (on head)' }]);
    const both = failed('measured run failed: materialized view "m" has not been populated');
    expect(compare({ budgets, overrides: [] }, [result('q', both)], [result('q', both)]).queries[0]!.findings).toEqual([]);
  });
});
