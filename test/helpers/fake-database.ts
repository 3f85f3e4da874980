import type { Database, ExplainOutcome, ExplainRequest } from '../../src/engine/types.ts';

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
    discard: async () => {},
    close: async () => {},
  };
}
