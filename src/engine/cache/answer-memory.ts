import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scopedKey, type FixtureMeta } from './fixture-cache.ts';
import { canonical } from '../../util/canonical.ts';
import { codeDigest } from '../../util/code-digest.ts';
import { errorMessage, oneLine } from '../../util/errors.ts';

/**
 * What each built database answered, kept between runs under its fixture-cache key. The key
 * covers everything the database is built from, and builds are deterministic (statistics from
 * every row, no autovacuum, no parallel workers): the same question to a database of the same
 * key gets the same answer. So a later run reads the answers instead of restoring and starting
 * the database, and opens it only for a question no run has asked yet (engine/remembering.ts).
 * One file per database key and version of the gate's code, `<cache root>/answers/<key>-<code>.json`
 * (code: 12 hex digits of util/code-digest.ts; another version may ask the same question another
 * way): a few hundred KB for a hundred queries, small enough to travel through the Actions cache
 * beside the fixture entries.
 */

/** Bump when what an answer holds, or how a question is spelled, changes. */
export const ANSWERS_FORMAT = 4;
/** Files kept; the least recently written go first. */
const MAX_FILES = 200;
/**
 * A file that would grow past this keeps only what the run that writes it asked: each pull
 * request adds its own queries' answers to its base's file, and nothing else would ever take
 * them out. Every run asks all of its queries, so what the next run of the same queries needs stays.
 */
export const MAX_ANSWER_FILE_BYTES = 16 * 1024 ** 2;

/** What a database says of itself, which a run needs even when it asks it nothing. */
export interface DatabaseFacts {
  serverVersion: string;
  planner: Record<string, string>;
  /** What its build reported (unlabelled: an answer file serves any side). */
  meta: FixtureMeta;
}

/** The answers of one database (one key): those kept by earlier runs and those this run adds. */
export interface AnswerBook {
  readonly key: string;
  /** What the database said of itself when the answers were kept; null when no run kept any. */
  readonly facts: DatabaseFacts | null;
  get(question: string): unknown;
  /** Whether an earlier run kept the answer (not one this run added). */
  keptEarlier(question: string): boolean;
  set(question: string, answer: unknown): void;
  /** Answers this run added. */
  readonly added: number;
}

/**
 * Where answer files also live between machines (the action: the Actions cache). Both report
 * their own failures as warnings, like the fixture store.
 */
export interface RemoteAnswers {
  /** Put the newest answer file of `name` (a database key and the gate's code) at `path`, if the store has one; true when it did. */
  fetchAnswers(name: string, path: string): Promise<boolean>;
  /** Send the file at `path`; `version` tells this file of the key from the others (entries cannot be replaced). */
  pushAnswers(name: string, path: string, version: string): Promise<void>;
}

export interface AnswerMemory {
  /** The book of a database key: from the local file, else the remote store, else empty. */
  book(key: string): Promise<AnswerBook>;
  /** Write what the run added to the book's file (merged with what a concurrent run wrote), and send it on. */
  keep(book: AnswerBook, facts: DatabaseFacts): void;
  /** Wait for what is still being sent to the remote store. */
  settle(): Promise<void>;
}

interface AnswerFile {
  format: number;
  key: string;
  /** The gate's code that asked (util/code-digest.ts). */
  code: string;
  facts: DatabaseFacts;
  answers: Record<string, unknown>;
}

/**
 * On disk: a header line (format, key, code and the SHA-256 of the rest), then the facts and
 * answers as JSON. An edit that keeps the JSON valid (one digit of a cost) fails the checksum,
 * as a damaged fixture entry does, and the file is ignored.
 */
interface AnswerHeader {
  format: number;
  key: string;
  code: string;
  sha256: string;
}

function answerFileText(file: AnswerFile): string {
  const body = JSON.stringify({ facts: file.facts, answers: file.answers });
  const header: AnswerHeader = { format: file.format, key: file.key, code: file.code, sha256: createHash('sha256').update(body).digest('hex') };
  return `${JSON.stringify(header)}\n${body}`;
}

/** A question as the book files it: the operation and its arguments, spelled so that no two differ only in a lost detail (null: they cannot be spelled). */
export function questionOf(operation: string, args: unknown[]): string | null {
  try {
    return createHash('sha256')
      .update(canonical([operation, ...args]))
      .digest('hex');
  } catch {
    return null;
  }
}

/**
 * `scope` (cache/fixture-cache.ts `scopedKey`): this run's answers go to its scope's own files;
 * it reads them and the trusted ones, and trusted runs never read its.
 */
