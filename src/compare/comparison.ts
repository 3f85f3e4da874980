import type { SideResult } from '../explain/query-result.ts';

export type RuleId =
  'cost-regression' | 'max-cost' | 'seq-scan' | 'query-error' | 'query-count' | 'n-plus-one' | 'plan-changed' | 'work-regression' | 'spill' | 'misestimate';
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

export interface QueryComparison {
  name: string;
  endpoint: string | null;
  file: string | null;
  line: number | null;
  status: QueryStatus;
  /** How head (else base) planned it: with the query's values, values inferred from the data, or generically. */
  planMode?: 'params' | 'inferred' | 'generic';
  /** The values bound to $1, $2, ... ([] for a generic plan or a query without parameters). */
  params?: unknown[];
  /** For a generic plan: the parameter that got no value and why (`tenantId ($1): ...`), or why inferred values were not used. */
  genericReason?: string;
  /** A captured query's normalized text (absent for declared queries: their SQL is in the config or the file). */
  sql?: string;
  base: SideResult | null;
  head: SideResult | null;
  findings: Finding[];
  /** Indexes that bring head's cost within budget (what-if on head), best first; set when advice looked. */
  advice?: { sql: string; cost: number; maxMisestimate?: number }[];
  /** Why advice has none: no index helps (and why), or the time bound ran out. */
  adviceNote?: string;
}

export interface EndpointTotals {
  queries: number;
  totalCost: number;
}

/** What captured traffic says about one endpoint on one side. */
export interface CapturedTotals {
  /** Distinct request ids; null without request boundaries. */
  requests: number | null;
  /** What told its requests apart: `trace` (traceparent/request_id tags), `tags` (endpoint tags on a connection), `none`. */
  boundaries: 'trace' | 'tags' | 'none';
  /** Statements attributed to the endpoint over the whole run. */
  queries: number;
  /** Mean and max statements per request; null without request boundaries. */
  queriesPerRequest: number | null;
  maxPerRequest: number | null;
  distinctQueries: number;
  /** Summed cost of one sample of each distinct query; null when none of them could be explained. */
  totalCost: number | null;
  /**
   * The cost of one request, on average: per captured query, its cost × the times it ran per
   * request (per run without boundaries), summed; null when none of them could be explained.
   */
  costPerRequest: number | null;
}

export interface EndpointComparison {
  endpoint: string;
  /** Declared queries: how many and their summed cost; for a captured-only endpoint, its captured queries per request (or per run) and cost. */
  base: EndpointTotals | null;
  head: EndpointTotals | null;
  /** `query`: the captured query an n-plus-one finding is about. */
  findings: (Finding & { query?: string | null })[];
  /** Where the numbers come from: declared queries, captured traffic, or both. */
  source: 'declared' | 'captured' | 'both';
  captured?: { base: CapturedTotals | null; head: CapturedTotals | null };
}

export interface Comparison {
  verdict: Verdict;
  queries: QueryComparison[];
  endpoints: EndpointComparison[];
  findings: LocatedFinding[];
}
