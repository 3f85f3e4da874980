import { formatCost, formatPct, formatRows } from '../compare/rules.ts';
import type { QueryComparison } from '../compare/comparison.ts';
import { isPlan, type SideResult } from '../explain/query-result.ts';

/** How one query's cells read, in the comment and the terminal alike. */

export function costText(result: SideResult | null): string {
  if (result === null) return '—';
  return isPlan(result) ? formatCost(result.totalCost) : 'error';
}

export function changeText(query: QueryComparison): string {
  if (!isPlan(query.base) || !isPlan(query.head)) return '';
  return formatPct(query.base.totalCost, query.head.totalCost);
}

/** One relation's seq scans on head (a partitioned table's partitions as one): how many, and how many of them base's plan did not have. */
export interface SeqScanEntry {
  relation: string;
  rows: number;
  count: number;
  newCount: number;
  /** For a partitioned table: how many of its partitions were scanned. */
  partitions?: number;
}

/**
 * Head's seq scans per relation, in plan order; `new` counts those beyond base's on that
 * relation. A partition's scans are its partitioned table's, with that table's total rows:
 * six scans of daily partitions are one table read six times, not six tables.
 */
export function seqScanEntries(query: QueryComparison): SeqScanEntry[] {
  if (!isPlan(query.head)) return [];
  const onBase = new Map<string, number>();
  for (const scan of isPlan(query.base) ? query.base.seqScans : [])
    onBase.set(scan.partitionOf ?? scan.relation, (onBase.get(scan.partitionOf ?? scan.relation) ?? 0) + 1);
  const entries = new Map<string, SeqScanEntry & { names: Set<string>; summed: number }>();
  for (const scan of query.head.seqScans) {
    const key = scan.partitionOf ?? scan.relation;
    const entry = entries.get(key) ?? { relation: key, rows: scan.rows, count: 0, newCount: 0, names: new Set<string>(), summed: 0 };
    entry.count++;
    if (scan.partitionOf) {
      if (!entry.names.has(scan.relation)) entry.summed += scan.rows;
      entry.names.add(scan.relation);
      entry.rows = scan.partitionOfRows ?? entry.summed;
      entry.partitions = entry.names.size;
    }
    entries.set(key, entry);
  }
  // A query without a base (new) has only new scans; a removed query has no head.
  return [...entries.values()].map(({ names: _names, summed: _summed, ...entry }) => ({
    ...entry,
    newCount: query.base === null ? entry.count : Math.max(0, entry.count - (onBase.get(entry.relation) ?? 0)),
  }));
}

/**
 * `users (~20,000) ×4000 new, orders (~50,000), events (~40,000, 5 partitions) ×5`: each
 * relation once with its count, new ones marked by `markNew`, at most `max` relations and then
 * how many more.
 */
export function seqScanText(query: QueryComparison, markNew: (text: string) => string = (text) => `${text} new`, max = 5): string {
  const entries = seqScanEntries(query);
  const shown = entries.slice(0, max).map((entry) => {
    const partitions = entry.partitions ? `, ${entry.partitions} ${entry.partitions === 1 ? 'partition' : 'partitions'}` : '';
    const text = `${entry.relation} (~${formatRows(entry.rows)}${partitions})${entry.count > 1 ? ` ×${entry.count}` : ''}`;
    if (entry.newCount === 0) return text;
    return markNew(entry.newCount === entry.count ? text : `${text}, ${entry.newCount} new`);
  });
  const more = entries.length - shown.length;
  return [...shown, ...(more > 0 ? [`… ${more} more`] : [])].join(', ');
}

/** `try: CREATE INDEX ON film (lower(title)) → 787.00 → 8.30`: head's cost, then with that index. */
export function adviceLines(query: QueryComparison, sql: (text: string) => string = (text) => text): string[] {
  const headCost = costText(query.head);
  const headMisestimate = isPlan(query.head) && query.head.work ? query.head.work.maxMisestimate : null;
  return (query.advice ?? []).map((entry) =>
    // Statistics advice answers a misestimate: show it before and after, not the cost.
    entry.maxMisestimate !== undefined
      ? `try: ${sql(entry.sql)} → misestimate ×${headMisestimate ?? '?'} → ×${entry.maxMisestimate}`
      : `try: ${sql(entry.sql)} → ${headCost} → ${formatCost(entry.cost)}`,
  );
}

/** `random_page_cost=1.1, work_mem=64MB`: the planner settings the plans were made with. */
export function plannerText(planner: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(planner ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}

/** How a query was planned, for changed queries: `params [42, "a"]`, `inferred params [7]`, `generic plan`. */
export function planModeText(query: QueryComparison): string {
  if (!query.planMode) return '';
  if (query.planMode === 'generic') return query.genericReason ? `generic plan: ${query.genericReason}` : 'generic plan';
  if (!query.params?.length) return '';
  const values = `[${query.params.map((value) => JSON.stringify(value)).join(', ')}]`;
  const shown = values.length > 120 ? `${values.slice(0, 119)}…]` : values;
  return query.planMode === 'inferred' ? `inferred params ${shown}` : `params ${shown}`;
}

/** One count for the statements that were not explained: `15 statements skipped, not queries (ANALYZE 6, CREATE TABLE 9)`. */
export function skippedText(skipped: readonly { reason: string }[]): string {
  const kinds = new Map<string, number>();
  for (const entry of skipped) {
    const kind = entry.reason.startsWith('a schema or seed file') ? 'schema files' : entry.reason.split(':')[0]!.replace(/ ×\d+/g, '').split(', ')[0]!;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const byKind = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`);
  const shown = byKind.length > 4 ? [...byKind.slice(0, 4), '…'] : byKind;
  return `${skipped.length} ${skipped.length === 1 ? 'statement' : 'statements'} skipped, not queries EXPLAIN takes (${shown.join(', ')})`;
}
