import { describe, expect, it } from 'vitest';
import { budgetsFor } from '../../src/config/overrides.ts';
import { configErrorOf, parseWithSchema } from '../helpers/config.ts';

const parse = parseWithSchema;
const errorOf = configErrorOf;

describe('config: measure and the work budgets', () => {
  it('measures by default with a 60 s bound per query; false turns it off; timeout_seconds bounds it', () => {
    expect(parse('').measure).toEqual({ timeoutSeconds: 60 });
    expect(parse('measure: true\n').measure).toEqual({ timeoutSeconds: 60 });
    expect(parse('measure: false\n').measure).toBe(false);
    expect(parse('measure:\n  timeout_seconds: 5\n').measure).toEqual({ timeoutSeconds: 5 });
  });

  it('reads work_increase_pct, work_increase_min and misestimate_ratio in budgets and overrides', () => {
    const config = parse(
      ['budgets:', '  work_increase_pct: 20', '  work_increase_min: 50', '  misestimate_ratio: 10', 'overrides:', '  - match: "reports/*"', '    work_increase_pct: 400', '    misestimate_ratio: 1000'].join('\n') + '\n',
    );
    expect(config.budgets).toMatchObject({ workIncreasePct: 20, workIncreaseMin: 50, misestimateRatio: 10 });
    expect(budgetsFor(config, 'reports/monthly', null)).toMatchObject({ workIncreasePct: 400, workIncreaseMin: 50, misestimateRatio: 1000 });
    expect(budgetsFor(config, 'login', null)).toMatchObject({ workIncreasePct: 20, misestimateRatio: 10 });
  });

  it('rejects wrong values in one line that names the key and its line', () => {
    expect(errorOf('measure: 30\n')).toBe('pg-plan-gate.yml:2: measure must be true, false or a mapping such as { timeout_seconds: 60 }');
    expect(errorOf('measure:\n  timeout_seconds: 0\n')).toBe('pg-plan-gate.yml:3: measure.timeout_seconds must be > 0');
    expect(errorOf('measure:\n  timeout: 5\n')).toBe('pg-plan-gate.yml:3: measure.timeout is not a known key');
    expect(errorOf('budgets:\n  misestimate_ratio: 0.5\n')).toBe('pg-plan-gate.yml:3: budgets.misestimate_ratio must be >= 1');
    expect(errorOf('budgets:\n  work_increase_pct: lots\n')).toBe('pg-plan-gate.yml:3: budgets.work_increase_pct must be number');
    expect(errorOf('overrides:\n  - match: x\n    work_increase_min: -1\n')).toBe('pg-plan-gate.yml:4: overrides[0].work_increase_min must be >= 0');
  });
});
