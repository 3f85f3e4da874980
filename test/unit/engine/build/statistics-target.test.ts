import { describe, expect, it } from 'vitest';
import { statisticsTarget } from '../../../../src/engine/build/statistics-target.ts';

describe('the statistics target that makes ANALYZE read every row', () => {
  it("PostgreSQL's default 100 up to 30,000 rows (ANALYZE's sample of 300 × 100 rows already reads them all)", () => {
    expect([0, 1, 29_999, 30_000].map(statisticsTarget)).toEqual([100, 100, 100, 100]);
  });

  it('one more per 300 rows above that, rounded up', () => {
    expect(statisticsTarget(30_001)).toBe(101);
    expect(statisticsTarget(300_000)).toBe(1000);
    expect(statisticsTarget(1_000_000)).toBe(3334);
    expect(statisticsTarget(45_000.5)).toBe(151);
  });

  it("PostgreSQL's maximum, 10,000, from 3M rows on", () => {
    expect(statisticsTarget(3_000_000)).toBe(10_000);
    expect(statisticsTarget(50_000_000)).toBe(10_000);
  });
});
