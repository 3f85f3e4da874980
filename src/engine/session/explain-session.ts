import { sampleValuesOn } from '../trials/sample-values.ts';
import { applySettings, USER_SCHEMA } from './session-settings.ts';
import { statementTimeout } from './explain-timeout.ts';
import { explainWithIndexOn, indexDefinitionsOn, tableIndexDefinitionsOn } from '../trials/index-trial.ts';
import { measureOn } from '../trials/counted-run.ts';
import { applyStatisticsOn, type RelationFiles } from '../build/apply-statistics.ts';
import { relationLabel } from '../../util/relation-name.ts';
import type { Database, ExplainOutcome, ExplainRequest, RelationSizes, Session } from '../database.ts';
import { failureOf } from '../failure.ts';
import { oneAtATime } from './queue.ts';
import { rollbackQuietly } from './rollback.ts';
import { noop } from '../../util/ignore.ts';
import { scalarText } from '../../util/text.ts';

/**
 * The EXPLAIN side of a built database: the session's fixed planner settings, EXPLAIN itself
 * (with values, inferred values or a generic plan), and the Database every engine hands out.
 */
/** Fixed per session so every engine plans alike (a native server would add Gather nodes). */
export const PLANNER_SETTINGS = ['SET max_parallel_workers_per_gather = 0', 'SET jit = off'];

/** Settings outside the "Query Tuning" category that change plans. */
const PLANNER_RELEVANT_ELSEWHERE = ['work_mem', 'hash_mem_multiplier', 'max_parallel_workers_per_gather', 'effective_io_concurrency'];

export interface ExplainSession {
  serverVersion: string;
  /** EXPLAIN (GENERIC_PLAN) exists from PostgreSQL 16 on. */
  hasGenericPlan: boolean;
  /** The user's `planner:` settings, applied again after a reset. */
  requested: Record<string, string>;
  /** The user's `settings:`, likewise. */
  settings: Record<string, string>;
  /** Non-default planner settings in effect (ours and the user's). */
  planner: Record<string, string>;
}

/**
 * Fix the planner settings, then apply the user's (`planner:`); returns what the EXPLAIN step
 * needs to know about the server. A setting the server rejects is an error naming the key.
 */
export async function prepareExplainSession(
  session: Session,
  requested: Record<string, string> = {},
  settings: Record<string, string> = {},
): Promise<ExplainSession> {
  await applyRoleSettings(session);
  await applySettings(session, settings);
  for (const setting of PLANNER_SETTINGS) await session.exec(setting);
  await applySettings(session, requested, 'planner');
  const rows = await session.exec(`SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num`);
  const names = [...PLANNER_RELEVANT_ELSEWHERE, ...Object.keys(requested)].map((name) => `'${name.toLowerCase().replace(/'/g, "''")}'`);
  const inEffect = await session.exec(`
    SELECT name, current_setting(name) AS value FROM pg_settings
    WHERE source NOT IN ('default', 'override') AND (category LIKE 'Query Tuning%' OR name IN (${names.join(', ')}))
    ORDER BY name`);
  return {
    serverVersion: scalarText(rows[0]?.version ?? 'unknown'),
    hasGenericPlan: Number(rows[0]?.num ?? 0) >= 160000,
    requested,
    settings,
    planner: Object.fromEntries(inEffect.map((row) => [String(row.name), String(row.value)])),
  };
}

/**
 * What `ALTER ROLE ... SET` and `ALTER DATABASE ... SET` in the schema give every new session,
 * set on this one: the session that built the database started before they existed, a
 * reconnected one (a restored cache entry) starts with them, and both must plan alike. Applied
 * in PostgreSQL's order, the more specific last. One the server refuses is left out, as a login
 * only warns about it.
 */
async function applyRoleSettings(session: Session): Promise<void> {
  const rows = await session.exec(`
    SELECT u.setting FROM pg_db_role_setting s, unnest(s.setconfig) WITH ORDINALITY AS u(setting, position)
    WHERE s.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
      AND s.setrole IN (0, (SELECT oid FROM pg_roles WHERE rolname = current_user))
    ORDER BY (s.setrole <> 0)::int * 2 + (s.setdatabase <> 0)::int, u.position`);
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  for (const row of rows) {
    const setting = String(row.setting);
    const at = setting.indexOf('=');
    if (at <= 0) continue;
    await session.exec(`SELECT set_config(${quote(setting.slice(0, at))}, ${quote(setting.slice(at + 1))}, false)`).catch(() => rollbackQuietly(session));
  }
}

export async function explainOn(session: Session, request: ExplainRequest, server: ExplainSession): Promise<ExplainOutcome> {
  try {
    let rows: Record<string, unknown>[];
    // VERBOSE for the relations' schemas (`a.users` and `b.users` are two relations).
    if (request.params) rows = await session.query(`EXPLAIN (VERBOSE, FORMAT JSON) ${request.sql}`, request.params);
    else if (!request.generic) rows = await session.exec(`EXPLAIN (VERBOSE, FORMAT JSON) ${request.sql}`);
    else if (server.hasGenericPlan) rows = await session.exec(`EXPLAIN (GENERIC_PLAN, VERBOSE, FORMAT JSON) ${request.sql}`);
    else rows = await explainGenericByPrepare(session, request);
    const value = rows[0]?.['QUERY PLAN'];
    return { ok: true, plan: typeof value === 'string' ? JSON.parse(value) : value };
  } catch (error) {
    await rollbackQuietly(session);
    // Best effort after a failed EXPLAIN: a session these cannot reset is a lost one, and the next call says so.
    await session.exec('DEALLOCATE ALL').catch(noop);
    await session.exec('RESET plan_cache_mode').catch(noop);
    return { ok: false, ...failureOf(error) };
  }
}

