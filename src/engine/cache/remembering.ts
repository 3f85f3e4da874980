import { questionOf, type AnswerBook, type DatabaseFacts } from './answer-memory.ts';
import { unlabelled } from './fixture-cache.ts';
import { lasting } from '../failure.ts';
import type { BuiltDatabase, Database, ExplainOutcome, MeasureOutcome } from '../database.ts';

/** A database whose answers a book may already hold: it is opened only for a question the book cannot answer. */
export interface RememberingDatabase extends Database {
  readonly book: AnswerBook;
  /** Questions answers kept by earlier runs answered, by operation (not this run's repeats). */
  readonly remembered: Readonly<Record<string, number>>;
  /** The database behind the answers, once opened (from the start when it was built for this run). */
  readonly opened: BuiltDatabase | undefined;
  /** The database itself, opened now if it was not (an incremental head is copied from it). */
  open(): Promise<BuiltDatabase>;
  /** What to keep with the answers; null when the database was neither opened nor remembered. */
  facts(): DatabaseFacts | null;
}

/**
 * `database` answering from `book` where it can. Every question is filed with what has changed
 * the database's state before it in this run: the VACUUM before measured runs, and each
 * measured write (rolled back, its row versions stay in the pages). A state-changing call the
 * book answered while the database was closed is owed: once a later question opens it, the
 * owed calls run first, in order, so it is in the state that question assumes. Once the
 * database is served to a capture command (whose writes no run can repeat), nothing more is
 * filed or looked up.
 */
export function rememberingDatabase(
  book: AnswerBook,
  label: string,
  source: { built: BuiltDatabase } | { open: () => Promise<BuiltDatabase> },
): RememberingDatabase {
  let built = 'built' in source ? source.built : undefined;
  let opening: Promise<BuiltDatabase> | undefined = built ? Promise.resolve(built) : undefined;
  const open = () => (opening ??= (source as { open: () => Promise<BuiltDatabase> }).open().then((database) => (built = database)));
  // critical: a call whose failure leaves the database unlike its answers (production's statistics).
  const owed: { run: (database: Database) => Promise<unknown>; critical: boolean }[] = [];
  let owedFailure: unknown;
  // One after another: the owed calls run once, before any question that opened the database.
  let ready: Promise<Database> | undefined;
  const database = () =>
    (ready = (ready ?? open().then((opened) => opened.database)).then(async (opened) => {
      while (owed.length) {
        const { run, critical } = owed.shift()!;
        await run(opened).catch((error: unknown) => void (critical && (owedFailure ??= error)));
      }
      // Production's statistics that did not apply: the database is not the one its answers describe.
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the write's own failure, rethrown as it came
      if (owedFailure !== undefined) throw owedFailure;
      return opened;
    }));
  const history: string[] = [];
  let forgetting = false;
  const remembered: Record<string, number> = {};

  async function ask<T>(
    operation: string,
    args: unknown[],
    run: (database: Database) => Promise<T>,
    keep: (answer: T) => boolean,
    changesState = false,
  ): Promise<T> {
    const question = forgetting ? null : questionOf(operation, [...args, history]);
    if (changesState) {
      // A change no question can name: from here on nothing is filed.
      if (question === null) forgetting = true;
      else history.push(question);
    }
    const known = question === null ? undefined : book.get(question);
    if (known !== undefined && !(changesState && opening)) {
      if (question !== null && book.keptEarlier(question)) remembered[operation] = (remembered[operation] ?? 0) + 1;
      if (changesState) owed.push({ run, critical: operation === 'applyStatistics' });
      return known as T;
    }
    const answer = await run(await database());
    if (question !== null && !forgetting && keep(answer)) book.set(question, answer);
    return answer;
  }

  // Outcomes of the moment, not of the data (a bound, a lost connection, an ended worker) are never remembered.
  const kept = (outcome: ExplainOutcome | MeasureOutcome) => outcome.ok || lasting(outcome.kind);
  const always = () => true;
  return {
    book,
    get remembered() {
      return remembered;
    },
    get opened() {
      return built;
    },
    open,
    facts() {
      if (!built) return book.facts;
      return { serverVersion: built.database.serverVersion, planner: built.database.planner, meta: unlabelled(label, built) };
    },
    get serverVersion() {
      return built?.database.serverVersion ?? book.facts!.serverVersion;
    },
    get planner() {
      return built?.database.planner ?? book.facts!.planner;
    },
    explain: (request) => ask('explain', [request], (db) => db.explain(request), kept),
    // The bound is no part of the question: an outcome that ran into it is not kept.
    explainWithIndex: (request, index, timeoutMs) => ask('explainWithIndex', [request, index], (db) => db.explainWithIndex(request, index, timeoutMs), kept),
    measure: (request, timeoutMs, statistics) =>
      ask('measure', [request, timeoutMs, statistics ?? null], (db) => db.measure(request, timeoutMs, statistics), kept, request.writes === true),
    relationSizes: () => ask('relationSizes', [], (db) => db.relationSizes(), always),
    // The file by its digest: the question stays small, and every later question names it in its history.
    applyStatistics: (statistics, digest, file, scope) =>
      ask('applyStatistics', [digest, scope], (db) => db.applyStatistics(statistics, digest, file, scope), always, true),
    sampleValues: (probes) => ask('sampleValues', [probes], (db) => db.sampleValues(probes), always),
    indexDefinitions: (indexes) => ask('indexDefinitions', [indexes], (db) => db.indexDefinitions(indexes), always),
    tableIndexDefinitions: (tables) => ask('tableIndexDefinitions', [tables], (db) => db.tableIndexDefinitions(tables), always),
    async settleForMeasure() {
      history.push('settleForMeasure');
      if (opening) await (await database()).settleForMeasure();
      else owed.push({ run: (db) => db.settleForMeasure(), critical: false });
    },
    async expose() {
      forgetting = true;
      return (await database()).expose();
    },
    async resetSession() {
      if (opening) await (await database()).resetSession();
    },
    async discard() {
      if (opening) await (await opening.catch(() => null))?.database.discard();
    },
    async close() {
      if (opening) await (await opening.catch(() => null))?.database.close();
    },
  };
}
