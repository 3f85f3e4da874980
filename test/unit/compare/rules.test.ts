import { describe, expect, it } from 'vitest';
import { costRegression, countedSeqScans, formatCost, formatPct, isImprovement, maxCost, planChanged, seqScan } from '../../../src/compare/rules.ts';
import { DEFAULT_BUDGETS, type Budgets } from '../../../src/config/config.ts';
import type { PlanSummary, SeqScan } from '../../../src/explain/plan-summary.ts';

const budgets = (overrides: Partial<Omit<Budgets, 'seqScans'>> & { seqScans?: Partial<Budgets['seqScans']> } = {}): Budgets => ({
  ...DEFAULT_BUDGETS,
  ...overrides,
  seqScans: { ...DEFAULT_BUDGETS.seqScans, ...overrides.seqScans },
});

const summary = (totalCost: number, seqScans: SeqScan[] = [], shape = 'Index Scan using users_pkey on users'): PlanSummary => ({
  totalCost,
  startupCost: 0,
  planRows: 1,
  seqScans,
  shape,
  nodes: [],
});

describe('cost-regression', () => {
  it('fires only when both the percentage and the absolute increase are exceeded', () => {
    const defaults = budgets(); // +10 % and +5
    // +20 % but only +2 cost units: cheap query, noise.
    expect(costRegression(summary(10), summary(12), defaults)).toEqual([]);
    // +6 units but only +0.6 %: big query, noise.
    expect(costRegression(summary(1000), summary(1006), defaults)).toEqual([]);
    // +50 % and +50 units.
    const findings = costRegression(summary(100), summary(150), defaults);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'cost-regression', severity: 'error' });
  });

  it('does not fire exactly at the thresholds (strictly greater)', () => {
    expect(costRegression(summary(100), summary(110), budgets())).toEqual([]); // exactly +10 %
    expect(costRegression(summary(20), summary(25), budgets())).toEqual([]); // exactly +5 units
    expect(costRegression(summary(100), summary(110.01), budgets())).toHaveLength(1);
  });

  it('uses the configured thresholds', () => {
    const lenient = budgets({ costIncreasePct: 50, costIncreaseMin: 100 });
    expect(costRegression(summary(100), summary(190), lenient)).toEqual([]);
    expect(costRegression(summary(100), summary(201), lenient)).toHaveLength(1);
    const strict = budgets({ costIncreasePct: 0, costIncreaseMin: 0 });
    expect(costRegression(summary(100), summary(100.5), strict)).toHaveLength(1);
  });

  it('fires for a query whose base cost was zero once the absolute threshold is passed', () => {
    expect(costRegression(summary(0), summary(4), budgets())).toEqual([]);
    expect(costRegression(summary(0), summary(6), budgets())).toHaveLength(1);
  });

  it('names both costs, the change and the budget in its message', () => {
    const [finding] = costRegression(summary(8.3), summary(487), budgets());
    expect(finding?.message).toContain('8.30');
    expect(finding?.message).toContain('487.00');
    expect(finding?.message).toContain('+5767%');
    expect(finding?.message).toContain('+10%');
  });

  it('never fires when cost goes down', () => {
    expect(costRegression(summary(500), summary(5), budgets())).toEqual([]);
  });
});

describe('improvement', () => {
  it('is a drop past both thresholds', () => {
    expect(isImprovement(summary(2041.01), summary(4.4), budgets())).toBe(true);
    expect(isImprovement(summary(10), summary(7), budgets())).toBe(false); // -30 % but only -3 units
    expect(isImprovement(summary(1000), summary(994), budgets())).toBe(false); // -6 units but -0.6 %
    expect(isImprovement(summary(100), summary(90), budgets())).toBe(false); // exactly -10 %
    expect(isImprovement(summary(100), summary(150), budgets())).toBe(false);
  });
});

