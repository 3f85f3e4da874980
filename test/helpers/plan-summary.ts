import type { PlanNodeSummary } from '../../src/explain/plan-summary.ts';

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
