import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerMemory, questionOf, type DatabaseFacts, type RemoteAnswers } from '../../../../src/engine/cache/answer-memory.ts';
import { rememberingDatabase, type RememberingDatabase } from '../../../../src/engine/cache/remembering.ts';
import { codeDigest } from '../../../../src/util/code-digest.ts';
import type { BuiltDatabase, Database, ExplainOutcome, ExplainRequest, MeasureOutcome } from '../../../../src/engine/database.ts';
import { failed, fakeDatabase } from '../../../helpers/fake-database.ts';

const KEY = 'a'.repeat(64);
/** The answers of KEY as this code keeps them. */
const FILE = `${KEY}-${codeDigest().slice(0, 12)}.json`;
const FACTS: DatabaseFacts = {
  serverVersion: '18.1',
  planner: { random_page_cost: '1.1' },
  meta: { warnings: ['{side}: a view could not be refreshed'], notes: [] },
};
const READ: ExplainRequest = { sql: 'SELECT * FROM users WHERE id = 1', paramCount: 0, generic: false };
const WRITE: ExplainRequest = { sql: 'UPDATE users SET email = email', paramCount: 0, generic: false, writes: true };
const SWEEP: ExplainRequest = { sql: "DELETE FROM users WHERE created_at < '1900-01-01'", paramCount: 0, generic: false, writes: true };

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function root(): string {
  const dir = mkdtempSync(join(tmpdir(), 'answers-'));
  roots.push(dir);
  return dir;
}

/** A database that logs what runs on it; `blocks` grows with every measured write, as a table's pages do. */
function loggingDatabase(
  calls: string[],
  options: { explain?: (request: ExplainRequest) => ExplainOutcome; measure?: (request: ExplainRequest) => MeasureOutcome } = {},
): Database {
  let pages = 100;
  return fakeDatabase({
    serverVersion: '18.1',
    planner: { random_page_cost: '1.1' },
    async explain(request) {
      calls.push(`explain ${request.sql}`);
      return options.explain?.(request) ?? { ok: true, plan: [{ Plan: { 'Total Cost': request.sql.length } }] };
    },
    async measure(request) {
      calls.push(`measure ${request.sql}`);
      const outcome = options.measure?.(request) ?? { ok: true, plan: [{ Plan: { 'Shared Hit Blocks': pages } }] };
      if (request.writes) pages += 100;
      return outcome;
    },
    async relationSizes() {
      calls.push('relationSizes');
      return { rows: { users: 1000 }, partitionRoots: {} };
    },
    async settleForMeasure() {
      calls.push('settle');
    },
    async close() {
      calls.push('close');
    },
  });
}

const built = (database: Database): BuiltDatabase => ({
  database,
  timings: { startMs: 0, schemaMs: 0, seedMs: 0, analyzeMs: 0 },
  warnings: ['base: a view could not be refreshed'],
  notes: [],
  origin: 'fresh',
});

/** One run: a database built now that files its answers, kept at the end. */
async function coldRun(dir: string, run: (database: RememberingDatabase) => Promise<void>, calls: string[] = []) {
  const memory = answerMemory(dir, () => {});
  const book = await memory.book(KEY);
  const database = rememberingDatabase(book, 'base', { built: built(loggingDatabase(calls)) });
  await run(database);
  memory.keep(book, database.facts()!);
  return calls;
}

/** A later run: the database opens only when a question needs it. */
async function warmRun(dir: string, calls: string[] = []) {
  const memory = answerMemory(dir, () => {});
  const book = await memory.book(KEY);
  let opened = 0;
  const database = rememberingDatabase(book, 'head', {
    open: async () => {
      opened++;
      calls.push('open');
      return built(loggingDatabase(calls));
    },
  });
  return { database, book, memory, calls, opened: () => opened };
}

