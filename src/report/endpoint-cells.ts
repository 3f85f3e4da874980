import { formatCost, formatPct } from '../compare/rules.ts';
import type { EndpointComparison, QueryComparison } from '../compare/comparison.ts';

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
