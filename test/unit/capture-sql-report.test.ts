import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import type { QueryResult } from '../../src/explain/types.ts';
import { DEFAULT_BUDGETS } from '../../src/config/types.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { reportOf } from '../helpers/report.ts';

const config = { budgets: DEFAULT_BUDGETS, overrides: [] };
const plan = (cost: number) => ({ totalCost: cost, startupCost: 0, planRows: 1, seqScans: [], shape: 'Index Scan using users_pkey on users', nodes: [] });
const LIST = 'SELECT id, owner_id FROM items ORDER BY id LIMIT $1';
const OWNER = 'SELECT id, name FROM users WHERE id = $1';
const captured = (name: string, endpoint: string, sql: string, cost = 8): QueryResult => ({ name, endpoint, file: null, line: 0, result: plan(cost), captured: true, sql });
const declared = (name: string): QueryResult => ({ name, endpoint: 'GET /items', file: `queries/${name}.sql`, line: 1, result: plan(3) });
const counts = (runsPerRequest: Record<string, number>) => ({
  requests: 2,
  boundaries: 'trace' as const,
  queries: 2,
  queriesPerRequest: 1,
  maxPerRequest: 1,
  distinctQueries: Object.keys(runsPerRequest).length,
  runsPerRequest,
});

function nPlusOneReport() {
  const base = [declared('items-count'), captured('GET /items aaaa1111', 'GET /items', LIST, 40), captured('GET /health cccc3333', 'GET /health', 'SELECT now()', 0.01)];
  const head = [...base, captured('GET /items bbbb2222', 'GET /items', OWNER)];
  return reportOf(
    compare(config, base, head, 'error', [
      {
        endpoint: 'GET /items',
        base: counts({ 'GET /items aaaa1111': 1 }),
        head: counts({ 'GET /items aaaa1111': 1, 'GET /items bbbb2222': 20 }),
        findings: [{ rule: 'n-plus-one', severity: 'error', message: 'N+1: one request ran the same query 20 times', query: 'GET /items bbbb2222' }],
      },
      { endpoint: 'GET /health', base: counts({ 'GET /health cccc3333': 1 }), head: counts({ 'GET /health cccc3333': 2 }), findings: [] },
    ]),
  );
}

describe('captured SQL in the report', () => {
  it('gives every captured query its normalized sql in the JSON, and declared ones none', () => {
    const report = nPlusOneReport();
    const byName = Object.fromEntries(report.queries.map((query) => [query.name, query]));
    expect(byName['GET /items bbbb2222']!.sql).toBe(OWNER);
    expect(byName['GET /items aaaa1111']!.sql).toBe(LIST);
    expect(byName['items-count']).not.toHaveProperty('sql');
    expect(JSON.parse(JSON.stringify(report)).queries.find((query: { name: string }) => query.name === 'GET /items bbbb2222').sql).toBe(OWNER);
    // A captured query head no longer runs keeps base's sql.
    const removed = compare(config, [captured('GET /items aaaa1111', 'GET /items', LIST)], []);
    expect(removed.queries[0]).toMatchObject({ status: 'removed', sql: LIST });
  });

  it('shows it collapsed in the comment for endpoints with findings, the query a finding names first', () => {
    const markdown = renderMarkdown(nPlusOneReport());
    expect(markdown).toContain('### Captured SQL');
    const block = markdown.slice(markdown.indexOf('<details><summary><code>GET /items</code>: SQL of 2 captured queries</summary>'));
    expect(block).toMatch(/^<details><summary><code>GET \/items<\/code>: SQL of 2 captured queries<\/summary>\n\n<code>GET \/items bbbb2222<\/code> \(new, n-plus-one\)\n\n```sql\nSELECT id, name FROM users WHERE id = \$1\n```\n/);
    expect(block.indexOf(OWNER)).toBeLessThan(block.indexOf(LIST));
    // No finding, no SQL block (the endpoint's row is there: its cost per request changed).
    expect(markdown).toContain('| GET /health |');
    expect(markdown).not.toContain('<code>GET /health</code>: SQL');
    // The endpoint's cost is per request: 40 → 40 + 20 × 8.
    expect(markdown).toMatch(/\| GET \/items \| 1 → 1 \| 2 → 2 \| 1 → 1 \| 1 → 2 \| 43\.00 → 203\.00 \| \+372% \|/);
  });

  it('gives the SQL blocks up first when the comment is too long', () => {
    const report = nPlusOneReport();
    const full = renderMarkdown(report);
    const sqlBlock = full.slice(full.indexOf('\n### Captured SQL'), full.indexOf('\n### Plan changes'));
    expect(sqlBlock.length).toBeGreaterThan(100);
    const fitted = renderMarkdown(report, { maxLength: full.length - 20 });
    expect(fitted.length).toBeLessThanOrEqual(full.length - 20);
    expect(fitted).not.toContain('### Captured SQL');
    // Plan diffs (the next thing to go) are still there, and the note says what was left out.
    expect(fitted).toContain('### Plan changes');
    expect(fitted).toContain('1 captured SQL block omitted');
  });
});
