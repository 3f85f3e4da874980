import type { PlanNodeSummary, PlanSummary } from '../../src/explain/plan-summary.ts';

const CONDITION = /^(Index Cond|Recheck Cond|Filter|Hash Cond|Merge Cond|Join Filter|Sort Key|Group Key): /;

/**
 * The nodes a hand-written shape stands for, as summarizePlan would list them: a node per label
 * line, its condition lines attached to it. Every node gets `cost` and `rows`, so pictures have numbers.
 */
export function nodesOf(shape: string, cost: number, rows = 1): PlanNodeSummary[] {
  const nodes: PlanNodeSummary[] = [];
  for (const line of shape.split('\n')) {
    const text = line.trimStart();
    const depth = (line.length - text.length) / 2;
    if (CONDITION.test(text) && nodes.length) nodes.at(-1)!.conditions.push(text);
    else nodes.push({ depth, label: text, conditions: [], rows, cost });
  }
  return nodes;
}

/** A plan summary of a hand-written shape for the comment's tests: 10 rows, and the total cost, at every node. */
export const shapePlan = (totalCost: number, shape: string, seqScans: PlanSummary['seqScans'] = []): PlanSummary => ({
  totalCost,
  startupCost: 0,
  planRows: 10,
  seqScans,
  shape,
  nodes: nodesOf(shape, totalCost, 10),
});

/** A user's recent orders: base reads them through orders_user_idx; head sorts a Seq Scan of orders (ORDERS_SEQ_SCANS). */
export const BASE_RECENT = ['Limit', '  Index Scan using orders_user_idx on orders', '    Index Cond: ((user_id = ?) AND (placed_at >= ?))'].join('\n');
export const HEAD_RECENT = [
  'Limit',
  '  Sort',
  '    Sort Key: placed_at DESC',
  '    Seq Scan on orders',
  '      Filter: ((user_id = ?) AND (placed_at >= ?))',
].join('\n');
export const ORDERS_SEQ_SCANS = [{ relation: 'orders', rows: 50_000 }];
