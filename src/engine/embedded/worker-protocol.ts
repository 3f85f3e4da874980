import type { ProductionStatistics } from '../statistics-format.ts';
import type { BuildInput, ExplainRequest, IndexRef, IndexTrial, Prebuilt, TableRef, StatisticsTrial, ValueProbe } from '../types.ts';

export type WorkerRequest =
  /** `prebuilt`: the data directory already holds a database (fixture cache, copy of base's). */
  | { op: 'build'; label: string; input: BuildInput; dataDir: string; prebuilt?: Prebuilt }
  | { op: 'explain'; request: ExplainRequest }
  | { op: 'relationSizes' }
  | { op: 'sampleValues'; probes: ValueProbe[] }
  | { op: 'explainWithIndex'; request: ExplainRequest; index: IndexTrial; timeoutMs: number }
  | { op: 'indexDefinitions'; indexes: IndexRef[] }
  | { op: 'tableIndexDefinitions'; tables: TableRef[] }
  | { op: 'settleForMeasure' }
  | { op: 'applyStatistics'; statistics: ProductionStatistics; digest: string; file: string }
  | { op: 'measure'; request: ExplainRequest; timeoutMs: number; statistics?: StatisticsTrial }
  | { op: 'expose' }
  | { op: 'unexpose' }
  | { op: 'resetSession' }
  | { op: 'checkpoint' }
  | { op: 'close' };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; userError: boolean };