describe('max-cost', () => {
  it('is off by default', () => {
    expect(maxCost(summary(1e9), budgets())).toEqual([]);
  });

  it('fires when the head cost is above max_cost, not at it', () => {
    const capped = budgets({ maxCost: 1000 });
    expect(maxCost(summary(1000), capped)).toEqual([]);
    const findings = maxCost(summary(1727.27), capped);
    expect(findings).toEqual([{ rule: 'max-cost', severity: 'error', message: expect.stringContaining('1,727.27') }]);
    expect(findings[0]?.message).toContain('1,000.00');
  });
});

describe('seq-scan', () => {
  const users: SeqScan = { relation: 'users', rows: 20000 };
  const orders: SeqScan = { relation: 'orders', rows: 50000 };

  it('reports a counted seq scan that base did not have', () => {
    const findings = seqScan(summary(8.3), summary(487, [users]), budgets());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'seq-scan', severity: 'error' });
    expect(findings[0]?.message).toContain('users');
    expect(findings[0]?.message).toContain('20,000');
    expect(findings[0]?.message).not.toContain('new query');
  });

  it('does not count again a seq scan on a relation base already scanned', () => {
    expect(seqScan(summary(400, [users]), summary(487, [users], 'Seq Scan on users (other shape)'), budgets())).toEqual([]);
    // Only the relation that was not scanned on base is new.
    const findings = seqScan(summary(400, [users]), summary(900, [orders, users]), budgets());
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('orders');
    expect(findings[0]?.message).not.toContain('users');
  });

  it('counts a second scan of the same relation on head as new', () => {
    const findings = seqScan(summary(400, [users]), summary(900, [users, users]), budgets());
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^new Seq Scan on users/);
  });

  it('ignores relations estimated below min_rows (min_rows itself counts)', () => {
    const small: SeqScan = { relation: 'countries', rows: 999 };
    const edge: SeqScan = { relation: 'currencies', rows: 1000 };
    expect(seqScan(summary(1), summary(20, [small]), budgets())).toEqual([]);
    expect(seqScan(summary(1), summary(20, [edge]), budgets())).toHaveLength(1);
    expect(seqScan(summary(1), summary(487, [users]), budgets({ seqScans: { minRows: 50000 } }))).toEqual([]);
    expect(countedSeqScans([small, edge, users], budgets())).toEqual([edge, users]);
  });

  it('ignores relations in allow, by name or glob', () => {
    const audit: SeqScan = { relation: 'audit_log_2025', rows: 1e6 };
    expect(seqScan(summary(1), summary(487, [users]), budgets({ seqScans: { allow: ['users'] } }))).toEqual([]);
    expect(seqScan(summary(1), summary(487, [audit]), budgets({ seqScans: { allow: ['audit_*'] } }))).toEqual([]);
    expect(seqScan(summary(1), summary(487, [audit]), budgets({ seqScans: { allow: ['audit_log_{2024,2025}'] } }))).toEqual([]);
    // An allow entry does not match by prefix.
    expect(seqScan(summary(1), summary(487, [users]), budgets({ seqScans: { allow: ['user'] } }))).toHaveLength(1);
    // Allowing one relation does not hide another.
    const findings = seqScan(summary(1), summary(900, [users, audit]), budgets({ seqScans: { allow: ['audit_*'] } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('users');
    expect(findings[0]?.message).not.toContain('audit');
  });

  it('keeps same-named relations of two schemas apart; an unqualified allow entry matches in every schema', () => {
    const aUsers: SeqScan = { relation: 'a.users', schema: 'a', rows: 20000 };
    const bUsers: SeqScan = { relation: 'b.users', schema: 'b', rows: 20000 };
    const publicUsers: SeqScan = { relation: 'users', schema: 'public', rows: 20000 };
    // a.users scanned on base does not excuse a new scan of b.users on head.
    const findings = seqScan(summary(1, [aUsers]), summary(900, [aUsers, bUsers]), budgets());
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^new Seq Scan on b\.users /);
    expect(countedSeqScans([aUsers, bUsers, publicUsers], budgets({ seqScans: { allow: ['users'] } }))).toEqual([]);
    expect(countedSeqScans([aUsers, bUsers, publicUsers], budgets({ seqScans: { allow: ['a.users'] } }))).toEqual([bUsers, publicUsers]);
    expect(countedSeqScans([aUsers, bUsers, publicUsers], budgets({ seqScans: { allow: ['public.users'] } }))).toEqual([aUsers, bUsers]);
    expect(countedSeqScans([aUsers, bUsers, publicUsers], budgets({ seqScans: { allow: ['b.*'] } }))).toEqual([aUsers, publicUsers]);
    // A partition in another schema is allowed through its qualified root.
    const partition: SeqScan = { relation: 'audit.log_2025', schema: 'audit', partitionOf: 'audit.log', rows: 1e6 };
    expect(countedSeqScans([partition], budgets({ seqScans: { allow: ['audit.log'] } }))).toEqual([]);
    expect(countedSeqScans([partition], budgets({ seqScans: { allow: ['log'] } }))).toEqual([]);
    expect(countedSeqScans([partition], budgets({ seqScans: { allow: ['other.log'] } }))).toEqual([partition]);
  });

  it('is a warning up to max_new new scans and an error beyond', () => {
    expect(seqScan(summary(1), summary(487, [users]), budgets({ seqScans: { maxNew: 0 } }))[0]?.severity).toBe('error');
    expect(seqScan(summary(1), summary(487, [users]), budgets({ seqScans: { maxNew: 1 } }))[0]?.severity).toBe('warning');
    const two = seqScan(summary(1), summary(900, [users, orders]), budgets({ seqScans: { maxNew: 1 } }));
    expect(two).toHaveLength(1);
    expect(two[0]?.severity).toBe('error');
    expect(two[0]?.message).toMatch(/^2 new Seq Scans on /);
    expect(two[0]?.message).toContain('users');
    expect(two[0]?.message).toContain('orders');
    expect(seqScan(summary(1), summary(900, [users, orders]), budgets({ seqScans: { maxNew: 2 } }))[0]?.severity).toBe('warning');
  });

  it('names each relation once with its count, and at most five relations', () => {
    const many = [...Array.from({ length: 4000 }, () => users), ...['a', 'b', 'c', 'd', 'e', 'f'].map((relation) => ({ relation, rows: 5000 }))];
    expect(seqScan(summary(1), summary(900, many), budgets({}))[0]?.message).toBe(
      '4006 new Seq Scans on users (~20,000 rows) ×4000, a (~5,000 rows), b (~5,000 rows), c (~5,000 rows), d (~5,000 rows) and 2 more relations',
    );
  });

  it('treats every counted seq scan of a new query as new', () => {
    const findings = seqScan(null, summary(487, [users]), budgets());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'seq-scan', severity: 'error' });
    expect(findings[0]?.message).toContain('(new query)');
    expect(seqScan(null, summary(4, [{ relation: 'tiny', rows: 10 }]), budgets())).toEqual([]);
    expect(seqScan(null, summary(4), budgets())).toEqual([]);
  });
});

describe('plan-changed', () => {
  it('is an info finding when the shape differs, and nothing when it does not', () => {
    expect(planChanged(summary(1, [], 'A'), summary(2, [], 'A'))).toEqual([]);
    expect(planChanged(summary(1, [], 'Index Scan using users_email_key on users'), summary(1, [], 'Seq Scan on users'))).toEqual([
      { rule: 'plan-changed', severity: 'info', message: 'plan shape changed' },
    ]);
  });
});

describe('number formatting', () => {
  it('formats costs with two decimals and thousands separators', () => {
    expect(formatCost(0)).toBe('0.00');
    expect(formatCost(87724.01)).toBe('87,724.01');
    expect(formatCost(4.399)).toBe('4.40');
  });

  it('formats changes in percent', () => {
    expect(formatPct(100, 150)).toBe('+50%');
    expect(formatPct(100, 95)).toBe('-5.0%');
    expect(formatPct(100, 100)).toBe('+0.0%');
    expect(formatPct(0, 0)).toBe('0%');
    expect(formatPct(0, 5)).toBe('new cost');
  });
});
