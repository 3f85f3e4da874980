/**
 * The engine's one door: the only module outside src/engine/ may import (the layer check holds
 * this). Behind it, one room per concern (docs/architecture.md draws them): embedded/, server/,
 * url/ and the pg/ session they share; build/ (running the files, analyzing); session/ (the
 * EXPLAIN session); trials/ (measured runs, what-if, sample values); cache/ (fixture cache,
 * remembered answers, and how the two sides' databases come to be).
 */
export type {
  BuildOrigin,
  ColumnProbe,
  Database,
  Engine,
  ExplainOutcome,
  ExplainRequest,
  ExposedDatabase,
  IndexRef,
  IndexTrial,
  MeasureOutcome,
  RelationSizes,
  TypeProbe,
  ValueProbe,
} from './types.ts';
export { createEngine } from './create.ts';
export { loadParser } from './build/script.ts';
export { buildDatabases, closeAll } from './cache/build-sides.ts';
export { answerMemory, type AnswerMemory, type RemoteAnswers } from './cache/answer-memory.ts';
export { cacheRoot, fixtureCache, type FixtureCache, type RemoteFixtures } from './cache/fixture-cache.ts';
export { describeConnection, parseConnectionString } from './pg/connection.ts';
export { connect } from './pg/pg-session.ts';
