import { beforeAll, describe, expect, it } from 'vitest';
import { indexCandidates } from '../../../src/advice/candidates.ts';
import { tryIndexes, type AdviceTarget } from '../../../src/advice/try-indexes.ts';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import { loadParser } from '../../../src/engine/build/script.ts';
import type { IndexTrial } from '../../../src/engine/database.ts';
import { failed, fakeAdviceHead } from '../../helpers/fake-database.ts';
import { parsePlan } from '../../../src/explain/plan.ts';
import { planShape } from '../../../src/explain/shape.ts';

beforeAll(loadParser);

const seqScan = (cost: number, planRows: number) => [{ Plan: { 'Node Type': 'Seq Scan', 'Relation Name': 'film', 'Total Cost': cost, 'Plan Rows': planRows } }];

const target = (sql: string, costLimit = 13.43): AdviceTarget => ({
  name: 'q',
  request: { sql, paramCount: 1, generic: false, params: ['x'] },
  headCost: 787,
  costLimit,
  budgets: DEFAULT_BUDGETS,
  candidates: indexCandidates(sql),
});

const SQL = 'SELECT * FROM film WHERE lower(title) = $1 AND rating = $1 AND length > 3 ORDER BY release_year';

describe('tryIndexes', () => {
  it('keeps the indexes within the budget, cheapest first, at most three, analyzing only for expression keys', async () => {
    const tried: IndexTrial[] = [];
    const head = fakeAdviceHead(
      seqScan(787, 5),
      {
        'CREATE INDEX ON film (lower(title))': 8.3,
        'CREATE INDEX ON film (rating)': 400,
        'CREATE INDEX ON film (lower(title), rating)': 8.3,
        'CREATE INDEX ON film (lower(title), rating, length)': 8.29,
        'CREATE INDEX ON film (lower(title), rating, release_year)': 9,
        'CREATE INDEX ON film (length)': 13.44,
      },
      tried,
    );
    const run = await tryIndexes(head, [target(SQL)], { film: 20000 }, performance.now() + 60_000);
    expect(run.byQuery.get('q')).toEqual({
      advice: [
        { sql: 'CREATE INDEX ON film (lower(title), rating, length)', cost: 8.29 },
        // A tie goes to the narrower index.
        { sql: 'CREATE INDEX ON film (lower(title))', cost: 8.3 },
        { sql: 'CREATE INDEX ON film (lower(title), rating)', cost: 8.3 },
      ],
    });
    expect(run.cutShort).toBe(false);
    expect(tried.find((trial) => trial.createIndex === 'CREATE INDEX ON film (rating)')).toEqual({ createIndex: 'CREATE INDEX ON film (rating)' });
    expect(tried.find((trial) => trial.createIndex === 'CREATE INDEX ON film (lower(title))')).toEqual({
      createIndex: 'CREATE INDEX ON film (lower(title))',
      analyze: 'film',
    });
  });

  it('names an index head has and its plan leaves unused when that was the only candidate', async () => {
    const tried: IndexTrial[] = [];
    const head = fakeAdviceHead(seqScan(787, 500), {}, tried);
    const twin = { index: 'film_rating_idx on film (rating)', used: false, relation: 'film', keys: ['rating'] };
    const unusedTwin = { ...target('SELECT * FROM film WHERE rating = $1'), candidates: [], existing: [twin] };
    const run = await tryIndexes(head, [unusedTwin], { film: 20000 }, performance.now() + 60_000);
    expect(tried).toEqual([]);
    expect(run.byQuery.get('q')?.note).toMatch(/^no index to add: head has film_rating_idx on film \(rating\), and the planner chose not to use it: /);

    // The scan's filter casts the column: that is what keeps the index out.
    const castScan = [
      { Plan: { 'Node Type': 'Seq Scan', 'Relation Name': 'film', 'Total Cost': 787, 'Plan Rows': 1, Filter: "((film.rating)::text = 'PG'::text)" } },
    ];
    const cast = await tryIndexes(fakeAdviceHead(castScan, {}), [unusedTwin], { film: 20000 }, performance.now() + 60_000);
    expect(cast.byQuery.get('q')?.note).toBe(
      'no index to add: head has film_rating_idx on film (rating), but the query compares rating::text, a cast the index cannot serve: compare rating with a value of its own type',
    );
  });

  it('needs a gain beyond the cost thresholds when the budget is head cost itself (a new query)', async () => {
    const head = fakeAdviceHead(seqScan(787, 5), { 'CREATE INDEX ON film (lower(title))': 780 });
    const run = await tryIndexes(head, [target('SELECT * FROM film WHERE lower(title) = $1', 787)], { film: 20000 }, performance.now() + 60_000);
    expect(run.byQuery.get('q')).toEqual({ advice: [], note: 'no index helps: none of 1 tried brings the cost from 787.00 to 787.00 or below' });
  });

  it('says why no index helps: not immutable, most of the table read, nothing to index', async () => {
    const immutable = fakeAdviceHead(seqScan(787, 5), {
      'CREATE INDEX ON film ((created_at::date))': failed('functions in index expression must be marked IMMUTABLE', 'query', '42P17'),
    });
    const byDay = await tryIndexes(
      immutable,
      [target("SELECT * FROM film WHERE created_at::date = '2024-01-01'")],
      { film: 20000 },
      performance.now() + 60_000,
    );
    expect(byDay.byQuery.get('q')?.note).toBe('no index helps: (created_at::date) cannot be indexed, a function in it is not immutable');

    const most = await tryIndexes(
      fakeAdviceHead(seqScan(787, 15000), { 'CREATE INDEX ON film (length)': 790 }),
      [target('SELECT * FROM film WHERE length > $1')],
      { film: 20000 },
      performance.now() + 60_000,
    );
    expect(most.byQuery.get('q')?.note).toBe('no index helps: the query reads most of film (~15,000 of 20,000 rows)');

    const nothing = await tryIndexes(fakeAdviceHead(seqScan(787, 5), {}), [target('SELECT count(*) FROM film')], { film: 20000 }, performance.now() + 60_000);
    expect(nothing.byQuery.get('q')?.note).toBe('no index advice: the query compares no column with a constant or parameter, and sorts by none');
  });

  it('stops at the deadline and says so for the queries it did not reach', async () => {
    const tried: IndexTrial[] = [];
    const run = await tryIndexes(
      fakeAdviceHead(seqScan(787, 5), { 'CREATE INDEX ON film (lower(title))': 8.3 }, tried),
      [target(SQL), { ...target(SQL), name: 'r' }],
      { film: 20000 },
      performance.now() - 1,
    );
    expect(run).toMatchObject({ cutShort: true, trials: 0 });
    expect(run.byQuery.get('r')).toEqual({ advice: [], note: 'not tried: the advice time bound ran out first' });
    expect(tried).toEqual([]);
  });

  it('treats a server-side statement timeout as the bound cutting the trials short', async () => {
    const head = fakeAdviceHead(seqScan(787, 5), {
      'CREATE INDEX ON film (lower(title))': failed('canceling statement due to statement timeout', 'timeout', '57014'),
    });
    const run = await tryIndexes(head, [target('SELECT * FROM film WHERE lower(title) = $1')], { film: 20000 }, performance.now() + 60_000);
    expect(run.cutShort).toBe(true);
    expect(run.byQuery.get('q')?.note).toBe('cut short: the advice time bound ran out before an index was found');
  });

  it('goes by the kind and the SQLSTATE, never by the words of the message', async () => {
    // A relation whose name holds the words the message was once searched for.
    const worded = fakeAdviceHead(seqScan(787, 5), {
      'CREATE INDEX ON film (lower(title))': failed('relation "statement timeout: must be marked IMMUTABLE" does not exist', 'query', '42P01'),
    });
    const run = await tryIndexes(worded, [target('SELECT * FROM film WHERE lower(title) = $1')], { film: 20000 }, performance.now() + 60_000);
    expect(run.cutShort).toBe(false);
    expect(run.byQuery.get('q')?.note).toBe('no index helps: none of 1 tried brings the cost from 787.00 to 13.43 or below');
  });
});

