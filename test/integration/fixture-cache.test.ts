import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QueryComparison } from '../../src/compare/comparison.ts';
import { timedProgress } from '../../src/util/progress.ts';
import { costs, gate, query, rules } from '../helpers/gate.ts';
import { cacheDirPerTest, repoPerTest } from '../helpers/repo.ts';

const repo = repoPerTest();
const cacheDir = cacheDirPerTest();

const SCHEMA = `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX users_email ON users (email);
CREATE MATERIALIZED VIEW broken AS SELECT 1 / (count(*) - count(*)) AS boom FROM users WITH NO DATA;
`;
// random() on purpose: the cached copy must plan exactly like the build it was saved from.
const SEED =
  "INSERT INTO users SELECT g, 'user' || g || '@example.com', timestamptz '2026-01-01' - random() * interval '300 days' FROM generate_series(1, 30000) g;\n";
const MAIN = {
  'db/schema.sql': SCHEMA,
  'db/seed.sql': SEED,
  'queries/by-email.sql': "SELECT id FROM users WHERE email = 'user42@example.com'\n",
  'queries/recent.sql': "SELECT count(*) FROM users WHERE created_at > timestamptz '2026-01-01' - interval '7 days'\n",
  'pg-plan-gate.yml': 'engine: embedded\nschema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n',
};
const DROP_INDEX = { 'db/migrations/001-drop-email-index.sql': 'DROP INDEX users_email;\n' };
const entries = (dir: string) => readdirSync(join(dir, 'fixtures')).filter((name) => /^[0-9a-f]{64}$/.test(name));

