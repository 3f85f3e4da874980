import { parsePlan, type PlanNode } from '../../src/explain/plan.ts';
import { fixture } from './fixtures.ts';

/**
 * The fixtures under test/fixtures/plans are real `EXPLAIN (FORMAT JSON)` output of
 * PostgreSQL 18.6 (PGlite 0.5.14) on a seeded database (users 20k, orders 50k,
 * log_user_status 100k, events partitioned by year into events_2024/events_2025), after
 * VACUUM ANALYZE.
 */
export const explainOutput = (name: string): unknown => JSON.parse(fixture(`plans/${name}.json`));

/** The fixture's plan as parsePlan reads it. */
export const fixturePlan = (name: string): PlanNode => parsePlan(explainOutput(name));