describe('tryIndexes for issue 27 (item 6)', () => {
  it('a seq-scan finding alone: an index helps when the new seq scan goes away, whatever the cost target', async () => {
    const head = fakeAdviceHead(seqScan(2608.12, 5), { 'CREATE INDEX ON film (rating)': 2600 });
    const seqScanOnly = { ...target('SELECT * FROM film WHERE rating = $1', 2618.15), headCost: 2608.12, newSeqScans: new Map([['film', 0]]) };
    const run = await tryIndexes(head, [seqScanOnly], { film: 20000 }, performance.now() + 60_000);
    expect(run.byQuery.get('q')).toEqual({ advice: [{ sql: 'CREATE INDEX ON film (rating)', cost: 2600 }] });

    const none = await tryIndexes(fakeAdviceHead(seqScan(2608.12, 5), {}), [seqScanOnly], { film: 20000 }, performance.now() + 60_000);
    expect(none.byQuery.get('q')?.note).toBe('no index helps: none of 1 tried takes away the new seq scan on film');
  });

  it('the index head lost leads when it gives base plan back, even a hair dearer than another', async () => {
    const lostSql = 'CREATE INDEX film_rating_idx ON film (rating)';
    const head = fakeAdviceHead(seqScan(787, 5), { [lostSql]: 11.82, 'CREATE INDEX ON film (rating, length)': 11.81 });
    const derived = indexCandidates('SELECT * FROM film WHERE rating = $1 AND length = $1').filter((candidate) => candidate.keys.join() === 'rating,length');
    const lost = { ...derived[0]!, keys: ['rating'], sql: lostSql };
    const baseShape = planShape(parsePlan([{ Plan: { 'Node Type': 'Index Scan', 'Total Cost': 11.82 } }]));
    const withLost = { ...target('SELECT * FROM film WHERE rating = $1 AND length = $1'), candidates: [lost, ...derived], lost: new Set([lostSql]), baseShape };
    const run = await tryIndexes(head, [withLost], { film: 20000 }, performance.now() + 60_000);
    expect(run.byQuery.get('q')?.advice.map((entry) => entry.sql)).toEqual([lostSql, 'CREATE INDEX ON film (rating, length)']);
  });
});
