import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import { renderTerminal } from '../../../src/report/terminal.ts';
import { shapePlan } from '../../helpers/plan-summary.ts';
import { comparedReport, queryResult } from '../../helpers/report.ts';

describe('endpoints', () => {
  it('lists only endpoints with a change or a finding; the rest is one line, in the comment and the terminal', () => {
    const steady = Array.from({ length: 31 }, (_, i) => queryResult(`steady-${i}`, shapePlan(5, 'Result'), { endpoint: `GET /steady/${i}` }));
    const r = comparedReport(
      [...steady, queryResult('login', shapePlan(8, 'Result'), { endpoint: 'POST /login' })],
      [...steady, queryResult('login', shapePlan(900, 'Result'), { endpoint: 'POST /login' })],
    );
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
