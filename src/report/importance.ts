import type { QueryComparison, QueryStatus } from '../compare/comparison.ts';

/** Most important first: the order of the status counts in the headline. */
export const STATUS_ORDER: QueryStatus[] = ['error', 'regressed', 'new', 'improved', 'changed', 'removed', 'unchanged'];

const SEVERITY_ORDER = ['error', 'warning', 'info'];

/**
 * The order of the query rows (comment and terminal) and what survives truncation: the worst
 * finding first, so regressions and new failures (errors) lead and a query that fails on base
 * too (a warning, status `error`) comes after them; then the status.
 */
export function byImportance(a: QueryComparison, b: QueryComparison): number {
  const rank = (query: QueryComparison) => worstSeverity(query.findings) * 10 + STATUS_ORDER.indexOf(query.status);
  return rank(a) - rank(b);
}

/** A query's findings, errors first (a stable sort: the rules' own order within a severity). */
export function bySeverity<T extends { severity: string }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

/** 0 with an error, 1 with a warning, else 2: an info finding does not lift a row above its status. */
function worstSeverity(findings: readonly { severity: string }[]): number {
  return Math.min(2, ...findings.map((finding) => severityRank(finding.severity)));
}

function severityRank(severity: string): number {
  const index = SEVERITY_ORDER.indexOf(severity);
  return index < 0 ? SEVERITY_ORDER.length : index;
}
