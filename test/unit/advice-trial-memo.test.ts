import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { indexCandidates } from '../../src/advice/candidates.ts';
import { trialMemo } from '../../src/advice/trial-memo.ts';
import { tryIndexes, type AdviceTarget } from '../../src/advice/what-if.ts';
import { DEFAULT_BUDGETS } from '../../src/config/types.ts';
import { loadParser } from '../../src/engine/script.ts';
import type { Database, IndexTrial } from '../../src/engine/types.ts';
import { fakeAdviceHead } from '../helpers/fake-database.ts';

beforeAll(loadParser);

const KEY = 'a'.repeat(64);
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const cacheRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'trial-memo-'));
  roots.push(root);
  return root;
};

/** Head with a seq-scan baseline and a cost (or an error) per CREATE INDEX; `tried` records real trials. */
const fakeHead = (outcomes: Record<string, number | string>, tried: IndexTrial[]): Database =>
  fakeAdviceHead([{ Plan: { 'Node Type': 'Seq Scan', 'Relation Name': 'film', 'Total Cost': 787, 'Plan Rows': 5 } }], outcomes, tried, 'column "rating" does not exist');

const target = (name: string, sql: string, params: unknown[] = ['x']): AdviceTarget => ({
  name,
  request: { sql, paramCount: 1, generic: false, params },
  headCost: 787,
  costLimit: 13.43,
  budgets: DEFAULT_BUDGETS,
  candidates: indexCandidates(sql),
});

const OUTCOMES = {
  'CREATE INDEX ON film (lower(title))': 8.3,
  'CREATE INDEX ON film (lower(title), rating)': 8.29,
  'CREATE INDEX ON film (rating)': 400,
  'CREATE INDEX ON film ((created_at::date))': 'functions in index expression must be marked IMMUTABLE',
};
const TARGETS = [
  target('by-title', 'SELECT * FROM film WHERE lower(title) = $1 AND rating = $1'),
  target('by-day', "SELECT * FROM film WHERE created_at::date = '2024-01-01' AND $1::text IS NOT NULL"),
];
const LATER = () => performance.now() + 60_000;

describe('index advice trial memo', () => {
  it('gives the same advice and notes on a later run without building any index', async () => {
    const root = cacheRoot();
    const coldTried: IndexTrial[] = [];
    const coldMemo = trialMemo(root, KEY, () => {});
    const cold = await tryIndexes(fakeHead(OUTCOMES, coldTried), TARGETS, { film: 20000 }, LATER(), coldMemo);
    coldMemo.save();
    const withoutMemo = await tryIndexes(fakeHead(OUTCOMES, []), TARGETS, { film: 20000 }, LATER());

    const warmTried: IndexTrial[] = [];
    const warm = await tryIndexes(fakeHead(OUTCOMES, warmTried), TARGETS, { film: 20000 }, LATER(), trialMemo(root, KEY, () => {}));
    expect(coldTried.length).toBeGreaterThan(0);
    expect(cold.remembered).toBe(0);
    expect(warmTried).toEqual([]);
    expect(warm.remembered).toBe(coldTried.length);
    expect(warm.trials).toBe(cold.trials);
    expect([...warm.byQuery]).toEqual([...withoutMemo.byQuery]);
    expect(warm.byQuery.get('by-title')?.advice[0]).toEqual({ sql: 'CREATE INDEX ON film (lower(title), rating)', cost: 8.29 });
    expect(warm.byQuery.get('by-day')?.note).toMatch(/not immutable/);
  });

  it('keys a trial by the request: other values or another head database try again', async () => {
    const root = cacheRoot();
    const memo = trialMemo(root, KEY, () => {});
    await tryIndexes(fakeHead(OUTCOMES, []), TARGETS.slice(0, 1), { film: 20000 }, LATER(), memo);
    memo.save();
    const otherValues: IndexTrial[] = [];
    await tryIndexes(fakeHead(OUTCOMES, otherValues), [target('by-title', TARGETS[0]!.request.sql, ['y'])], { film: 20000 }, LATER(), trialMemo(root, KEY, () => {}));
    expect(otherValues.length).toBeGreaterThan(0);
    const otherDatabase: IndexTrial[] = [];
    await tryIndexes(fakeHead(OUTCOMES, otherDatabase), TARGETS.slice(0, 1), { film: 20000 }, LATER(), trialMemo(root, 'b'.repeat(64), () => {}));
    expect(otherDatabase.length).toBeGreaterThan(0);
  });

  it('serves remembered trials once the time bound has run out, and never remembers a timeout', async () => {
    const root = cacheRoot();
    const timedOut = { ...OUTCOMES, 'CREATE INDEX ON film (rating)': 'canceling statement due to statement timeout' };
    const memo = trialMemo(root, KEY, () => {});
    const cold = await tryIndexes(fakeHead(timedOut, []), TARGETS.slice(0, 1), { film: 20000 }, LATER(), memo);
    memo.save();
    expect(cold.cutShort).toBe(true);
    const tried: IndexTrial[] = [];
    const warm = await tryIndexes(fakeHead(OUTCOMES, tried), TARGETS.slice(0, 1), { film: 20000 }, LATER(), trialMemo(root, KEY, () => {}));
    expect(tried.map((trial) => trial.createIndex)).toEqual(['CREATE INDEX ON film (rating)']);
    expect(warm.cutShort).toBe(false);

    // The deadline is already past: only what is remembered is used.
    const late = await tryIndexes(fakeHead(OUTCOMES, []), TARGETS.slice(0, 1), { film: 20000 }, performance.now() + 5, trialMemo(root, KEY, () => {}));
    expect(late.byQuery.get('by-title')?.advice.length).toBeGreaterThan(0);
  });

  it('ignores a corrupt memo file and writes a whole one in its place', async () => {
    const root = cacheRoot();
    const memo = trialMemo(root, KEY, () => {});
    await tryIndexes(fakeHead(OUTCOMES, []), TARGETS, { film: 20000 }, LATER(), memo);
    memo.save();
    // A file cut short (a disk that filled up, a copy interrupted).
    writeFileSync(join(root, 'advice', `${KEY}.json`), '{"format":1,"key":"');
    const warnings: string[] = [];
    const tried: IndexTrial[] = [];
    const afterCorruption = trialMemo(root, KEY, (message) => warnings.push(message));
    const run = await tryIndexes(fakeHead(OUTCOMES, tried), TARGETS, { film: 20000 }, LATER(), afterCorruption);
    expect(run.remembered).toBe(0);
    expect(tried.length).toBeGreaterThan(0);
    afterCorruption.save();
    expect(warnings).toEqual([]);
    expect(readdirSync(join(root, 'advice'))).toEqual([`${KEY}.json`]);
    const again = await tryIndexes(fakeHead(OUTCOMES, []), TARGETS, { film: 20000 }, LATER(), trialMemo(root, KEY, () => {}));
    expect(again.remembered).toBe(run.trials);
  });
});