describe('fixture cache (engine embedded)', () => {
  // Five runs, eight databases: generous on a busy 2-core machine.
  it("a pull request's base, built by the run on main before, comes from the cache, and plans exactly as a fresh build", { timeout: 300_000 }, async () => {
    const r = repo(MAIN, DROP_INDEX);
    const [main, pr] = r.shas as [string, string];
    const fixturesDir = cacheDir();

    const push = await gate(r.dir, main, main, undefined, {}, { fixturesDir });
    expect(push.build).toEqual({ base: 'fresh', head: 'shared' });
    expect(entries(fixturesDir)).toHaveLength(1);

    const warmLog = logged();
    const warm = await gate(r.dir, main, pr, undefined, {}, { fixturesDir, progress: warmLog.progress });
    // Head adds a migration: base's (cached) database plus the migration.
    expect(warm.build).toEqual({ base: 'cached', head: 'incremental' });
    // Head starts from a copy of base's entry: base, whose answers are remembered, is not opened
    // to build it, only later, by index advice's new question (how base defined the lost index).
    const lines = warmLog.log;
    expect(lines.findIndex((line) => /^head: base's database and the new schema files/.test(line))).toBeGreaterThan(-1);
    expect(lines.findIndex((line) => /^base: a question its remembered answers do not answer opens the database/.test(line))).toBeGreaterThan(
      lines.findIndex((line) => line.startsWith('explain:')),
    );
    expect(rules(query(warm, 'queries/by-email'))).toContain('error:seq-scan');
    // What the build said is said again: the materialized view that could not be refreshed.
    expect(warm.warnings).toEqual([
      expect.stringMatching(/^base: materialized view public\.broken could not be refreshed \(division by zero\)/),
      expect.stringMatching(/^head: materialized view public\.broken could not be refreshed \(division by zero\)/),
    ]);
    expect(entries(fixturesDir)).toHaveLength(2);

    const cold = await gate(r.dir, main, pr);
    expect(cold.build).toEqual({ base: 'fresh', head: 'incremental' });
    expect(costs(warm)).toEqual(costs(cold));
    expect(warm.findings).toEqual(cold.findings);

    // Both sides warm now.
    const again = await gate(r.dir, main, pr, undefined, {}, { fixturesDir });
    expect(again.build).toEqual({ base: 'cached', head: 'cached' });
    expect(costs(again)).toEqual(costs(cold));
  });

  it('an A/A on a warm cache has no findings and the costs of a cold run', async () => {
    const r = repo(MAIN);
    const sha = r.shas[0]!;
    const fixturesDir = cacheDir();
    const cold = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    const warm = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    expect(warm.build).toEqual({ base: 'cached', head: 'shared' });
    expect(warm.findings).toEqual([]);
    expect(costs(warm)).toEqual(costs(cold));
  });

  it('a corrupt entry is discarded with a warning and the database is built afresh', async () => {
    const r = repo(MAIN);
    const sha = r.shas[0]!;
    const fixturesDir = cacheDir();
    const cold = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    const [key] = entries(fixturesDir);
    const versionFile = join(fixturesDir, 'fixtures', key!, 'data', 'PG_VERSION');
    writeFileSync(versionFile, readFileSync(versionFile, 'utf8').replace(/\d/, '9'));
    // Without its remembered answers the run needs the database itself.
    rmSync(join(fixturesDir, 'answers'), { recursive: true });

    const report = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    expect(report.build).toEqual({ base: 'fresh', head: 'shared' });
    expect(report.warnings).toContainEqual(
      expect.stringMatching(new RegExp(`^fixture cache: entry ${key!.slice(0, 12)} .* is unreadable or corrupt \\(checksum mismatch`)),
    );
    expect(costs(report)).toEqual(costs(cold));
    // Saved again, whole.
    expect((await gate(r.dir, sha, sha, undefined, {}, { fixturesDir })).build).toEqual({ base: 'cached', head: 'shared' });
  });

  it('two concurrent runs share a cache directory; cache: false neither reads nor writes it', async () => {
    const r = repo(MAIN);
    const sha = r.shas[0]!;
    const fixturesDir = cacheDir();
    const [one, two] = await Promise.all([gate(r.dir, sha, sha, undefined, {}, { fixturesDir }), gate(r.dir, sha, sha, undefined, {}, { fixturesDir })]);
    expect(costs(one)).toEqual(costs(two));
    expect(readdirSync(join(fixturesDir, 'fixtures'))).toHaveLength(1);
    const third = await gate(r.dir, sha, sha, undefined, {}, { fixturesDir });
    expect(third.build.base).toBe('cached');
    expect(third.warnings.filter((warning) => warning.startsWith('fixture cache'))).toEqual([]);

    r.commit({ 'pg-plan-gate.yml': `cache: false\n${MAIN['pg-plan-gate.yml']}` });
    const off = cacheDir();
    const uncached = await gate(r.dir, r.shas[1]!, r.shas[1], undefined, {}, { fixturesDir: off });
    expect(uncached.build).toEqual({ base: 'fresh', head: 'shared' });
    expect(readdirSync(off)).toEqual([]);
  });
  it("index advice's trials are remembered per head database: a later run gives the same advice without building an index", { timeout: 300_000 }, async () => {
    // A query-only change: both sides share one cached database, and head's plan needs an index.
    const r = repo(MAIN, { 'queries/by-email.sql': "SELECT id FROM users WHERE lower(email) = 'user42@example.com'\n" });
    const [main, pr] = r.shas as [string, string];
    const fixturesDir = cacheDir();

    const first = logged();
    const cold = await gate(r.dir, main, pr, undefined, {}, { fixturesDir, progress: first.progress });
    expect(query(cold, 'queries/by-email').advice?.[0]?.sql).toBe('CREATE INDEX ON users (lower(email))');
    expect(first.log.join('\n')).not.toMatch(/remembered/);
    expect(readdirSync(join(fixturesDir, 'answers'))).toHaveLength(1);

    const second = logged();
    const warm = await gate(r.dir, main, pr, undefined, {}, { fixturesDir, progress: second.progress });
    expect(warm.build).toEqual({ base: 'cached', head: 'shared' });
    expect(advice(warm)).toEqual(advice(cold));
    expect(warm.findings).toEqual(cold.findings);
    expect(second.log.join('\n')).toMatch(/index advice: 1 queries, (\d+) indexes tried \(\1 remembered from an earlier run on the same head database\)/);
    // Every question was asked before: the database was never opened.
    expect(second.log.join('\n')).not.toMatch(/opens the database/);

    // Without the cache nothing is remembered, and the advice is the same.
    const uncached = await gate(r.dir, main, pr);
    expect(advice(uncached)).toEqual(advice(cold));
  });

  it("a warm run answers from what the databases answered before: no database is opened, even with the fixture entries gone, and the report is the cold run's", async () => {
    const r = repo(MAIN, { 'db/seed.sql': `${SEED}-- the same rows, another file: each side is built\n` });
    const [main, pr] = r.shas as [string, string];
    const fixturesDir = cacheDir();
    const cold = await gate(r.dir, main, pr, undefined, {}, { fixturesDir });
    expect(cold.build).toEqual({ base: 'fresh', head: 'fresh' });
    expect(readdirSync(join(fixturesDir, 'answers'))).toHaveLength(2);

    // The databases themselves are gone: only their answers are left.
    rmSync(join(fixturesDir, 'fixtures'), { recursive: true });
    const second = logged();
    const warm = await gate(r.dir, main, pr, undefined, {}, { fixturesDir, progress: second.progress });
    expect(warm.build).toEqual({ base: 'cached', head: 'cached' });
    expect(second.log.join('\n')).toMatch(/^base: answers remembered from an earlier run on this database \([0-9a-f]{12}\)/m);
    expect(second.log.join('\n')).not.toMatch(/opens the database|saved to the fixture cache/);
    expect(second.log.join('\n')).toMatch(/^\d+ questions to the databases answered from an earlier run's answers$/m);
    expect(existsSync(join(fixturesDir, 'fixtures'))).toBe(false);
    expect(withoutTimings(warm)).toEqual(withoutTimings(cold));
  });

  it(
    'a question the answers miss opens the database in the state the question assumes: measured writes the answers stood in for run first',
    { timeout: 300_000 },
    async () => {
      // Rolled back, every row's new version stays: the table has twice the pages after w1.
      const touchAll = "UPDATE users SET email = email || '.old'\n";
      const sweep = (year: number) => `DELETE FROM users WHERE created_at < '${year}-01-01'\n`;
      const config = `${MAIN['pg-plan-gate.yml']}measure: true\n`;
      // Writes are measured last, in name order, each after those before it.
      const r = repo(
        { ...MAIN, 'pg-plan-gate.yml': config, 'queries/w1-touch.sql': touchAll, 'queries/w3-sweep.sql': sweep(1900) },
        { 'queries/w1-touch.sql': null, 'queries/w2-sweep.sql': sweep(1901) },
        { 'queries/w1-touch.sql': touchAll, 'queries/w3-sweep.sql': null },
      );
      const [first, second, third] = r.shas as [string, string, string];
      const fixturesDir = cacheDir();
      // One database (the sides' seeds are the same): base measures w1, then w3 after w1; head, w2 after both.
      await gate(r.dir, first, second, undefined, {}, { fixturesDir });

      // Every EXPLAIN is remembered, and w1's measured run; w2 after w1 alone is not: the database
      // opens there, and runs w1 (which the answers stood in for) before w2.
      const log = logged();
      const warm = await gate(r.dir, third, third, undefined, {}, { fixturesDir, progress: log.progress });
      expect(log.log.join('\n')).toMatch(/^base\+head: a question its remembered answers do not answer opens the database: from the fixture cache/m);
      const uncached = await gate(r.dir, third, third);
      const measured = (report: Awaited<ReturnType<typeof gate>>) => report.queries.map((entry) => [entry.name, workOf(entry.head)]);
      expect(measured(warm)).toEqual(measured(uncached));
      // w2 read the pages w1 left: more than the table as built.
      expect((workOf(query(uncached, 'queries/w2-sweep').head) as { blocks: number }).blocks).toBeGreaterThan(
        (workOf(query(uncached, 'queries/recent').head) as { blocks: number }).blocks + 100,
      );
      expect(costs(warm)).toEqual(costs(uncached));
    },
  );
});

function logged() {
  const log: string[] = [];
  return { log, progress: timedProgress((line) => log.push(line), {}) };
}

function advice(report: Awaited<ReturnType<typeof gate>>) {
  return report.queries.map((entry) => [entry.name, entry.advice ?? null, entry.adviceNote ?? null]);
}

function workOf(side: QueryComparison['base']): unknown {
  return side && 'work' in side ? side.work : null;
}

function withoutTimings(report: Awaited<ReturnType<typeof gate>>) {
  const { timings: _timings, build: _build, ...rest } = report;
  return rest;
}