export function answerMemory(
  root: string,
  warn: (message: string) => void,
  options: { remote?: RemoteAnswers; maxFileBytes?: number; code?: string; scope?: string } = {},
): AnswerMemory {
  const { remote, maxFileBytes = MAX_ANSWER_FILE_BYTES, code = codeDigest(), scope } = options;
  const own = (key: string) => scopedKey(key, scope);
  const dir = join(root, 'answers');
  // Another version of the gate may ask the same question another way: each code has its own files.
  const nameOf = (key: string) => `${key}-${code.slice(0, 12)}`;
  const pathOf = (key: string) => join(dir, `${nameOf(key)}.json`);
  const read = (path: string, key: string) => readAnswerFile(path, key, code, warn);
  const uploads: Promise<void>[] = [];
  // What each book's run added, and every question it asked (what a file past its size keeps).
  const books = new Map<AnswerBook, { added: Record<string, unknown>; asked: Set<string> }>();
  return {
    async book(key) {
      const fetched = async (fileKey: string) => {
        const path = pathOf(fileKey);
        let found = read(path, fileKey);
        if (!found && remote) {
          try {
            mkdirSync(dir, { recursive: true });
            if (await remote.fetchAnswers(nameOf(fileKey), path)) found = read(path, fileKey);
          } catch (error) {
            warn(`remembered answers: could not fetch ${fileKey.slice(0, 12)} (${oneLine(errorMessage(error))}); the database answers instead`);
          }
        }
        return found;
      };
      const mine = scope ? await fetched(own(key)) : null;
      const trusted = await fetched(key);
      const stored = mine && trusted ? { ...mine, answers: { ...trusted.answers, ...mine.answers } } : (mine ?? trusted);
      const added: Record<string, unknown> = {};
      const asked = new Set<string>();
      const book: AnswerBook = {
        key,
        facts: stored?.facts ?? null,
        get: (question) => {
          asked.add(question);
          return added[question] ?? stored?.answers[question];
        },
        keptEarlier: (question) => stored !== null && Object.hasOwn(stored.answers, question),
        set: (question, answer) => void (added[question] = answer),
        get added() {
          return Object.keys(added).length;
        },
      };
      books.set(book, { added, asked });
      return book;
    },
    keep(book, facts) {
      const { added, asked } = books.get(book) ?? { added: {}, asked: new Set<string>() };
      if (Object.keys(added).length === 0) return;
      const fileKey = own(book.key);
      const path = pathOf(fileKey);
      const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        mkdirSync(dir, { recursive: true });
        // Read again: a concurrent run may have kept answers since this one started.
        const earlier = read(path, fileKey)?.answers ?? {};
        const file = (answers: Record<string, unknown>): AnswerFile => ({ format: ANSWERS_FORMAT, key: fileKey, code, facts, answers });
        let text = answerFileText(file({ ...earlier, ...added }));
        if (Buffer.byteLength(text) > maxFileBytes) {
          const current = Object.fromEntries(Object.entries(earlier).filter(([question]) => asked.has(question)));
          text = answerFileText(file({ ...current, ...added }));
        }
        writeFileSync(temporary, text);
        renameSync(temporary, path);
        evict(dir, path);
        if (remote) uploads.push(remote.pushAnswers(nameOf(fileKey), path, createHash('sha256').update(text).digest('hex').slice(0, 16)));
      } catch (error) {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // nothing was written (the directory is unusable)
        }
        warn(`remembered answers: could not save to ${dir} (${oneLine(errorMessage(error))}); the next run asks the database again`);
      }
    },
    async settle() {
      await Promise.allSettled(uploads.splice(0));
    },
  };
}

/**
 * The file of `key`, or null: none yet, another key's, another format's, or not one we can
 * read. One whose checksum fails is removed, with a warning: its answers may not be the
 * database's.
 */
function readAnswerFile(path: string, key: string, code: string, warn: (message: string) => void): AnswerFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null; // none yet, or evicted meanwhile
  }
  const newline = text.indexOf('\n');
  let header: Partial<AnswerHeader> | null = null;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as Partial<AnswerHeader>;
  } catch {
    // not even a header: damaged below
  }
  if (header?.format !== undefined && header.format !== ANSWERS_FORMAT) return null;
  if (header && (header.key !== key || header.code !== code)) return null;
  const body = newline < 0 ? '' : text.slice(newline + 1);
  try {
    if (!header || createHash('sha256').update(body).digest('hex') !== header.sha256) throw new Error('checksum mismatch');
    const file = JSON.parse(body) as Partial<AnswerFile>;
    if (!isFacts(file.facts) || typeof file.answers !== 'object' || file.answers === null) throw new Error('not an answers file');
    return { format: ANSWERS_FORMAT, key, code, facts: file.facts, answers: file.answers };
  } catch (error) {
    warn(`remembered answers: ${path} is corrupt (${oneLine(errorMessage(error))}): removed, the database answers instead`);
    rmSync(path, { force: true });
    return null;
  }
}

function isFacts(value: unknown): value is DatabaseFacts {
  const facts = value as Partial<DatabaseFacts> | null | undefined;
  return (
    typeof facts?.serverVersion === 'string' &&
    typeof facts.planner === 'object' &&
    facts.planner !== null &&
    Array.isArray(facts.meta?.warnings) &&
    Array.isArray(facts.meta?.notes)
  );
}

/** Keeps the directory small: the newest files stay, and temporary files of dead writers go after a day. */
function evict(dir: string, keep: string): void {
  const DAY_MS = 24 * 3600 * 1000;
  const files = readdirSync(dir).flatMap((name) => {
    try {
      return [{ path: join(dir, name), name, mtime: statSync(join(dir, name)).mtimeMs }];
    } catch {
      return []; // removed by another run meanwhile
    }
  });
  for (const file of files) if (file.name.includes('.tmp-') && Date.now() - file.mtime > DAY_MS) rmSync(file.path, { force: true });
  const kept = files.filter((file) => file.name.endsWith('.json') && file.path !== keep).sort((a, b) => b.mtime - a.mtime);
  for (const file of kept.slice(MAX_FILES - 1)) rmSync(file.path, { force: true });
}
