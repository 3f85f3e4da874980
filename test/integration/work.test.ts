import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlan } from '../../src/explain/query-result.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import type { Report } from '../../src/report/report.ts';
import { workExplanation } from '../../src/report/work-text.ts';
import { gate, query, rules } from '../helpers/gate.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

/**
 * Measured work on real PostgreSQL, per engine: PGlite (18) and a throwaway native server (15
 * here). Commit 1 is base; commit 2 only adds a comment (an A/A with two separate builds);
 * commit 3 is the pull request with one case per rule.
 */
const SCHEMA = `CREATE TABLE items (id int PRIMARY KEY, flagged boolean NOT NULL, label text NOT NULL);
CREATE TABLE addresses (id int PRIMARY KEY, city int NOT NULL, zip int NOT NULL);
`;
// 10 % of the items are flagged. Base spreads them evenly, head puts them all at the end of the
// table: the statistics (and so the estimated cost) are the same, the blocks read are not.
const seed = (flagged: string) => `INSERT INTO items SELECT g, ${flagged}, md5(g::text) FROM generate_series(1, 200000) AS g;
-- zip follows city exactly: 200 values, 1,000 rows each; the planner multiplies their selectivities.
INSERT INTO addresses SELECT g, g % 200, g % 200 FROM generate_series(1, 200000) AS g;
`;
const BASE = {
  'db/schema.sql': SCHEMA,
  'db/seed.sql': seed('g % 10 = 0'),
  'queries/first-flagged.sql': 'SELECT id FROM items WHERE flagged ORDER BY id LIMIT 10\n',
  'queries/sorted.sql': 'SELECT id, label FROM items WHERE id <= 1000 ORDER BY label\n',
  'queries/by-city.sql': 'SELECT count(*) FROM addresses WHERE city = 7\n',
  'queries/touch.sql': 'UPDATE items SET label = label WHERE id <= 5000\n',
  'queries/relabel.sql': 'WITH moved AS (UPDATE addresses SET zip = zip + 1 WHERE city = 3 RETURNING id) SELECT count(*) FROM moved\n',
};
const SAME_DATA = { 'db/schema.sql': `-- the same tables\n${SCHEMA}` };
const PULL_REQUEST = {
  'db/schema.sql': SCHEMA,
  'db/seed.sql': seed('g > 180000'),
  // Every row through a 4MB work_mem sort: about 10 MB to disk.
  'queries/sorted.sql': 'SELECT id, label FROM items ORDER BY label\n',
  'queries/by-city.sql': 'SELECT count(*) FROM addresses WHERE city = 7 AND zip = 7\n',
};

const ENGINES = [
  { name: 'embedded', header: 'engine: embedded\n' },
  { name: 'server', header: 'engine: server\n' },
] as const;

const workOf = (report: Report) =>
  Object.fromEntries(report.queries.map((entry) => [entry.name, [isPlan(entry.base) ? entry.base.work : null, isPlan(entry.head) ? entry.head.work : null]]));

describe.each(ENGINES)('measured work, engine $name', ({ header }) => {
  const config = (extra = '') => `${header}${extra}schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`;
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo({ ...BASE, 'pg-plan-gate.yml': config(), 'no-measure.yml': config('measure: false\n') }, SAME_DATA, PULL_REQUEST);
  });
  afterAll(() => repo?.cleanup());

  it('A/A on two separate builds: identical work for every query, writes included, and no findings', async () => {
    const report = await gate(repo.dir, repo.shas[0]!, repo.shas[1]);
    expect(report.build).toEqual({ base: 'fresh', head: 'fresh' });
    expect(report.findings).toEqual([]);
    const work = workOf(report);
    expect(Object.keys(work).sort()).toEqual(['queries/by-city', 'queries/first-flagged', 'queries/relabel', 'queries/sorted', 'queries/touch']);
    for (const [name, [base, head]] of Object.entries(work)) {
      expect(base, name).toBeDefined();
      expect(head, name).toEqual(base);
    }
    // The CTE's UPDATE runs and is rolled back: rows are counted, nothing stays.
    expect(work['queries/relabel']![0]).toMatchObject({ rows: 1 });
    expect(work['queries/touch']![0]!.blocks).toBeGreaterThan(0);
  });

  it('measure: false: no work, no measure stage', async () => {
    const report = await gate(repo.dir, repo.shas[0]!, repo.shas[1], 'no-measure.yml');
    expect(Object.values(workOf(report)).flat()).toEqual(Array(10).fill(undefined));
    expect(report.timings.measureMs).toBeUndefined();
  });

  describe('the pull request', () => {
    let report: Report;
    beforeAll(async () => {
      report = await gate(repo.dir, repo.shas[0]!, repo.shas[2]);
    }, 600_000);

    it('work-regression: estimated cost unchanged, blocks grown more than tenfold', () => {
      const entry = query(report, 'queries/first-flagged');
      expect(isPlan(entry.base) && isPlan(entry.head) && entry.head.totalCost).toBe(isPlan(entry.base) && entry.base.totalCost);
      expect(rules(entry)).toEqual(['error:work-regression']);
      expect(entry.status).toBe('regressed');
      const [base, head] = workOf(report)['queries/first-flagged']!;
      expect(head!.blocks).toBeGreaterThan(10 * base!.blocks);
      expect(workExplanation(entry)).toMatch(/^estimated cost unchanged; measured work ×\d+$/);
    });

    it('spill: the sort of every row writes temp files where base sorted in memory', () => {
      const entry = query(report, 'queries/sorted');
      expect(rules(entry)).toContain('error:spill');
      expect(entry.findings.find((finding) => finding.rule === 'spill')?.message).toMatch(
        /^spills to disk: Sort [\d,]+ blocks \([\d.]+ MB\) of temp files written; base wrote none$/,
      );
      const [base, head] = workOf(report)['queries/sorted']!;
      expect(base!.tempBlocks).toBe(0);
      expect(head!.tempBlocks).toBeGreaterThan(500);
    });

    it('misestimate on two correlated columns, with CREATE STATISTICS advice that removes it when measured again', () => {
      const entry = query(report, 'queries/by-city');
      const finding = entry.findings.find((candidate) => candidate.rule === 'misestimate');
      expect(finding?.severity).toBe('warning');
      expect(finding?.message).toMatch(/on addresses: estimated 5 rows, actual 1,000 \(×200, limit ×100\)$/);
      const statistics = entry.advice?.find((advice) => advice.sql.startsWith('CREATE STATISTICS'));
      expect(statistics?.sql).toBe('CREATE STATISTICS addresses_city_zip_stats (dependencies, mcv) ON city, zip FROM addresses');
      expect(statistics!.maxMisestimate).toBeLessThan(2);
    });

    it('shows work and the spill in the comment and the terminal', () => {
      const markdown = renderMarkdown(report);
      expect(markdown).toContain('| Work (blocks) base → head |');
      expect(markdown).toMatch(/<code>queries\/sorted<\/code>.*💾 spills [\d.]+ MB/);
      expect(markdown).toMatch(/<i>estimated cost unchanged; measured work ×\d+<\/i>/);
      const terminal = renderTerminal(report, { colour: false });
      expect(terminal).toMatch(/work: [\d,]+ → [\d,]+ blocks \(×\d+\)/);
      expect(terminal).toContain('try: CREATE STATISTICS addresses_city_zip_stats');
    });
  });
});
