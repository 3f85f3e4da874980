import type { ExplainRequest, IndexRef } from '../engine/index.ts';
import type { PlanSummary } from './plan-summary.ts';

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
  /** How it was planned and with which values (absent when it could not be prepared). */
  plan?: { mode: 'params' | 'inferred' | 'generic'; params: unknown[]; genericReason?: string };
  /** A query seen in captured traffic (not declared in the config). */
  captured?: boolean;
  /** A captured query's normalized text (values as $n, IN lists as one), what the report shows. */
  sql?: string;
  /** The indexes the plan scans (not in the report): index advice looks for one head lost. */
  indexes?: IndexRef[];
  /** The tables the plan scans (not in the report): production's statistics are applied to those. */
  relations?: { schema: string; name: string }[];
  /** What was explained, values and plan mode included (not in the report): index advice explains it again. */
  request?: ExplainRequest;
}
