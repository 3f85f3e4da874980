import { createTwoFilesPatch } from 'diff';
import { formatCost, formatPct, formatRows } from '../compare/rules.ts';
import { type EndpointComparison, type QueryComparison, type QueryStatus } from '../compare/types.ts';
import { isPlan, type SideResult } from '../explain/types.ts';
import type { Report } from './types.ts';

/** Most important first: this is the order of the tables and what survives truncation. */
export const STATUS_ORDER: QueryStatus[] = ['error', 'regressed', 'new', 'improved', 'changed', 'removed', 'unchanged'];

export function byImportance(a: QueryComparison, b: QueryComparison): number {
  const rank = (query: QueryComparison) =>
    STATUS_ORDER.indexOf(query.status) * 10 + (query.findings.some((f) => f.severity === 'error') ? 0 : query.findings.some((f) => f.severity === 'warning') ? 1 : 2);
  return rank(a) - rank(b);
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export function severityCounts(report: Report): { errors: number; warnings: number } {
  return {
    errors: report.findings.filter((finding) => finding.severity === 'error').length,
    warnings: report.findings.filter((finding) => finding.severity === 'warning').length,
  };
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

export function costText(result: SideResult | null): string {
  if (result === null) return '—';
  return isPlan(result) ? formatCost(result.totalCost) : 'error';
}

export function changeText(query: QueryComparison): string {
  if (!isPlan(query.base) || !isPlan(query.head)) return '';
  return formatPct(query.base.totalCost, query.head.totalCost);
}

/** One relation's seq scans on head: how many, and how many of them base's plan did not have. */
export interface SeqScanEntry {
  relation: string;
  rows: number;
  count: number;
  newCount: number;
}

/** Head's seq scans per relation, in plan order; `new` counts those beyond base's on that relation. */
export function seqScanEntries(query: QueryComparison): SeqScanEntry[] {
  if (!isPlan(query.head)) return [];
  const onBase = new Map<string, number>();
  for (const scan of isPlan(query.base) ? query.base.seqScans : []) onBase.set(scan.relation, (onBase.get(scan.relation) ?? 0) + 1);
  const entries = new Map<string, SeqScanEntry>();
  for (const scan of query.head.seqScans) {
    const entry = entries.get(scan.relation) ?? { relation: scan.relation, rows: scan.rows, count: 0, newCount: 0 };
    entry.count++;
    entries.set(scan.relation, entry);
  }
  // A query without a base (new) has only new scans; a removed query has no head.
  for (const entry of entries.values()) entry.newCount = query.base === null ? entry.count : Math.max(0, entry.count - (onBase.get(entry.relation) ?? 0));
  return [...entries.values()];
}

/**
 * `users (~20,000) ×4000 new, orders (~50,000)`: each relation once with its count, new ones
 * marked by `markNew`, at most `max` relations and then how many more.
 */
export function seqScanText(query: QueryComparison, markNew: (text: string) => string = (text) => `${text} new`, max = 5): string {
  const entries = seqScanEntries(query);
  const shown = entries.slice(0, max).map((entry) => {
    const text = `${entry.relation} (~${formatRows(entry.rows)})${entry.count > 1 ? ` ×${entry.count}` : ''}`;
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

const arrow = (base: string | number | null | undefined, head: string | number | null | undefined) => `${base ?? '—'} → ${head ?? '—'}`;

/** The endpoint table's cells, shared by the markdown and the terminal report. */
export function endpointCells(endpoint: EndpointComparison): {
  declared: string;
  requests: string;
  /** `` (trace/request_id tags), `by tags` or `no boundaries`. */
  boundaries: string;
  perRequest: string;
  distinct: string;
  cost: string;
  change: string;
} {
  const captured = endpoint.captured;
  // A captured-only endpoint's base/head repeat its captured totals: count them once. Captured
  // traffic counts as the cost of one request (queries × times run), so an N+1 costs more.
  const costOf = (side: 'base' | 'head') => {
    const declared = endpoint.source === 'captured' ? undefined : endpoint[side]?.totalCost;
    const fromCapture = captured?.[side]?.costPerRequest ?? undefined;
    if (declared === undefined && fromCapture === undefined) return null;
    return (declared ?? 0) + (fromCapture ?? 0);
  };
  const baseCost = costOf('base');
  const headCost = costOf('head');
  const perRequest = (side: 'base' | 'head') => {
    const totals = captured?.[side];
    if (!totals) return null;
    return totals.queriesPerRequest ?? `${totals.queries}/run`;
  };
  return {
    declared: endpoint.source === 'captured' ? '—' : arrow(endpoint.base?.queries, endpoint.head?.queries),
    requests: captured ? arrow(captured.base?.requests, captured.head?.requests) : '—',
    boundaries: captured ? boundariesText(captured) : '',
    perRequest: captured ? arrow(perRequest('base'), perRequest('head')) : '—',
    distinct: captured ? arrow(captured.base?.distinctQueries, captured.head?.distinctQueries) : '—',
    cost: arrow(baseCost === null ? null : formatCost(baseCost), headCost === null ? null : formatCost(headCost)),
    change: baseCost !== null && headCost !== null ? formatPct(baseCost, headCost) : '',
  };
}

/** How requests were told apart, when not by trace/request_id tags: `by tags` (endpoint tags on a connection), `no boundaries`. */
function boundariesText(captured: NonNullable<EndpointComparison['captured']>): '' | 'by tags' | 'no boundaries' {
  const kinds = [captured.base?.boundaries, captured.head?.boundaries].filter((kind) => kind !== undefined);
  if (kinds.every((kind) => kind === 'none')) return 'no boundaries';
  return kinds.includes('tags') ? 'by tags' : '';
}

/** An endpoint worth a table row: a finding, a query of it not unchanged, or numbers that differ. */
export function endpointHasChange(endpoint: EndpointComparison, queries: readonly QueryComparison[]): boolean {
  if (endpoint.findings.length > 0) return true;
  if (queries.some((query) => query.endpoint === endpoint.endpoint && query.status !== 'unchanged')) return true;
  const side = (name: 'base' | 'head') => JSON.stringify([endpoint[name], endpoint.captured?.[name] ?? null]);
  return side('base') !== side('head');
}

/** Where a query's file and line are at head's commit, when the report knows the repository's URL for it. */
export function queryFileUrl(query: QueryComparison, sourceUrl: string | undefined): string | null {
  // A removed query's file is base's: it need not exist at head's commit.
  if (!sourceUrl || !query.file || query.status === 'removed') return null;
  const path = query.file.split('/').map(encodeURIComponent).join('/');
  return `${sourceUrl}${path}${query.line ? `#L${query.line}` : ''}`;
}

/** Unified diff of the two plan shapes, without file headers. */
export function planDiff(query: QueryComparison): string {
  const base = isPlan(query.base) ? query.base.shape : '';
  const head = isPlan(query.head) ? query.head.shape : '';
  // Two plans of thousands of nodes that differ everywhere would take seconds to diff line by
  // line; past this many edits the diff is the whole of base out and the whole of head in.
  const patch =
    createTwoFilesPatch('base', 'head', `${base}\n`, `${head}\n`, '', '', { context: 3, maxEditLength: MAX_DIFF_EDITS }) ?? wholeReplacement(base, head);
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('====='))
    .join('\n')
    .trimEnd();
}

const MAX_DIFF_EDITS = 500;

function wholeReplacement(base: string, head: string): string {
  const lines = (text: string, sign: string) => (text ? text.split('\n').map((line) => `${sign}${line}`) : []);
  const baseLines = lines(base, '-');
  const headLines = lines(head, '+');
  return ['--- base', '+++ head', `@@ -1,${baseLines.length} +1,${headLines.length} @@`, ...baseLines, ...headLines].join('\n');
}

export function hasPlanChange(query: QueryComparison): boolean {
  return isPlan(query.base) && isPlan(query.head) && query.base.shape !== query.head.shape;
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
  if (query.planMode === 'generic') return 'generic plan';
  if (!query.params?.length) return '';
  const values = `[${query.params.map((value) => JSON.stringify(value)).join(', ')}]`;
  const shown = values.length > 120 ? `${values.slice(0, 119)}…]` : values;
  return query.planMode === 'inferred' ? `inferred params ${shown}` : `params ${shown}`;
}
