import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/compare/compare.ts';
import type { QueryResult, SideResult } from '../../../src/explain/query-result.ts';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import type { PlanSummary } from '../../../src/explain/plan-summary.ts';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../../src/report/markdown.ts';
import { planPicture } from '../../../src/report/plan-picture.ts';
import { renderTerminal } from '../../../src/report/terminal.ts';
import { nodesOf } from '../../helpers/plan-summary.ts';
import { reportOf } from '../../helpers/report.ts';

/** The comment's content beyond the tables' basics: pictures, links, mentions, seq-scan cells, truncation. */
const DEFAULTS = { budgets: DEFAULT_BUDGETS, overrides: [] };

const plan = (totalCost: number, shape: string, seqScans: PlanSummary['seqScans'] = []): PlanSummary => ({
  totalCost,
  startupCost: 0,
  planRows: 10,
  seqScans,
  shape,
  nodes: nodesOf(shape, totalCost, 10),
});
const query = (name: string, result: SideResult, options: Partial<QueryResult> = {}): QueryResult => ({ name, endpoint: null, file: `queries/${name}.sql`, line: 3, result, ...options });
const report = (base: QueryResult[], head: QueryResult[]) => reportOf(compare(DEFAULTS, base, head));

const BASE_RECENT = ['Limit', '  Index Scan using orders_user_idx on orders', '    Index Cond: ((user_id = ?) AND (placed_at >= ?))'].join('\n');
const HEAD_RECENT = ['Limit', '  Sort', '    Sort Key: placed_at DESC', '    Seq Scan on orders', '      Filter: ((user_id = ?) AND (placed_at >= ?))'].join('\n');
const USERS = [{ relation: 'orders', rows: 50_000 }];

