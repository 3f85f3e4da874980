import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/compare/compare.ts';
import type { QueryResult, SideResult } from '../../../src/explain/query-result.ts';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import { parsePlan } from '../../../src/explain/plan.ts';
import { summarizePlan, type PlanSummary } from '../../../src/explain/plan-summary.ts';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../../src/report/markdown.ts';
import { renderTerminal } from '../../../src/report/terminal.ts';
import { codeBlock } from '../../../src/report/markdown-text.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { BASE_RECENT, HEAD_RECENT, nodesOf, ORDERS_SEQ_SCANS, shapePlan } from '../../helpers/plan-summary.ts';
import { comparedReport, queryResult, reportOf } from '../../helpers/report.ts';

const RELATION_ROWS = { events: 40000, events_2024: 20962, events_2025: 19038, log_user_status: 100000, orders: 50000, users: 20000 };
const real = (name: string): PlanSummary => summarizePlan(parsePlan(JSON.parse(fixture(`plans/${name}.json`))), RELATION_ROWS);
const DEFAULTS = { budgets: DEFAULT_BUDGETS, overrides: [] };

const plan = (totalCost: number, shape: string, seqScans: PlanSummary['seqScans'] = []): PlanSummary => ({
  totalCost,
  startupCost: 0,
  planRows: 1,
  seqScans,
  shape,
  nodes: nodesOf(shape, totalCost),
});

const query = (name: string, result: SideResult, endpoint: string | null = null, file: string | null = null): QueryResult => ({
  name,
  endpoint,
  file,
  line: 1,
  result,
});

const toReport = reportOf;

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
const cells = (row: string): string[] => {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const char = row[i]!;
    if (char === '\\' && i + 1 < row.length) {
      current += char + row[i + 1];
      i++;
    } else if (char === '|') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.slice(1, -1).map((cell) => cell.trim());
};

const tableRows = (body: string, header: string): string[][] => {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(cells(line));
  }
  return rows;
};

const QUERY_HEADER = '| | Query | Endpoint | Status |';
const ENDPOINT_HEADER = '| Endpoint | Queries base → head |';