/** Before PostgreSQL 16: the plan a prepared statement caches for any value. */
async function explainGenericByPrepare(session: Session, request: ExplainRequest): Promise<Record<string, unknown>[]> {
  await session.exec(`PREPARE pg_plan_gate_generic AS ${request.sql}`);
  try {
    await session.exec('SET plan_cache_mode = force_generic_plan');
    const args = Array.from({ length: request.paramCount }, () => 'NULL').join(', ');
    return await session.exec(`EXPLAIN (VERBOSE, FORMAT JSON) EXECUTE pg_plan_gate_generic${args ? `(${args})` : ''}`);
  } finally {
    await session.exec('RESET plan_cache_mode');
    await session.exec('DEALLOCATE pg_plan_gate_generic');
  }
}

/** Back to a clean EXPLAIN session after other clients used the same backend. */
export async function resetExplainSession(session: Session, server: Pick<ExplainSession, 'requested' | 'settings'>): Promise<void> {
  await rollbackQuietly(session);
  await session.exec('DISCARD ALL');
  await prepareExplainSession(session, server.requested, server.settings);
}

/** Row estimates (pg_class.reltuples) and partition roots of the user's relations. */
export async function relationSizesOn(session: Session): Promise<RelationSizes> {
  const rows = await session.exec(`
    SELECT n.nspname AS schema, c.relname AS name, greatest(c.reltuples, 0)::float8 AS rows
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'm', 'p', 'f') AND ${USER_SCHEMA}`);
  const partitions = await session.exec(`
    SELECT n.nspname AS schema, c.relname AS name, rn.nspname AS root_schema, r.relname AS root
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_class r ON r.oid = pg_partition_root(c.oid) JOIN pg_namespace rn ON rn.oid = r.relnamespace
    WHERE c.relispartition AND c.relkind IN ('r', 'f', 'p') AND r.oid <> c.oid`);
  const label = (schema: unknown, name: unknown) => relationLabel(String(schema), String(name));
  return {
    rows: Object.fromEntries(rows.map((row) => [label(row.schema, row.name), Number(row.rows)])),
    partitionRoots: Object.fromEntries(partitions.map((row) => [label(row.schema, row.name), label(row.root_schema, row.root)])),
  };
}

/**
 * A Database over one built session, the same for every engine. Calls take turns: a session
 * runs one statement sequence at a time (a generic plan before PostgreSQL 16 is three).
 */
export function sessionDatabase(
  session: Session,
  server: ExplainSession,
  parts: Pick<Database, 'expose' | 'close' | 'checkpoint'> & {
    resetSession?: () => Promise<void>;
    explainTimeoutMs?: number | undefined;
    /** Where the database's files are (engines embedded and server): production statistics grow them. */
    relationFiles?: RelationFiles;
  },
): Database {
  const bounded =
    parts.explainTimeoutMs === undefined ? (explain: () => Promise<ExplainOutcome>) => explain() : statementTimeout(session, parts.explainTimeoutMs);
  const exclusive = oneAtATime();
  let statisticsApplied = false;
  return {
    serverVersion: server.serverVersion,
    planner: server.planner,
    expose: parts.expose,
    resetSession: () => exclusive(async () => parts.resetSession?.()),
    explain: (request) => exclusive(() => bounded(() => explainOn(session, request, server))),
    relationSizes: () => exclusive(() => relationSizesOn(session)),
    sampleValues: (probes) => exclusive(() => sampleValuesOn(session, probes)),
    explainWithIndex: (request, index, timeoutMs) =>
      exclusive(() => explainWithIndexOn(session, index, timeoutMs, () => explainOn(session, request, server), statisticsApplied)),
    indexDefinitions: (indexes) => exclusive(() => indexDefinitionsOn(session, indexes)),
    tableIndexDefinitions: (tables) => exclusive(() => tableIndexDefinitionsOn(session, tables)),
    measure: (request, timeoutMs, statistics) => exclusive(() => measureOn(session, request, timeoutMs, statistics)),
    // Every page, not only those the visibility map says need it: a VACUUM that skips pages
    // estimates reltuples from the ones it read, and which it reads depends on what ran beside
    // the build (the other side's build on the same server): 19,981 rows on one path, 20,000 on another.
    settleForMeasure: () => exclusive(async () => void (await session.exec('VACUUM (DISABLE_PAGE_SKIPPING)'))),
    applyStatistics: (statistics, _digest, file, scope) =>
      exclusive(async () => {
        const applied = await applyStatisticsOn(session, statistics, parts.relationFiles, file, scope);
        statisticsApplied = true;
        return applied;
      }),
    ...(parts.checkpoint && { checkpoint: () => exclusive(parts.checkpoint!) }),
    // Nothing of ours can be stuck in this thread's session: closing is letting go.
    discard: parts.close,
    close: parts.close,
  };
}
