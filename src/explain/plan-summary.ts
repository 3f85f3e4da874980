import { walk, type PlanNode } from './plan.ts';
import { shapeNodes, shapeText, type ShapeNode } from './shape.ts';
import { relationLabel } from '../util/relation-name.ts';
import type { Misestimate, Spill, Work } from './measured-work.ts';

export interface SeqScan {
  /** Bare in schema public, schema-qualified elsewhere (`billing.invoices`), as the shape shows it. */
  relation: string;
  /** Its schema, when the plan said (EXPLAIN VERBOSE). */
  schema?: string;
  /** The partitioned table this partition belongs to, when it is one. */
  partitionOf?: string;
  /** That table's estimated size, all partitions together (what the comment shows for its partitions' scans). */
  partitionOfRows?: number;
  /** The relation's estimated size (pg_class.reltuples): what the scan reads, whatever its filter keeps. */
  rows: number;
}

/** The numbers and shape of one side's plan of one query, as the JSON report carries them. */
export interface PlanSummary {
  totalCost: number;
  startupCost: number;
  planRows: number;
  seqScans: SeqScan[];
  shape: string;
  /** The shape's nodes in preorder with the planner's estimates: what the comment's plan picture draws. */
  nodes: PlanNodeSummary[];
  /** Measured work (EXPLAIN ANALYZE, rolled back); absent with `measure: false` or when the run gave none (`unmeasured`). */
  work?: Work;
  /** The nodes behind `work`: which wrote temp blocks, and the worst row estimate. */
  workDetail?: { spills: Spill[]; worstEstimate: Misestimate | null };
  /** Why measuring gave no `work`: a generic plan (no values to run), the time bound, or a failed run. */
  unmeasured?: { reason: 'generic' | 'timeout' | 'failed' | 'unrepeatable'; message: string };
}

export interface PlanNodeSummary extends ShapeNode {
  /** Estimated rows and total cost of the node. */
  rows: number;
  cost: number;
}

export function summarizePlan(
  root: PlanNode,
  relationRows: Readonly<Record<string, number>>,
  partitionRoots: Readonly<Record<string, string>> = {},
): PlanSummary {
  const seqScans: SeqScan[] = [];
  for (const node of walk(root)) {
    if (node.nodeType !== 'Seq Scan' || !node.relation) continue;
    const relation = relationLabel(node.schema, node.relation);
    const partitionOf = partitionRoots[relation];
    seqScans.push({
      relation,
      ...(node.schema && { schema: node.schema }),
      ...(partitionOf && { partitionOf }),
      ...(partitionOf && relationRows[partitionOf] && { partitionOfRows: Math.round(relationRows[partitionOf]) }),
      rows: Math.round(relationRows[relation] ?? node.planRows),
    });
  }
  const planNodes = [...walk(root)];
  const nodes = shapeNodes(root).map((shapeNode, index) => ({ ...shapeNode, rows: planNodes[index]!.planRows, cost: planNodes[index]!.totalCost }));
  return {
    totalCost: root.totalCost,
    startupCost: root.startupCost,
    planRows: root.planRows,
    seqScans,
    shape: shapeText(nodes),
    nodes,
  };
}
