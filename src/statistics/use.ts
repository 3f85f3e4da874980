import { createHash } from 'node:crypto';
import type { AppliedStatistics, Database, ProductionStatistics, StatisticsScope } from '../engine/index.ts';
import type { SideTree } from '../sides/tree.ts';
import { parseProductionStatistics } from './file.ts';

/** `production_statistics:` in a run: the file as base's tree holds it. */
export interface LoadedStatistics {
  /** The path the config names. */
  file: string;
  statistics: ProductionStatistics;
  /** sha256 of the file's bytes: remembered answers are filed under it. */
  digest: string;
}

/** The report's `productionStatistics`. */
export interface ProductionStatisticsReport {
  file: string;
  exportedAt: string;
  serverVersion: string;
  /** Tables (partitions and materialized views included) in the file. */
  tables: number;
  /** Of this run's tables, partitions and materialized views: how many got production's statistics (head's count). */
  applied: number;
  /** What kept the seed's statistics, on either side, and why. */
  missing: string[];
  /** Indexes production does not have, on either side: their sizes are estimated. */
  estimatedIndexes: string[];
  /**
   * Tables, partitions and materialized views production has that no query's plan scans (head's
   * count): left as seeded, since their statistics change no plan.
   */
  unplanned: number;
}

/** Older than this, a warning asks for a fresh export. */
export const STALE_AFTER_DAYS = 30;

/**
 * The file from base's tree: a pull request that only refreshes it compares base's statistics on
 * both sides, and so passes. Absent on base (the pull request adds it): null, and a warning.
 */
export async function loadProductionStatistics(base: SideTree, file: string, warn: (message: string) => void): Promise<LoadedStatistics | null> {
  const bytes = await base.readBytes(file);
  if (bytes === null) {
    warn(
      `production_statistics: ${file} is not on base (${base.ref}): planned with the seed's statistics; production's apply once the file is on the base branch`,
    );
    return null;
  }
  const statistics = parseProductionStatistics(bytes.toString('utf8'), file);
  return { file, statistics, digest: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Production's statistics on both sides (once where they share a database), for the tables in
 * `scope` (the queries' plans' tables and their partition trees; null: all).
 */
export async function applyProductionStatistics(
  databases: { base: Database; head: Database },
  loaded: LoadedStatistics,
  scope: StatisticsScope,
): Promise<ProductionStatisticsReport> {
  const apply = (database: Database) => database.applyStatistics(loaded.statistics, loaded.digest, loaded.file, scope);
  const [base, head]: AppliedStatistics[] =
    databases.base === databases.head
      ? await apply(databases.base).then((one) => [one, one])
      : await Promise.all([apply(databases.base), apply(databases.head)]);
  const union = (pick: (applied: AppliedStatistics) => string[]) => [...new Set([...pick(base!), ...pick(head!)])].sort();
  return {
    file: loaded.file,
    exportedAt: loaded.statistics.exportedAt,
    serverVersion: loaded.statistics.serverVersion,
    tables: loaded.statistics.tables.length,
    applied: head!.applied,
    missing: union((applied) => applied.missing),
    estimatedIndexes: union((applied) => applied.estimatedIndexes),
    unplanned: head!.unplanned,
  };
}

/** Whole days from the export to `now`. */
export function ageInDays(exportedAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(exportedAt)) / 86_400_000));
}

/** The terminal's and the comment's header line. */
export function statisticsHeadline(used: ProductionStatisticsReport, now: Date): string {
  const days = ageInDays(used.exportedAt, now);
  const age = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
  return `planned with production statistics from PostgreSQL ${used.serverVersion}, exported ${used.exportedAt.slice(0, 10)} (${age})`;
}
