import type { PlanSummary } from '../explain/summary.ts';

export type RuleId = 'cost-regression' | 'max-cost' | 'seq-scan' | 'query-error' | 'query-count' | 'n-plus-one' | 'plan-changed';
export type Severity = 'error' | 'warning' | 'info';
export type QueryStatus = 'unchanged' | 'changed' | 'improved' | 'regressed' | 'new' | 'removed' | 'error';
export type FailOn = 'error' | 'warning' | 'never';
export type Verdict = 'pass' | 'fail';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
}

/** A finding placed in the whole report: which query or endpoint it belongs to. */
export interface LocatedFinding extends Finding {
  query: string | null;
  endpoint: string | null;
  /** Where to annotate: the query's file on head (or null for inline queries). */
  file: string | null;
  line: number | null;
}

/** One side of one query: its plan summary, or why it failed. */
export type SideResult = PlanSummary | { error: string };

export function isPlan(result: SideResult | null | undefined): result is PlanSummary {
  return !!result && !('error' in result);
}

/** What the explain stage produced for one query on one side. */
export interface QueryResult {
  name: string;
  endpoint: string | null;
  file: string | null;
  line: number;
  result: SideResult;
}

export interface QueryComparison {
  name: string;
  endpoint: string | null;
  file: string | null;
  line: number | null;
  status: QueryStatus;
  base: SideResult | null;
  head: SideResult | null;
  findings: Finding[];
}

export interface EndpointTotals {
  queries: number;
  totalCost: number;
}

export interface EndpointComparison {
  endpoint: string;
  base: EndpointTotals | null;
  head: EndpointTotals | null;
  findings: Finding[];
}

export interface Comparison {
  verdict: Verdict;
  queries: QueryComparison[];
  endpoints: EndpointComparison[];
  findings: LocatedFinding[];
}
