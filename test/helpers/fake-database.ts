import type { Database, ExplainOutcome, ExplainRequest, IndexTrial } from '../../src/engine/types.ts';

/** A Database that answers EXPLAIN as told and nothing else: for the explain stage alone. */
export function fakeDatabase(explain: (request: ExplainRequest) => ExplainOutcome): Database {
  return {
    serverVersion: '18.0',
    planner: {},
    expose: async () => {
      throw new Error('not used');
    },
    resetSession: async () => {},
    explain: async (request) => explain(request),
    relationSizes: async () => ({ rows: {}, partitionRoots: {} }),
    sampleValues: async (probes) => probes.map(() => null),
    explainWithIndex: async () => ({ ok: false, error: 'not used' }),
    indexDefinitions: async (indexes) => indexes.map(() => null),
    tableIndexDefinitions: async (tables) => tables.map(() => []),
    measure: async () => ({ ok: false, error: 'not used', timedOut: false }),
    settleForMeasure: async () => {},
    applyStatistics: async () => {
      throw new Error('not used');
    },
    discard: async () => {},
    close: async () => {},
  };
}

/**
 * Head as index advice sees it: `baseline` for every EXPLAIN, and per CREATE INDEX a cost (an
 * Index Scan of that cost) or an error (`missing` for one not listed). `tried` records the
 * trials really made.
 */
export function fakeAdviceHead(baseline: unknown, outcomes: Record<string, number | string>, tried: IndexTrial[] = [], missing = 'column does not exist'): Database {
  const unused = async (): Promise<never> => {
    throw new Error('not used');
  };
  return {
    serverVersion: '18.6',
    planner: {},
    expose: unused,
    resetSession: unused,
    relationSizes: unused,
    sampleValues: unused,
    indexDefinitions: unused,
    tableIndexDefinitions: async (tables) => tables.map(() => []),
    measure: unused,
    settleForMeasure: unused,
    applyStatistics: unused,
    discard: unused,
    close: unused,
    explain: async () => ({ ok: true, plan: baseline }),
    explainWithIndex: async (_request, index): Promise<ExplainOutcome> => {
      tried.push(index);
      const outcome = outcomes[index.createIndex] ?? missing;
      return typeof outcome === 'number' ? { ok: true, plan: [{ Plan: { 'Node Type': 'Index Scan', 'Total Cost': outcome } }] } : { ok: false, error: outcome };
    },
  };
}
