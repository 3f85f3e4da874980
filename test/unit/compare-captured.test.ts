import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import type { QueryResult } from '../../src/explain/types.ts';
import { DEFAULT_BUDGETS } from '../../src/config/types.ts';

const config = { budgets: DEFAULT_BUDGETS, overrides: [] };
const plan = (cost: number, seqScans: { relation: string; rows: number }[] = []) => ({
  totalCost: cost,
  startupCost: 0,
  planRows: 1,
  seqScans,
  shape: seqScans.length ? `Seq Scan on ${seqScans[0]!.relation}` : 'Index Scan using pk on items',
  nodes: [],
});
const captured = (name: string, result: QueryResult['result']): QueryResult => ({ name, endpoint: 'GET /items', file: null, line: 0, result, captured: true });

describe('captured queries in the comparison', () => {
  it('does not call a rewritten query\'s seq scan new when its endpoint scanned that table on base', () => {
    const base = [captured('GET /items aaaa1111', plan(400, [{ relation: 'items', rows: 20000 }]))];
    const head = [captured('GET /items bbbb2222', plan(420, [{ relation: 'items', rows: 20000 }]))];
    const comparison = compare(config, base, head);
    expect(comparison.findings.filter((finding) => finding.rule === 'seq-scan')).toEqual([]);
    expect(comparison.verdict).toBe('pass');
    // A table the endpoint never scanned before is still news.
    const worse = compare(config, base, [captured('GET /items bbbb2222', plan(420, [{ relation: 'users', rows: 5000 }]))]);
    expect(worse.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toEqual(['error:seq-scan']);
  });

  it('keeps a captured statement that cannot be explained on either side from failing the check', () => {
    const failing = { error: 'relation "incoming" does not exist' };
    const same = compare(config, [captured('GET /items cccc3333', failing)], [captured('GET /items cccc3333', failing)]);
    expect(same.verdict).toBe('pass');
    expect(same.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toEqual(['info:query-error']);
    // Explained on base, failing on head: that is a regression.
    const broken = compare(config, [captured('GET /items cccc3333', plan(5))], [captured('GET /items cccc3333', failing)]);
    expect(broken.verdict).toBe('fail');
  });
});
