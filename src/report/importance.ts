import type { QueryComparison, QueryStatus } from '../compare/types.ts';

/** Most important first: this is the order of the tables and what survives truncation. */
export const STATUS_ORDER: QueryStatus[] = ['error', 'regressed', 'new', 'improved', 'changed', 'removed', 'unchanged'];

export function byImportance(a: QueryComparison, b: QueryComparison): number {
  const rank = (query: QueryComparison) =>
    STATUS_ORDER.indexOf(query.status) * 10 + (query.findings.some((f) => f.severity === 'error') ? 0 : query.findings.some((f) => f.severity === 'warning') ? 1 : 2);
  return rank(a) - rank(b);
}
