import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { growRelationFile } from '../../../src/engine/build/sparse-files.ts';
import { withMeasuredWork } from '../../../src/explain/measure-sides.ts';
import type { QueryResult } from '../../../src/explain/query-result.ts';
import { ageInDays, statisticsHeadline, type ProductionStatisticsReport } from '../../../src/statistics/use.ts';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

describe('production statistics in a run', () => {
  const used: ProductionStatisticsReport = {
    file: '.pg-plan-gate/production-statistics.json',
    exportedAt: '2026-12-01T03:00:00.000Z',
    serverVersion: '15.8',
    tables: 12,
    applied: 11,
    unplanned: 0,
    missing: [],
    estimatedIndexes: [],
  };

  it('says where the plans come from and how old the file is', () => {
    expect(statisticsHeadline(used, new Date('2026-12-07T12:00:00Z'))).toBe(
      'planned with production statistics from PostgreSQL 15.8, exported 2026-12-01 (6 days ago)',
    );
    expect(statisticsHeadline(used, new Date('2026-12-01T20:00:00Z'))).toMatch(/\(today\)$/);
    expect(statisticsHeadline(used, new Date('2026-12-02T04:00:00Z'))).toMatch(/\(1 day ago\)$/);
    expect(ageInDays(used.exportedAt, new Date('2027-01-01T04:00:00Z'))).toBe(31);
  });

  it("takes each query's plan from the production run and its work from the seed's", () => {
    const plan = (cost: number, work?: { blocks: number }): QueryResult => ({
      name: 'q',
      endpoint: null,
      file: 'q.sql',
      line: 1,
      result: {
        totalCost: cost,
        startupCost: 0,
        planRows: 1,
        shape: `Seq Scan ${cost}`,
        nodes: [],
        seqScans: [],
        ...(work && { work: { ...work, tempBlocks: 0, rows: 1, maxMisestimate: 1 } }),
      },
    });
    const [merged] = withMeasuredWork([plan(900)], [plan(10, { blocks: 7 })]);
    expect(merged!.result).toMatchObject({ totalCost: 900, shape: 'Seq Scan 900', work: { blocks: 7 } });
    // A query the seed run did not plan keeps what production's run says.
    const failed = { ...plan(10), result: { error: 'relation "x" does not exist' } } as unknown as QueryResult;
    expect(withMeasuredWork([plan(900)], [failed])[0]!.result).not.toHaveProperty('work');
  });

  it('grows a relation as sparse files, in segments past the segment size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgpg-sparse-'));
    made.push(dir);
    const path = join(dir, '16384');
    writeFileSync(path, Buffer.alloc(8192, 1));
    growRelationFile(path, 5 * 8192, 2 * 8192);
    expect(readdirSync(dir).sort()).toEqual(['16384', '16384.1', '16384.2']);
    expect(['16384', '16384.1', '16384.2'].map((name) => statSync(join(dir, name)).size)).toEqual([16384, 16384, 8192]);
    // Never shrinks: a relation already larger than production's stays as it is.
    growRelationFile(path, 8192, 2 * 8192);
    expect(statSync(path).size).toBe(16384);
    // Sparse: the grown part takes no blocks.
    growRelationFile(join(dir, 'big'), 1024 ** 3, 1024 ** 3);
    expect(statSync(join(dir, 'big')).blocks * 512).toBeLessThan(1024 * 1024);
  });
});