const expectWellFormed = (body: string) => {
  expect(body.match(/<details>/g)?.length ?? 0).toBe(body.match(/<\/details>/g)?.length ?? 0);
  expect((body.match(/^```/gm)?.length ?? 0) % 2).toBe(0);
};

describe('markdown: small report', () => {
  const HASH = 'Hash Join\n  Seq Scan on orders\n  Hash\n    Seq Scan on users';
  const MERGE = 'Merge Join\n  Index Scan using orders_user_id_idx on orders\n  Index Scan using users_pkey on users';
  const comparison = compare(
    DEFAULTS,
    [
      query('login', real('index-scan-email'), 'POST /login', 'queries/login.sql'),
      query('status-count', real('seq-scan-filter'), 'GET /admin/log_user_status'),
      query('unchanged-anti-join', real('anti-join'), 'GET /users'),
      query('unchanged-bitmap', real('bitmap-scan'), 'GET /users'),
      query('unchanged-cte', real('cte-scan')),
      query('reports|monthly', plan(100, HASH), 'GET /reports|export'),
      query('legacy', real('hash-aggregate')),
      query('broken', real('index-scan-email')),
    ],
    [
      query('login', real('seq-scan-lower-email'), 'POST /login', 'queries/login.sql'),
      query('status-count', real('index-only-scan'), 'GET /admin/log_user_status'),
      query('unchanged-anti-join', real('anti-join'), 'GET /users'),
      query('unchanged-bitmap', real('bitmap-scan'), 'GET /users'),
      query('unchanged-cte', real('cte-scan')),
      query('reports|monthly', plan(101, MERGE), 'GET /reports|export'),
      query('reports|count', real('index-scan-email'), 'GET /reports|export'),
      query('orders-by-user', real('bitmap-scan'), 'GET /orders'),
      query('broken', { error: 'column "emial" does not exist' }),
    ],
  );
  const report = toReport(comparison);
  const body = renderMarkdown(report);

  it('starts with a headline carrying the verdict, error and warning counts', () => {
    const [headline, , summary] = body.split('\n');
    // login: seq-scan + cost-regression; broken: query-error; GET /reports|export: query-count.
    expect(headline).toBe('## ❌ pg-plan-gate: fail — 4 errors, 0 warnings');
    expect(summary).toContain('10 queries: 1 error, 1 regressed, 2 new, 1 improved, 1 changed, 1 removed, 3 unchanged');
    expect(summary).toContain('main (0123456)');
    expect(summary).toContain('feature/login (fedcba9)');
    expect(summary).toContain('PostgreSQL 18.6');
  });

  it('says pass and no findings when nothing is wrong', () => {
    const calm = renderMarkdown(toReport(compare(DEFAULTS, [query('a', real('anti-join'))], [query('a', real('anti-join'))])));
    expect(calm.split('\n')[0]).toBe('## ✅ pg-plan-gate: pass — no findings');
    expect(calm).not.toContain(QUERY_HEADER);
    expect(calm).toContain('1 unchanged query not shown.');
  });

  it("counts the run's own warnings in the headline and quotes them, the planner settings and ignored queries under it", () => {
    const report = {
      ...toReport(compare(DEFAULTS, [query('a', real('anti-join'))], [query('a', real('anti-join'))])),
      warnings: ['base: materialized view public.broken could not be refreshed (division by zero); plans of queries on it use no statistics'],
      planner: { jit: 'off', random_page_cost: '1.1' },
      ignored: 2,
      skipped: [],
    };
    const text = renderMarkdown(report);
    expect(text.split('\n')[0]).toBe('## ✅ pg-plan-gate: pass — no findings (and 1 warning about the run)');
    expect(text).toContain('> ⚠️ base: materialized view public.broken could not be refreshed (division by zero)');
    expect(text).toContain('Planner: `jit=off, random_page_cost=1.1`');
    expect(text).toContain('· 2 queries ignored');
  });

  it('lists the queries that matter, most important first, with costs, change and seq scans', () => {
    const rows = tableRows(body, QUERY_HEADER);
    expect(rows.map((row) => [row[1], row[3]])).toEqual([
      ['<code>broken</code>', 'error'],
      ['<code>login</code>', 'regressed'],
      ['<code>reports&#124;count</code>', 'new'],
      ['<code>orders-by-user</code>', 'new'],
      ['<code>status-count</code>', 'improved'],
      ['<code>reports&#124;monthly</code>', 'changed'],
      ['<code>legacy</code>', 'removed'],
    ]);
    const login = rows[1]!;
    expect(login[2]).toBe('POST /login');
    expect(login[4]).toBe('8.30 → 487.00');
    expect(login[5]).toBe('+5767%');
    // Not measured in this report: the work column stays empty.
    expect(login[6]).toBe('');
    expect(login[7]).toBe('users (~20,000) 🆕');
    expect(login[8]).toContain('**[seq-scan](https://github.com/pg-plan-gate/pg-plan-gate/blob/main/docs/rules.md#seq-scan)**');
    expect(login[8]).toContain('**[cost-regression](https://github.com/pg-plan-gate/pg-plan-gate/blob/main/docs/rules.md#cost-regression)**');
    const broken = rows[0]!;
    expect(broken[4]).toBe('8.30 → error');
    expect(broken[8]).toContain('column "emial" does not exist');
    const improved = rows[4]!;
    expect(improved[4]).toBe('2,041.01 → 4.40');
    expect(improved[5]).toBe('-100%');
    expect(rows[6]![4]).toBe('1,209.05 → —');
  });

  it('does not list unchanged queries, only their count', () => {
    expect(body).not.toContain('unchanged-anti-join');
    expect(body).not.toContain('unchanged-bitmap');
    expect(body).not.toContain('unchanged-cte');
    expect(body).toContain('3 unchanged queries not shown.');
  });

  it('keeps the table intact when names and endpoints contain pipes', () => {
    const tableLines = body.split('\n').filter((line) => line.startsWith('|'));
    expect(tableLines.length).toBeGreaterThan(10);
    for (const line of tableLines) expect([9, 5], line).toContain(cells(line).length);
    const queryRows = tableRows(body, QUERY_HEADER);
    for (const row of queryRows) expect(row).toHaveLength(9);
    const endpointRows = tableRows(body, ENDPOINT_HEADER);
    for (const row of endpointRows) expect(row).toHaveLength(5);
    const reports = endpointRows.find((row) => row[0] === 'GET /reports\\|export');
    expect(reports).toBeDefined();
    expect(reports?.[1]).toBe('1 → 2');
    expect(reports?.[4]).toContain('**[query-count](https://github.com/pg-plan-gate/pg-plan-gate/blob/main/docs/rules.md#query-count)**');
    expect(queryRows.find((row) => row[1] === '<code>reports&#124;monthly</code>')?.[2]).toBe('GET /reports\\|export');
  });

  it('has an endpoint table with queries and cost base → head', () => {
    const rows = tableRows(body, ENDPOINT_HEADER);
    // GET /users has only unchanged queries and the same numbers: a count, not a row.
    expect(rows.map((row) => row[0])).toEqual(['GET /admin/log_user_status', 'GET /orders', 'GET /reports\\|export', 'POST /login']);
    expect(body).toContain('\n1 endpoint unchanged.\n');
    expect(rows.find((row) => row[0] === 'POST /login')?.slice(1, 4)).toEqual(['1 → 1', '8.30 → 487.00', '+5767%']);
    expect(rows.find((row) => row[0] === 'GET /orders')?.slice(1, 4)).toEqual(['— → 1', '— → 277.35', '']);
  });

  it('shows each plan change as a collapsed unified diff of the shapes', () => {
    const login = body.slice(body.indexOf('<details><summary><code>login</code>: regressed</summary>'));
    expect(login).not.toBe(body);
    const block = login.slice(0, login.indexOf('</details>'));
    expect(block).toContain('```diff\n');
    expect(block).toContain('--- base');
    expect(block).toContain('+++ head');
    expect(block).toContain('\n-Index Scan using users_email_key on users\n-  Index Cond: (email = ?)\n+Seq Scan on users\n+  Filter: (lower(email) = ?)\n');

    const monthly = body.slice(body.indexOf('<details><summary><code>reports&#124;monthly</code>: changed</summary>'));
    expect(monthly).not.toBe(body);
    const monthlyBlock = monthly.slice(0, monthly.indexOf('</details>'));
    expect(monthlyBlock).toContain('-Hash Join\n');
    expect(monthlyBlock).toContain('+Merge Join\n');
    expect(monthlyBlock).toContain('+  Index Scan using users_pkey on users');

    expect(body).toContain('<details><summary><code>status-count</code>: improved</summary>');
    // Unified diff with context lines: the unchanged Aggregate stays as context.
    expect(body).toContain(
      '```diff\n--- base\n+++ head\n@@ -1,2 +1,3 @@\n Aggregate\n-  Seq Scan on log_user_status\n+  Index Only Scan using log_user_status_user_id_idx on log_user_status\n+    Index Cond: (user_id = ?)\n```',
    );
    expectWellFormed(body);
  });

  it('shows the plan of a new query and the error of a failing one', () => {
    const added = body.slice(body.indexOf('<details><summary><code>orders-by-user</code>: new</summary>'));
    expect(added).not.toBe(body);
    expect(added.slice(0, added.indexOf('</details>'))).toContain(
      'Bitmap Heap Scan on orders\n  Recheck Cond: (user_id = ANY (?))\n  Bitmap Index Scan on orders_user_id_idx',
    );
    const broken = body.slice(body.indexOf('<details><summary><code>broken</code>: error</summary>'));
    expect(broken).not.toBe(body);
    expect(broken.slice(0, broken.indexOf('</details>'))).toContain('column "emial" does not exist');
  });

  it('has no diff block for removed or unchanged queries and is not truncated', () => {
    expect(body).not.toContain('<code>legacy</code>: removed</summary>');
    expect(body).not.toContain('Truncated');
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
  });
});

