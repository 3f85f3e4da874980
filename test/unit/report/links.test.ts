import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import { shapePlan } from '../../helpers/plan-summary.ts';
import { comparedReport, queryResult } from '../../helpers/report.ts';

describe('query links', () => {
  const sourceUrl = 'https://github.com/acme/shop/blob/' + 'b'.repeat(40) + '/services/api/';

  it('links each query name to its file and line at head', () => {
    const linked = comparedReport(
      [queryResult('login', shapePlan(8, 'Result'))],
      [queryResult('login', shapePlan(900, 'Result')), queryResult('new one', shapePlan(1, 'Result'), { file: 'queries/new one.sql', line: 12 })],
    );
    const body = renderMarkdown(linked, { sourceUrl });
    expect(body).toContain(`| <a href="${sourceUrl}queries/login.sql#L3"><code>login</code></a> |`);
    expect(body).toContain(`<a href="${sourceUrl}queries/new%20one.sql#L12"><code>new one</code></a>`);
    expect(renderMarkdown(linked)).toContain('| <code>login</code> |');
    // A removed query's file is base's: no link to head's commit.
    const removed = renderMarkdown(comparedReport([queryResult('gone', shapePlan(1, 'Result'))], []), { sourceUrl });
    expect(removed).toContain('| <code>gone</code> |');
  });
});
