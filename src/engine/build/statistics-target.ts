/** ANALYZE reads 300 × target rows; at or above the table size it reads every row, so statistics repeat. */
const ROWS_PER_STATISTICS_TARGET = 300;
const MAX_STATISTICS_TARGET = 10000;

/** The statistics target that makes ANALYZE read every row of a table this size (up to 3M rows). */
export function statisticsTarget(rows: number): number {
  return Math.min(MAX_STATISTICS_TARGET, Math.max(100, Math.ceil(rows / ROWS_PER_STATISTICS_TARGET)));
}
