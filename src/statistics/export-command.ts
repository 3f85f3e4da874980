import { resolve } from 'node:path';
import { exportStatistics } from './export.ts';
import { writeStatisticsFile } from './file.ts';

export interface ExportCommand {
  url: string;
  out: string;
  schemas: readonly string[];
  keepValues: boolean;
  dropValues: readonly string[];
  generator: string;
}

/** Names of a list, the first few and a count: one line whatever the number. */
function some(names: readonly string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/**
 * `pg-plan-gate export-statistics`: reads, applies the value rules, writes the file whole.
 * Progress and warnings go to `write` (stderr); errors are thrown as UserErrors.
 */
export async function runExportStatistics(command: ExportCommand, write: (line: string) => void): Promise<void> {
  const started = performance.now();
  const result = await exportStatistics(command);
  const { statistics } = result;
  if (result.unreadable.length) {
    write(
      `warning: role ${result.role} may not read the statistics of ${result.unreadable.length} of ${statistics.tables.length} tables (${some(result.unreadable)}): their sizes are exported, their columns' statistics are not; grant SELECT on them, or pg_read_all_data (PostgreSQL 14+)`,
    );
  }
  if (result.notAnalyzed.length)
    write(`warning: ${result.notAnalyzed.length} tables were never vacuumed or analyzed (${some(result.notAnalyzed)}): no row count to export`);
  if (result.hiddenExtended.length) {
    write(
      `warning: ${result.hiddenExtended.length} extended statistics (${some(result.hiddenExtended)}) are exported without their data: PostgreSQL shows it only to members of the table owner's role (or not yet analyzed)`,
    );
  }
  writeStatisticsFile(command.out, statistics);
  const indexes = statistics.tables.reduce((sum, table) => sum + table.indexes.length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  write(
    `exported ${statistics.tables.length} tables, ${indexes} indexes and ${statistics.extended.length} extended statistics of ${result.source} (PostgreSQL ${statistics.serverVersion}) in ${seconds} s; ` +
      `values dropped for ${statistics.dropped.length} columns and statistics; wrote ${resolve(command.out)}`,
  );
}
