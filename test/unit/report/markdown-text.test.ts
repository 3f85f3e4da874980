import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import { shapePlan } from '../../helpers/plan-summary.ts';
import { comparedReport, queryResult } from '../../helpers/report.ts';

describe('mentions', () => {
  it('never mentions anyone or links an issue from names, endpoints or messages', () => {
    const body = renderMarkdown(
      comparedReport(
        [queryResult('@octocat/login', shapePlan(8, 'Result'), { endpoint: 'POST /teams/@acme/core#12' }), queryResult('broken', shapePlan(1, 'Result'))],
        [
          queryResult('@octocat/login', shapePlan(900, 'Result'), { endpoint: 'POST /teams/@acme/core#12' }),
          queryResult('broken', { error: 'relation "@admins" does not exist, see #123 and acme/shop#7; mail ops@example.com' }),
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
});