describe('remembered answers', () => {
  it("a later run on the same database key answers from the file: nothing opens, and the facts are the build's", async () => {
    const dir = root();
    const asked: unknown[] = [];
    await coldRun(dir, async (database) => {
      asked.push(await database.relationSizes(), await database.explain(READ), await database.measure(READ, 1000));
      // Asked again in the same run: answered without the database, but no earlier run's answer.
      await database.explain(READ);
      expect(database.remembered).toEqual({});
    });
    const warm = await warmRun(dir);
    expect(warm.book.facts).toEqual({ ...FACTS, meta: { warnings: ['{side}: a view could not be refreshed'], notes: [] } });
    expect([await warm.database.relationSizes(), await warm.database.explain(READ), await warm.database.measure(READ, 1000)]).toEqual(asked);
    expect(warm.opened()).toBe(0);
    expect(warm.database.serverVersion).toBe('18.1');
    expect(warm.database.remembered).toEqual({ relationSizes: 1, explain: 1, measure: 1 });
    // Another key has none of them.
    expect((await answerMemory(dir, () => {}).book('b'.repeat(64))).facts).toBeNull();
  });

  it('a question the file cannot answer opens the database once, however many ask at once, and is filed for the next run', async () => {
    const dir = root();
    await coldRun(dir, async (database) => void (await database.explain(READ)));
    const warm = await warmRun(dir);
    const other = { ...READ, sql: 'SELECT * FROM users WHERE id = 2' };
    await Promise.all([warm.database.explain(other), warm.database.explain({ ...other, params: [3] }), warm.database.explain(READ)]);
    expect(warm.opened()).toBe(1);
    expect(warm.calls.filter((call) => call.startsWith('explain'))).toHaveLength(2);
    warm.memory.keep(warm.book, warm.database.facts()!);
    const later = await warmRun(dir);
    await later.database.explain(other);
    expect(later.opened()).toBe(0);
  });

  it('outcomes of the moment are not kept: a timed-out EXPLAIN, a measured run past its bound, a lost connection', async () => {
    const dir = root();
    const calls: string[] = [];
    const memory = answerMemory(dir, () => {});
    const book = await memory.book(KEY);
    const flaky = loggingDatabase(calls, {
      explain: (request) =>
        request.params ? failed('Connection terminated unexpectedly', 'lost') : failed('EXPLAIN took longer than explain_timeout_seconds (5 s)', 'timeout'),
      measure: () => failed('canceling statement due to statement timeout', 'timeout', '57014'),
    });
    const database = rememberingDatabase(book, 'base', { built: built(flaky) });
    await database.explain(READ);
    await database.explain({ ...READ, params: [1] });
    await database.measure(READ, 10);
    expect(book.added).toBe(0);
    // A lasting error is an answer like any other.
    const broken = rememberingDatabase(book, 'base', {
      built: built(loggingDatabase(calls, { explain: () => failed('relation "nope" does not exist', 'query', '42P01') })),
    });
    await broken.explain(READ);
    expect(book.added).toBe(1);
  });

  it('goes by the kind, not the words: a missing relation named "workers" is remembered, a lost connection is not', async () => {
    const dir = root();
    const book = await answerMemory(dir, () => {}).book(KEY);
    const missing = failed('relation "workers" does not exist', 'query', '42P01');
    const database = rememberingDatabase(book, 'base', {
      built: built(
        loggingDatabase([], {
          explain: (request) => (request.params ? failed('the base database worker exited (code 1)', 'lost') : missing),
          measure: () => failed('relation "connection_terminated" does not exist', 'query', '42P01'),
        }),
      ),
    });
    expect(await database.explain(READ)).toEqual(missing);
    await database.measure(READ, 1000);
    await database.explain({ ...READ, params: [1] });
    expect(book.added).toBe(2);
    expect(book.get(questionOf('explain', [READ, []])!)).toEqual(missing);
  });

  it('a write the file answered while the database was closed runs before the first question that opens it, after the VACUUM', async () => {
    const dir = root();
    const cold = await coldRun(dir, async (database) => {
      await database.settleForMeasure();
      await database.measure(WRITE, 1000);
      await database.measure(SWEEP, 1000);
    });
    const sweptCold = cold.filter((call) => call.startsWith('measure'));
    expect(sweptCold).toHaveLength(2);

    // Next run: the same write, then another read than before.
    const warm = await warmRun(dir);
    await warm.database.settleForMeasure();
    await warm.database.measure(WRITE, 1000);
    expect(warm.opened()).toBe(0);
    const after = await warm.database.measure({ ...SWEEP, sql: `${SWEEP.sql} AND id > 0` }, 1000);
    expect(warm.calls).toEqual(['open', 'settle', `measure ${WRITE.sql}`, `measure ${SWEEP.sql} AND id > 0`]);
    // It read the pages the write left, as it would have in a run that asked everything.
    expect(after).toEqual({ ok: true, plan: [{ Plan: { 'Shared Hit Blocks': 200 } }] });
  });

  it('the same question after a write is another question; once the database is open, a remembered write runs for real', async () => {
    const dir = root();
    await coldRun(dir, async (database) => {
      await database.measure(SWEEP, 1000);
    });
    const warm = await warmRun(dir);
    await warm.database.measure(WRITE, 1000); // not remembered: opens
    const again = await warm.database.measure(SWEEP, 1000); // remembered only as the first write
    expect(warm.calls).toEqual(['open', `measure ${WRITE.sql}`, `measure ${SWEEP.sql}`]);
    expect(again).toEqual({ ok: true, plan: [{ Plan: { 'Shared Hit Blocks': 200 } }] });
  });

  it('nothing is filed once the database is served to a capture command', async () => {
    const dir = root();
    const memory = answerMemory(dir, () => {});
    const book = await memory.book(KEY);
    const inner = loggingDatabase([]);
    inner.expose = async () => ({ upstream: { path: '/tmp/sock' }, user: 'postgres', database: 'postgres', stop: async () => {} });
    const database = rememberingDatabase(book, 'base', { built: built(inner) });
    await database.explain(READ);
    await database.expose();
    await database.explain({ ...READ, sql: 'SELECT 2' });
    expect(book.added).toBe(1);
  });

  it("a corrupt or foreign file is no answers; a concurrent run's answers are merged, not lost", async () => {
    const dir = root();
    mkdirSync(join(dir, 'answers'));
    writeFileSync(join(dir, 'answers', FILE), '{"format":1,"key":"');
    expect((await answerMemory(dir, () => {}).book(KEY)).facts).toBeNull();

    const one = answerMemory(dir, () => {});
    const two = answerMemory(dir, () => {});
    const [bookOne, bookTwo] = [await one.book(KEY), await two.book(KEY)];
    bookOne.set('q1', 1);
    bookTwo.set('q2', 2);
    one.keep(bookOne, FACTS);
    two.keep(bookTwo, FACTS);
    const merged = await answerMemory(dir, () => {}).book(KEY);
    expect([merged.get('q1'), merged.get('q2')]).toEqual([1, 2]);
    expect(readdirSync(join(dir, 'answers'))).toEqual([FILE]);
  });

  it('a file edited so that it is still valid JSON fails its checksum: removed with a warning, no answers', async () => {
    const dir = root();
    const memory = answerMemory(dir, () => {});
    const book = await memory.book(KEY);
    book.set('q', { 'Total Cost': 1357.5 });
    memory.keep(book, FACTS);
    const path = join(dir, 'answers', FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('1357.5', '1257.5'));
    const warnings: string[] = [];
    const again = await answerMemory(dir, (message) => warnings.push(message)).book(KEY);
    expect(again.facts).toBeNull();
    expect(again.get('q')).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^remembered answers: .* is corrupt \(checksum mismatch\): removed, the database answers instead$/)]);
    expect(readdirSync(join(dir, 'answers'))).toEqual([]);
  });

  it("a scoped run (a pull request's) reads the trusted answers and its own, and keeps only its own", async () => {
    const dir = root();
    const trusted = answerMemory(dir, () => {});
    const mainBook = await trusted.book(KEY);
    mainBook.set('q1', 'main');
    trusted.keep(mainBook, FACTS);

    const scope = { scope: 'pull_request refs/pull/7/merge' };
    const pullRequest = answerMemory(dir, () => {}, scope);
    const prBook = await pullRequest.book(KEY);
    expect(prBook.get('q1')).toBe('main');
    prBook.set('q2', 'pull request');
    pullRequest.keep(prBook, FACTS);

    const mainAgain = await answerMemory(dir, () => {}).book(KEY);
    expect([mainAgain.get('q1'), mainAgain.get('q2')]).toEqual(['main', undefined]);
    const prAgain = await answerMemory(dir, () => {}, scope).book(KEY);
    expect([prAgain.get('q1'), prAgain.get('q2')]).toEqual(['main', 'pull request']);
  });

  it('questions are spelled so that values JSON would make alike stay apart', () => {
    const spelled = (params: unknown[]) => questionOf('explain', [{ ...READ, params }]);
    const all = [[Infinity], [-Infinity], [Number.NaN], [null], [undefined], [0], [-0], ['Infinity'], [1n], ['1']].map(spelled);
    expect(new Set(all).size).toBe(all.length);
    // Key order is no part of a value.
    expect(questionOf('x', [{ a: 1, b: 2 }])).toBe(questionOf('x', [{ b: 2, a: 1 }]));
  });

  it("another version of the gate's code neither reads nor overwrites this one's answers", async () => {
    const dir = root();
    const older = answerMemory(dir, () => {}, { code: '0'.repeat(64) });
    const olderBook = await older.book(KEY);
    olderBook.set('q', 'as the older code asked it');
    older.keep(olderBook, FACTS);

    const current = await answerMemory(dir, () => {}).book(KEY);
    expect(current.facts).toBeNull();
    expect(current.get('q')).toBeUndefined();
    expect((await answerMemory(dir, () => {}, { code: '0'.repeat(64) }).book(KEY)).get('q')).toBe('as the older code asked it');
    expect(codeDigest()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a file that would grow past its bound keeps only what the run that writes it asked', async () => {
    const dir = root();
    const big = 'x'.repeat(400);
    const first = answerMemory(dir, () => {});
    const earlier = await first.book(KEY);
    for (const question of ['old-1', 'old-2', 'still-asked']) earlier.set(question, big);
    first.keep(earlier, FACTS);

    // Under the bound: every earlier answer stays.
    const roomy = answerMemory(dir, () => {}, { maxFileBytes: 4000 });
    const roomyBook = await roomy.book(KEY);
    roomyBook.set('new-1', big);
    roomy.keep(roomyBook, FACTS);
    const kept = await answerMemory(dir, () => {}).book(KEY);
    expect(['old-1', 'old-2', 'still-asked', 'new-1'].map((question) => kept.get(question) !== undefined)).toEqual([true, true, true, true]);

    // Past it: what this run asked (found or not) and added; the rest goes.
    const tight = answerMemory(dir, () => {}, { maxFileBytes: 1500 });
    const tightBook = await tight.book(KEY);
    expect(tightBook.get('still-asked')).toBe(big);
    expect(tightBook.get('new-2')).toBeUndefined();
    tightBook.set('new-2', big);
    tight.keep(tightBook, FACTS);
    const after = await answerMemory(dir, () => {}).book(KEY);
    expect(['old-1', 'old-2', 'new-1', 'still-asked', 'new-2'].map((question) => after.get(question) !== undefined)).toEqual([false, false, false, true, true]);
  });

  it('a file missing here is fetched from the remote store, and a kept one sent there; a directory it cannot write is a warning', async () => {
    const dir = root();
    const warnings: string[] = [];
    const stored = new Map<string, string>();
    const remote: RemoteAnswers = {
      async fetchAnswers(key, path) {
        const text = stored.get(key);
        if (text !== undefined) writeFileSync(path, text);
        return text !== undefined;
      },
      async pushAnswers(key, path, version) {
        expect(version).toMatch(/^[0-9a-f]{16}$/);
        stored.set(key, readFileSync(path, 'utf8'));
      },
    };
    const memory = answerMemory(dir, (message) => warnings.push(message), { remote });
    const book = await memory.book(KEY);
    book.set('q', { ok: true });
    memory.keep(book, FACTS);
    await memory.settle();
    expect([...stored.keys()]).toEqual([FILE.replace(/\.json$/, '')]);

    const elsewhere = root();
    const fetched = await answerMemory(elsewhere, () => {}, { remote }).book(KEY);
    expect(fetched.get('q')).toEqual({ ok: true });

    // A file where its directory should be: no answers can be written there, even as root.
    const blocked = root();
    writeFileSync(join(blocked, 'answers'), 'not a directory');
    const blockedMemory = answerMemory(blocked, (message) => warnings.push(message));
    const blockedBook = await blockedMemory.book(KEY);
    blockedBook.set('q', 1);
    blockedMemory.keep(blockedBook, FACTS);
    expect(warnings).toEqual([expect.stringMatching(/^remembered answers: could not save to .*answers \(.*\); the next run asks the database again$/)]);
  });
});