describe('markdown: size limit', () => {
  /** A 12-node plan whose nodes differ between base and head for query i. */
  const bigShape = (i: number, side: 'base' | 'head') =>
    [
      'Limit',
      '  Sort',
      `    Hash ${side === 'base' ? 'Left ' : ''}Join`,
      `      Hash Join`,
      `        ${side === 'base' ? `Index Scan using orders_customer_${i}_idx` : 'Bitmap Heap Scan'} on orders_${i}`,
      ...(side === 'head' ? [`          Bitmap Index Scan on orders_customer_${i}_idx`] : []),
      '        Hash',
      `          Index Only Scan using customers_pkey on customers_${i}`,
      '      Hash',
      `        ${side === 'base' ? 'HashAggregate' : 'GroupAggregate'}`,
      `          Index Scan using line_items_order_id_idx on line_items_${i}`,
      `  InitPlan 1: Aggregate`,
      `    Index Only Scan using settings_pkey on settings`,
    ].join('\n');

  const name = (i: number) => `reports/quarterly/revenue-by-customer-segment-${String(i).padStart(3, '0')}`;
  const endpoint = (i: number) => `GET /api/v2/reports/${i % 40}`;
  const ERRORS = new Set([137, 498]);
  const REGRESSED = new Set([12, 250, 499]);

  const base: QueryResult[] = [];
  const head: QueryResult[] = [];
  for (let i = 0; i < 500; i++) {
    base.push(query(name(i), plan(1000 + i, bigShape(i, 'base')), endpoint(i), `queries/${name(i)}.sql`));
    let headResult: SideResult = plan(1001 + i, bigShape(i, 'head'));
    if (ERRORS.has(i)) headResult = { error: `column "segment_${i}" does not exist` };
    if (REGRESSED.has(i)) headResult = plan(5000 + i, bigShape(i, 'head'), [{ relation: `orders_${i}`, rows: 2_000_000 }]);
    head.push(query(name(i), headResult, endpoint(i), `queries/${name(i)}.sql`));
  }
  for (let i = 0; i < 20; i++) {
    base.push(query(`steady-${i}`, plan(10, 'Result')));
    head.push(query(`steady-${i}`, plan(10, 'Result')));
  }
  const comparison = compare(DEFAULTS, base, head);
  const report = toReport(comparison);
  const body = renderMarkdown(report);

  it('would not fit untruncated (the test is meaningful)', () => {
    const untruncated = renderMarkdown(report, { maxLength: Number.MAX_SAFE_INTEGER });
    expect(untruncated.length).toBeGreaterThan(3 * GITHUB_COMMENT_LIMIT);
    expect(untruncated).not.toContain('Truncated');
  });

  it("stays within GitHub's 65,536-character limit and says it was truncated", () => {
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).toMatch(/Truncated to fit GitHub's comment limit: .*omitted; the full report is in the job summary and the JSON report\./);
    expectWellFormed(body);
  });

  it('keeps the headline with the full counts', () => {
    const [headline, , summary] = body.split('\n');
    // 2 query-errors + 3 × (seq-scan + cost-regression).
    expect(headline).toBe('## ❌ pg-plan-gate: fail — 8 errors, 0 warnings');
    expect(summary).toContain('520 queries: 2 error, 3 regressed, 495 changed, 20 unchanged');
    expect(body).toContain('20 unchanged queries not shown.');
  });

  it('keeps the most important rows first: errors, then regressions', () => {
    const rows = tableRows(body, QUERY_HEADER);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.slice(0, 5).map((row) => [row[1], row[3]])).toEqual([
      [`<code>${name(137)}</code>`, 'error'],
      [`<code>${name(498)}</code>`, 'error'],
      [`<code>${name(12)}</code>`, 'regressed'],
      [`<code>${name(250)}</code>`, 'regressed'],
      [`<code>${name(499)}</code>`, 'regressed'],
    ]);
    expect(rows.slice(5).every((row) => row[3] === 'changed')).toBe(true);
  });

  it('counts what it omitted correctly', () => {
    const rows = tableRows(body, QUERY_HEADER);
    const omittedRows = Number(/(\d+) query rows? \(/.exec(body)?.[1] ?? 0);
    expect(rows.length + omittedRows).toBe(500);
    const diffsShown = body.match(/<details><summary>.*\n\n```diff/g)?.length ?? 0;
    const omittedDiffs = Number(/(\d+) plan diffs?/.exec(body)?.[1] ?? 0);
    expect(diffsShown + omittedDiffs).toBe(500);
    // Pictures go before anything else: none is left while rows had to be cut.
    expect(body).not.toContain('```mermaid');
    expect(body).toMatch(/498 plan pictures/);
  });

  it('names where the full report is', () => {
    const hinted = renderMarkdown(report, { fullReportHint: 'see the job summary of run 42' });
    expect(hinted.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(hinted).toContain('see the job summary of run 42');
  });

  it('honours a smaller maxLength and still keeps the headline', () => {
    for (const maxLength of [4000, 1500]) {
      const small = renderMarkdown(report, { maxLength });
      expect(small.length).toBeLessThanOrEqual(maxLength);
      expect(small.startsWith('## ❌ pg-plan-gate: fail — 8 errors, 0 warnings\n')).toBe(true);
      expect(small).toContain('Truncated');
    }
    // Even a limit below the headline's own length is never exceeded.
    expect(renderMarkdown(report, { maxLength: 40 }).length).toBeLessThanOrEqual(40);
  });

  // Error findings are the most important content: they survive truncation before plain changed rows.
  it('keeps an endpoint error (query-count) even when hundreds of changed rows must be cut', () => {
    const extra = query('reports/extra-count', plan(1, 'Result'), endpoint(7));
    const withCount = compare(DEFAULTS, base, [...head, extra]);
    const endpointError = withCount.endpoints.find((entry) => entry.findings.some((finding) => finding.rule === 'query-count'));
    expect(endpointError?.endpoint).toBe(endpoint(7));
    const cut = renderMarkdown(toReport(withCount));
    expect(cut.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(cut).toContain('**[query-count](https://github.com/pg-plan-gate/pg-plan-gate/blob/main/docs/rules.md#query-count)**');
  });
});

describe('markdown: code blocks', () => {
  it('fences text holding backtick runs with a longer fence and leaves the text as it is', () => {
    expect(codeBlock('SELECT 1', 'sql')).toBe('```sql\nSELECT 1\n```');
    expect(codeBlock("SELECT '````' /* ``` */")).toBe("`````\nSELECT '````' /* ``` */\n`````");
    const error = 'syntax error at or near "````"';
    const body = renderMarkdown(toReport(compare(DEFAULTS, [query('quoted', real('index-scan-email'))], [query('quoted', { error })])));
    expect(body).toContain(`Error on head:\n\n\`\`\`\`\`\n${error}\n\`\`\`\`\``);
  });
});

describe('markdown and terminal: regressions and new failures before "fails on base too" (issue 27, item 5)', () => {
  const HASH = 'Hash Join\n  Seq Scan on orders\n  Hash\n    Seq Scan on users';
  const comparison = compare(
    DEFAULTS,
    [
      query('old-broken', { error: 'column "x" does not exist' }),
      query('slow', plan(10, 'Index Scan using orders_pkey on orders')),
      query('newly-broken', plan(10, 'Result')),
    ],
    [
      query('old-broken', { error: 'column "x" does not exist' }),
      query('slow', plan(900, HASH, [{ relation: 'orders', rows: 50000 }])),
      query('newly-broken', { error: 'relation "gone" does not exist' }),
    ],
  );
  const report = toReport(comparison);

  it('orders the comment rows by the worst finding, then the status', () => {
    const rows = tableRows(renderMarkdown(report), QUERY_HEADER);
    expect(rows.map((row) => [row[1], row[3]])).toEqual([
      ['<code>newly-broken</code>', 'error'],
      ['<code>slow</code>', 'regressed'],
      ['<code>old-broken</code>', 'error'],
    ]);
  });

  it('prints the terminal rows in the same order', () => {
    const text = renderTerminal(report, { colour: false });
    const at = (name: string) => text.indexOf(` ${name} `);
    expect(at('newly-broken')).toBeLessThan(at('slow'));
    expect(at('slow')).toBeLessThan(at('old-broken'));
  });
});

describe('skipped statements: one count in the comment and the terminal (issue 27, item 2)', () => {
  const report = {
    ...toReport(compare(DEFAULTS, [query('q', plan(10, 'Result'))], [query('q', plan(10, 'Result'))])),
    skipped: [
      { name: 'AnalyzeTask', file: 'db/q.sql', line: 3, reason: 'ANALYZE: not a query EXPLAIN takes' },
      { name: 'AnalyzeDag', file: 'db/q.sql', line: 6, reason: 'ANALYZE: not a query EXPLAIN takes' },
      { name: 'db/q', file: 'db/q.sql', line: 1, reason: 'CREATE TABLE ×2: schema above the first -- name: marker, not a query' },
    ],
  };

  it('says how many and of which kinds, once', () => {
    const line = '3 statements skipped, not queries EXPLAIN takes (ANALYZE 2, CREATE TABLE 1)';
    expect(renderMarkdown(report)).toContain(line);
    expect(renderTerminal(report, { colour: false })).toContain(line);
  });
});

// From capture-sql-report.test.ts: a block, so its helpers keep their names beside this file's.
{
  const config = { budgets: DEFAULT_BUDGETS, overrides: [] };
  const plan = (cost: number) => ({ totalCost: cost, startupCost: 0, planRows: 1, seqScans: [], shape: 'Index Scan using users_pkey on users', nodes: [] });
  const LIST = 'SELECT id, owner_id FROM items ORDER BY id LIMIT $1';
  const OWNER = 'SELECT id, name FROM users WHERE id = $1';
  const captured = (name: string, endpoint: string, sql: string, cost = 8): QueryResult => ({
    name,
    endpoint,
    file: null,
    line: 0,
    result: plan(cost),
    captured: true,
    sql,
  });
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
    const base = [
      declared('items-count'),
      captured('GET /items aaaa1111', 'GET /items', LIST, 40),
      captured('GET /health cccc3333', 'GET /health', 'SELECT now()', 0.01),
    ];
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
      expect(block).toMatch(
        /^<details><summary><code>GET \/items<\/code>: SQL of 2 captured queries<\/summary>\n\n<code>GET \/items bbbb2222<\/code> \(new, n-plus-one\)\n\n```sql\nSELECT id, name FROM users WHERE id = \$1\n```\n/,
      );
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
}

describe('plan picture', () => {
  const recent = comparedReport([queryResult('recent', shapePlan(8.3, BASE_RECENT))], [queryResult('recent', shapePlan(1250, HEAD_RECENT, ORDERS_SEQ_SCANS))]);

  it('is a collapsed mermaid block in the comment, after the plan diff', () => {
    const body = renderMarkdown(recent);
    const section = body.slice(body.indexOf("### Head's plans"));
    expect(section).toMatch(/^### Head's plans\n\n.*\n\n<details><summary><code>recent<\/code>: regressed<\/summary>\n\n```mermaid\nflowchart TD\n/);
    expect(section).toContain('```\n\n</details>\n');
    expect(body.indexOf('### Plan changes')).toBeLessThan(body.indexOf("### Head's plans"));
  });
});

describe('truncation at 65,536 characters', () => {
  // A head plan of 3,000 nodes with long conditions: its diff and picture alone are far over the limit.
  const hugeShape = (side: 'base' | 'head') =>
    [
      'Append',
      ...Array.from({ length: 3000 }, (_, i) => [
        `  ${side === 'head' && i % 2 ? 'Seq Scan' : 'Index Scan using part_idx on'} part_${i}`,
        `    Filter: ((tenant_id = ?) AND (payload ->> 'kind'::text) = ? AND (archived_at IS NULL) AND (${i} > 0))`,
      ]).flat(),
    ].join('\n');
  const changedRows = Array.from({ length: 300 }, (_, i) => i);
  const warning = (i: number) => `fails on base (works on head): ${'relation "legacy_table_' + i + '" does not exist; '.repeat(12)}`;

  const base = [
    queryResult('huge', shapePlan(100, hugeShape('base'))),
    queryResult('broken', shapePlan(1, 'Result')),
    ...changedRows.map((i) => queryResult(`changed-${i}`, { error: warning(i) })),
  ];
  const head = [
    queryResult('huge', shapePlan(90_000, hugeShape('head'), [{ relation: 'part_1', rows: 20_000 }])),
    queryResult('broken', { error: 'column "emial" does not exist' }),
    ...changedRows.map((i) => queryResult(`changed-${i}`, shapePlan(10, 'Result'))),
  ];
  const r = comparedReport(base, head);
  const body = renderMarkdown(r);

  it('stays within the limit, gives up the picture and diff first, and keeps the error rows', () => {
    expect(renderMarkdown(r, { maxLength: Number.MAX_SAFE_INTEGER }).length).toBeGreaterThan(4 * GITHUB_COMMENT_LIMIT);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).not.toContain('```mermaid');
    expect(body).toContain('| 💥 | <code>broken</code> |');
    expect(body).toContain('| ❌ | <code>huge</code> |');
    expect(body, body.slice(body.indexOf('> ✂️'))).toMatch(
      /Truncated to fit GitHub's comment limit: long cells of \d+ rows shortened; .* plan pictures omitted/,
    );
  });

  it('shortens cells before it drops a row, and drops rows only once every cell is short', () => {
    const untruncatedRows = renderMarkdown(r, { maxLength: Number.MAX_SAFE_INTEGER })
      .split('\n')
      .filter((line) => line.startsWith('| '));
    const rows = body.split('\n').filter((line) => line.startsWith('| '));
    // 300 warning rows at ~700 characters do not fit even shortened: some go, all kept ones are short.
    expect(rows.length).toBeLessThan(untruncatedRows.length);
    for (const row of rows.filter((line) => line.includes('changed-'))) expect(row.length).toBeLessThan(400);
    // With room for every short row but not every full one, rows are shortened and none is dropped.
    const fullRows = untruncatedRows.reduce((sum, line) => sum + line.length + 1, 0);
    expect(fullRows).toBeGreaterThan(140_000);
    // (Each finding's rule links to docs/rules.md: ~80 characters of a short row.)
    const roomy = renderMarkdown(r, { maxLength: 130_000 });
    expect(roomy.length).toBeLessThanOrEqual(130_000);
    expect(roomy.split('\n').filter((line) => line.includes('<code>changed-')).length).toBe(300);
    expect(roomy, roomy.slice(roomy.indexOf('> ✂️'))).toMatch(/long cells of \d+ rows shortened/);
    expect(roomy).not.toMatch(/query rows? \(/);
  });

  it('names the omitted queries in the note: the first 10, then a count', () => {
    const omitted = Number(/(\d+) query rows \(/.exec(body)![1]);
    expect(omitted).toBeGreaterThan(10);
    const names = /query rows \(((?:<code>[^<]+<\/code>(?:, )?){10}) and (\d+) more\)/.exec(body);
    expect(names).not.toBeNull();
    expect(Number(names![2])).toBe(omitted - 10);
    // Least important rows go first: the names are rows the table does not have.
    for (const name of names![1]!.match(/<code>([^<]+)<\/code>/g)!)
      expect(body.split('\n').some((line) => line.startsWith('|') && line.includes(name))).toBe(false);
  });
});
