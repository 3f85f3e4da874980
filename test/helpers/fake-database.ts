import type { Database, ExplainOutcome, ExplainRequest, Failure, FailureKind, IndexTrial } from '../../src/engine/database.ts';

/**
 * The one fake Database of the unit tests: every operation answers as an empty database would
 * (no plans, no values, no indexes), and `overrides` replace the operations a test is about.
 * Written out once, so a new operation of Database fails to compile here and nowhere else.
 */
export function fakeDatabase(overrides: Partial<Database> = {}): Database {
  const database: Database = {
    serverVersion: '18.0',
    planner: {},
    expose: async () => {
      throw new Error('not used');
    },
    resetSession: async () => {},
    explain: async () => failed('not used'),
    relationSizes: async () => ({ rows: {}, partitionRoots: {} }),
    sampleValues: async (probes) => probes.map(() => null),
    explainWithIndex: async () => failed('not used'),
    indexDefinitions: async (indexes) => indexes.map(() => null),
    tableIndexDefinitions: async (tables) => tables.map(() => []),
    measure: async () => failed('not used'),
    settleForMeasure: async () => {},
    applyStatistics: async () => {
      throw new Error('not used');
    },
    discard: async () => {},
    close: async () => {},
  };
  return Object.assign(database, overrides);
}

/** A failed call's outcome as an engine gives it (kind `query` with a SQLSTATE: the server's answer). */
export function failed(error: string, kind: FailureKind = 'query', code?: string): { ok: false } & Failure {
  return { ok: false, error, kind, ...(code && { code }) };
}

/** A Database that answers EXPLAIN as told: for the explain stage alone. */
export function explainingDatabase(explain: (request: ExplainRequest) => ExplainOutcome): Database {
  return fakeDatabase({ explain: async (request) => explain(request) });
}

/**
 * Head as index advice sees it: `baseline` for every EXPLAIN, and per CREATE INDEX a cost (an
 * Index Scan of that cost) or a failure (`missing` for one not listed: a column another table of
 * the join has). `tried` records the trials really made.
 */
export function fakeAdviceHead(
  baseline: unknown,
  outcomes: Record<string, number | ({ ok: false } & Failure)>,
  tried: IndexTrial[] = [],
  missing = failed('column "x" does not exist', 'query', '42703'),
): Database {
  return fakeDatabase({
    serverVersion: '18.6',
    explain: async () => ({ ok: true, plan: baseline }),
    explainWithIndex: async (_request, index): Promise<ExplainOutcome> => {
      tried.push(index);
      const outcome = outcomes[index.createIndex] ?? missing;
      return typeof outcome === 'number' ? { ok: true, plan: [{ Plan: { 'Node Type': 'Index Scan', 'Total Cost': outcome } }] } : outcome;
    },
  });
}
