/**
 * The engine's one door: the only module outside src/engine/ may import (the layer check holds
 * this). Behind it, one room per concern (docs/architecture.md draws them): embedded/, server/,
 * url/ and the pg/ session they share; build/ (running the files, analyzing); session/ (the
 * EXPLAIN session); trials/ (measured runs, what-if, sample values); cache/ (fixture cache,
 * remembered answers, and how the two sides' databases come to be).
 */
export type {
  AppliedStatistics,
  BuildOrigin,
  ColumnProbe,
  Database,
  Engine,
  ExplainOutcome,
  ExplainRequest,
  ExposedDatabase,
  Failure,
  FailureKind,
  IndexRef,
  IndexTrial,
  MeasureOutcome,
  RelationSizes,
  StatisticsScope,
  TypeProbe,
  ValueProbe,
} from './database.ts';
export { createEngine } from './create.ts';
export { loadParser } from './build/script.ts';
export { buildDatabases, closeAll, type BuiltSides } from './cache/build-sides.ts';
export { answerMemory, type AnswerMemory, type RemoteAnswers } from './cache/answer-memory.ts';
export { cacheRoot, fixtureCache, type FixtureCache, type RemoteFixtures } from './cache/fixture-cache.ts';
export { describeConnection, parseConnectionString } from './pg/connection.ts';
export { connect } from './pg/pg-session.ts';
export {
  DEFAULT_STATISTICS_FILE,
  DISTINCT_VALUES_LIMIT,
  STATISTICS_FILE_VERSION,
  VALUE_FIELDS,
  type ColumnStatistics,
  type ColumnStatsRow,
  type DroppedValues,
  type ExportOptionsRecord,
  type ExpressionStatsRow,
  type ExtendedStatistics,
  type ExtendedStatsRow,
  type IndexColumnStatistics,
  type IndexStatistics,
  type ProductionStatistics,
  type RelationKind,
  type TableStatistics,
  type ValueField,
} from './statistics-format.ts';
