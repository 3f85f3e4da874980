import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExplainRequest, IndexTrial } from '../engine/types.ts';
import { errorMessage, oneLine } from '../util/errors.ts';

/**
 * Index-advice trial outcomes kept between runs. A pull request's pushes usually leave head's
 * database as it was (same fixture-cache key): the same CREATE INDEX on the same data, with
 * the same EXPLAIN, plans the same, so a later run reads the outcome instead of building the
 * index again. One file per head database key, `<cache root>/advice/<key>.json`.
 */

/** Bump when what a trial keeps, or how its key is made, changes. */
const MEMO_FORMAT = 1;
/** Files kept; the least recently written go first (each is a few KB). */
const MAX_FILES = 200;

/** What advice needs of a trial: head's cost with the index, or why the index could not be tried. */
export type TrialOutcome = { cost: number } | { error: string };

export interface TrialMemo {
  get(request: ExplainRequest, index: IndexTrial): TrialOutcome | undefined;
  set(request: ExplainRequest, index: IndexTrial, outcome: TrialOutcome): void;
  /** Write what this run added; a failure is a warning. */
  save(): void;
}

interface MemoFile {
  format: number;
  key: string;
  trials: Record<string, TrialOutcome>;
}

/**
 * The memo of head's database `databaseKey` (its fixture-cache key, which already covers the
 * engine, server version, build procedure, planner settings, schema and seed) under `root`.
 * A missing, unreadable or corrupt file is an empty memo.
 */
export function trialMemo(root: string, databaseKey: string, warn: (message: string) => void): TrialMemo {
  const dir = join(root, 'advice');
  const path = join(dir, `${databaseKey}.json`);
  const stored = readMemo(path, databaseKey);
  const added: Record<string, TrialOutcome> = {};
  return {
    get(request, index) {
      const key = trialKey(request, index);
      return key === null ? undefined : (added[key] ?? stored[key]);
    },
    set(request, index, outcome) {
      const key = trialKey(request, index);
      if (key !== null) added[key] = outcome;
    },
    save() {
      if (Object.keys(added).length === 0) return;
      const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        mkdirSync(dir, { recursive: true });
        // Read again: a concurrent run may have added trials since this one started.
        const file: MemoFile = { format: MEMO_FORMAT, key: databaseKey, trials: { ...readMemo(path, databaseKey), ...added } };
        writeFileSync(temporary, JSON.stringify(file));
        renameSync(temporary, path);
        evict(dir, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        warn(`index advice memo: could not save to ${dir} (${oneLine(errorMessage(error))}); the next run tries the indexes again`);
      }
    },
  };
}

/**
 * Everything a trial's EXPLAIN depends on beyond the database: the request as the gate
 * explained it (SQL, values, plan mode) and the index, with whether its table is analyzed.
 * Null for values JSON cannot spell (a BigInt): that trial is not memoized.
 */
function trialKey(request: ExplainRequest, index: IndexTrial): string | null {
  try {
    const spelled = JSON.stringify([request.sql, request.params ?? null, request.generic, request.paramCount, index.createIndex, index.analyze ?? null]);
    return createHash('sha256').update(spelled).digest('hex');
  } catch {
    return null;
  }
}

function readMemo(path: string, databaseKey: string): Record<string, TrialOutcome> {
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<MemoFile>;
    if (file.format !== MEMO_FORMAT || file.key !== databaseKey || typeof file.trials !== 'object' || file.trials === null) return {};
    return Object.fromEntries(Object.entries(file.trials).filter(([, outcome]) => isOutcome(outcome)));
  } catch {
    return {}; // none yet, or not one we can read: the trials run
  }
}

function isOutcome(value: unknown): value is TrialOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const outcome = value as Record<string, unknown>;
  return (typeof outcome.cost === 'number' && Number.isFinite(outcome.cost)) || typeof outcome.error === 'string';
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
  const memos = files.filter((file) => file.name.endsWith('.json') && file.path !== keep).sort((a, b) => b.mtime - a.mtime);
  for (const file of memos.slice(MAX_FILES - 1)) rmSync(file.path, { force: true });
}