describe('plan picture', () => {
  const recent = report([query('recent', plan(8.3, BASE_RECENT))], [query('recent', plan(1250, HEAD_RECENT, USERS))]);

  it("draws head's plan with rows and cost, marks changed nodes and makes a new Seq Scan stand out", () => {
    expect(planPicture(recent.queries[0]!)).toBe(
      [
        'flowchart TD',
        '  n0["Limit<br/>rows 10 · cost 1,250.00"]',
        '  n1["✱ Sort<br/>rows 10 · cost 1,250.00"]:::changed',
        '  n0 --> n1',
        '  n2["⚠ new: Seq Scan on orders<br/>rows 10 · cost 1,250.00"]:::newSeqScan',
        '  n1 --> n2',
        '  classDef changed fill:#fff4c2,stroke:#b08800,color:#000',
        '  classDef newSeqScan fill:#ffd7d5,stroke:#cf222e,stroke-width:3px,color:#000',
        '  classDef folded fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#57606a',
      ].join('\n'),
    );
  });

  it('is a collapsed mermaid block in the comment, after the plan diff', () => {
    const body = renderMarkdown(recent);
    const section = body.slice(body.indexOf("### Head's plans"));
    expect(section).toMatch(/^### Head's plans\n\n.*\n\n<details><summary><code>recent<\/code>: regressed<\/summary>\n\n```mermaid\nflowchart TD\n/);
    expect(section).toContain('```\n\n</details>\n');
    expect(body.indexOf('### Plan changes')).toBeLessThan(body.indexOf("### Head's plans"));
  });

  it('folds unchanged subtrees of a plan of 50+ nodes, keeping every changed node and its ancestors', () => {
    // An Append of 30 two-node branches; head changes the scan in branch 17 only.
    const branches = (changed: boolean) =>
      Array.from({ length: 30 }, (_, i) => [`    Subquery Scan on part_${i}`, `      ${changed && i === 17 ? 'Seq Scan on' : 'Index Scan using part_idx on'} part_${i}`]).flat();
    const shape = (changed: boolean) => ['Aggregate', '  Append', ...branches(changed)].join('\n');
    const big = report([query('big', plan(100, shape(false)))], [query('big', plan(100, shape(true)))]);
    const picture = planPicture(big.queries[0]!);
    expect(picture).toContain('⚠ new: Seq Scan on part_17');
    expect(picture).toContain('Subquery Scan on part_17');
    // The 29 unchanged branches: their heads drawn, each scan under them folded into one box.
    expect(picture.match(/⋯ 1 unchanged nodes/g)).toHaveLength(29);
    expect(picture).not.toContain('Index Scan using part_idx on part_3<');
    const small = planPicture(report([query('s', plan(1, BASE_RECENT))], [query('s', plan(900, HEAD_RECENT))]).queries[0]!);
    expect(small).not.toContain('unchanged nodes');
  });

  it('does not mark a subtree that a new node pushed one level down', () => {
    const pushed = report(
      [query('list', plan(500, ['Limit', '  Nested Loop', '    Seq Scan on tasks', '    Index Scan using users_pkey on users'].join('\n')))],
      [query('list', plan(505, ['Limit', '  WindowAgg', '    Nested Loop', '      Seq Scan on tasks', '      Index Scan using users_pkey on users'].join('\n')))],
    );
    const marked = planPicture(pushed.queries[0]!).split('\n').filter((line) => line.includes(':::'));
    expect(marked).toEqual(['  n1["✱ WindowAgg<br/>rows 10 · cost 505.00"]:::changed']);
  });

  it('keeps labels inside the diagram: quotes, entities and backticks are escaped', () => {
    const odd = report([query('odd', plan(1, 'Seq Scan on "weird""t"'))], [query('odd', plan(900, 'Index Scan using ix on "we#ird`t<b>"'))]);
    const picture = planPicture(odd.queries[0]!);
    expect(picture).toContain('n0["✱ Index Scan using ix on #quot;we#35;ird#96;t#lt;b#gt;#quot;<br/>rows 10 · cost 900.00"]:::changed');
  });
});

describe('links, mentions and seq-scan cells', () => {
  const sourceUrl = 'https://github.com/acme/shop/blob/' + 'b'.repeat(40) + '/services/api/';

  it('links each query name to its file and line at head', () => {
    const linked = report([query('login', plan(8, 'Result'))], [query('login', plan(900, 'Result')), query('new one', plan(1, 'Result'), { file: 'queries/new one.sql', line: 12 })]);
    const body = renderMarkdown(linked, { sourceUrl });
    expect(body).toContain(`| <a href="${sourceUrl}queries/login.sql#L3"><code>login</code></a> |`);
    expect(body).toContain(`<a href="${sourceUrl}queries/new%20one.sql#L12"><code>new one</code></a>`);
    expect(renderMarkdown(linked)).toContain('| <code>login</code> |');
    // A removed query's file is base's: no link to head's commit.
    const removed = renderMarkdown(report([query('gone', plan(1, 'Result'))], []), { sourceUrl });
    expect(removed).toContain('| <code>gone</code> |');
  });

  it('never mentions anyone or links an issue from names, endpoints or messages', () => {
    const body = renderMarkdown(
      report(
        [query('@octocat/login', plan(8, 'Result'), { endpoint: 'POST /teams/@acme/core#12' }), query('broken', plan(1, 'Result'))],
        [
          query('@octocat/login', plan(900, 'Result'), { endpoint: 'POST /teams/@acme/core#12' }),
          query('broken', { error: 'relation "@admins" does not exist, see #123 and acme/shop#7; mail ops@example.com' }),
        ],
      ),
    );
    const outsideCode = body.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/```[\s\S]*?```/g, '');
    expect(outsideCode).not.toMatch(/(^|[^\w])@\w/);
    expect(outsideCode, outsideCode.match(/.{0,40}#\d.{0,20}/)?.[0]).not.toMatch(/#\d/);
    expect(outsideCode).toContain('@\u200badmins');
    expect(outsideCode).toContain('#\u200b123');
    expect(outsideCode).toContain('ops@example.com');
  });

  it('marks new seq scans and cuts a long list: one entry per relation with its count', () => {
    const many = Array.from({ length: 4000 }, () => ({ relation: 'users', rows: 20_000 }));
    const others = ['a', 'b', 'c', 'd', 'e', 'f'].map((relation) => ({ relation, rows: 5000 }));
    const scans = report(
      [query('wide', plan(10, 'Append', [{ relation: 'a', rows: 5000 }]))],
      [query('wide', plan(9000, 'Append', [...many, ...others]))],
    );
    const row = renderMarkdown(scans).split('\n').find((line) => line.includes('<code>wide</code>'))!;
    expect(row).toContain('| users (~20,000) ×4000 🆕, a (~5,000), b (~5,000) 🆕, c (~5,000) 🆕, d (~5,000) 🆕, … 2 more |');
    expect(renderTerminal(scans, { colour: false })).toContain('seq scans on head: users (~20,000) ×4000 new, a (~5,000), b (~5,000) new');
  });
});

describe('endpoints', () => {
  it('lists only endpoints with a change or a finding; the rest is one line, in the comment and the terminal', () => {
    const steady = Array.from({ length: 31 }, (_, i) => query(`steady-${i}`, plan(5, 'Result'), { endpoint: `GET /steady/${i}` }));
    const r = report([...steady, query('login', plan(8, 'Result'), { endpoint: 'POST /login' })], [...steady, query('login', plan(900, 'Result'), { endpoint: 'POST /login' })]);
    const body = renderMarkdown(r);
    expect(body).toContain('| POST /login |');
    expect(body).not.toContain('GET /steady/');
    expect(body).toContain('\n31 endpoints unchanged.\n');
    const text = renderTerminal(r, { colour: false });
    expect(text).toContain('  POST /login: ');
    expect(text).not.toContain('GET /steady/');
    expect(text).toContain('31 endpoints unchanged.');
  });
});

describe('truncation at 65,536 characters', () => {
  // A head plan of 3,000 nodes with long conditions: its diff and picture alone are far over the limit.
  const hugeShape = (side: 'base' | 'head') =>
    ['Append', ...Array.from({ length: 3000 }, (_, i) => [`  ${side === 'head' && i % 2 ? 'Seq Scan' : 'Index Scan using part_idx on'} part_${i}`, `    Filter: ((tenant_id = ?) AND (payload ->> 'kind'::text) = ? AND (archived_at IS NULL) AND (${i} > 0))`]).flat()].join('\n');
  const changedRows = Array.from({ length: 300 }, (_, i) => i);
  const warning = (i: number) => `fails on base (works on head): ${'relation "legacy_table_' + i + '" does not exist; '.repeat(12)}`;

  const base = [
    query('huge', plan(100, hugeShape('base'))),
    query('broken', plan(1, 'Result')),
    ...changedRows.map((i) => query(`changed-${i}`, { error: warning(i) })),
  ];
  const head = [
    query('huge', plan(90_000, hugeShape('head'), [{ relation: 'part_1', rows: 20_000 }])),
    query('broken', { error: 'column "emial" does not exist' }),
    ...changedRows.map((i) => query(`changed-${i}`, plan(10, 'Result'))),
  ];
  const r = report(base, head);
  const body = renderMarkdown(r);

  it('stays within the limit, gives up the picture and diff first, and keeps the error rows', () => {
    expect(renderMarkdown(r, { maxLength: Number.MAX_SAFE_INTEGER }).length).toBeGreaterThan(4 * GITHUB_COMMENT_LIMIT);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).not.toContain('```mermaid');
    expect(body).toContain('| 💥 | <code>broken</code> |');
    expect(body).toContain('| ❌ | <code>huge</code> |');
    expect(body, body.slice(body.indexOf('> ✂️'))).toMatch(/Truncated to fit GitHub's comment limit: long cells of \d+ rows shortened; .* plan pictures omitted/);
  });

  it('shortens cells before it drops a row, and drops rows only once every cell is short', () => {
    const untruncatedRows = renderMarkdown(r, { maxLength: Number.MAX_SAFE_INTEGER }).split('\n').filter((line) => line.startsWith('| '));
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
    for (const name of names![1]!.match(/<code>([^<]+)<\/code>/g)!) expect(body.split('\n').some((line) => line.startsWith('|') && line.includes(name))).toBe(false);
  });
});
