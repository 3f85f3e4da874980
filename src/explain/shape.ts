import { relationLabel } from '../util/relation-name.ts';
import type { PlanNode } from './plan.ts';

const AGGREGATE_NAMES: Record<string, string> = { Plain: 'Aggregate', Sorted: 'GroupAggregate', Hashed: 'HashAggregate', Mixed: 'MixedAggregate' };
const JOIN_NODES = new Set(['Nested Loop', 'Hash Join', 'Merge Join']);

/** One line per node, like EXPLAIN's text format but without numbers: what the planner chose, not what it guessed. */
export function nodeLabel(node: PlanNode): string {
  let label = node.nodeType;
  if (node.nodeType === 'Aggregate' && node.strategy) label = AGGREGATE_NAMES[node.strategy] ?? `Aggregate (${node.strategy})`;
  else if (node.nodeType === 'SetOp' && node.strategy === 'Hashed') label = 'HashSetOp';
  else if (node.nodeType === 'ModifyTable' && node.operation) label = node.operation;
  else if (JOIN_NODES.has(node.nodeType) && node.joinType && node.joinType !== 'Inner') {
    label = node.nodeType === 'Nested Loop' ? `Nested Loop ${node.joinType} Join` : node.nodeType.replace(' Join', ` ${node.joinType} Join`);
  }
  if (node.scanDirection === 'Backward') label += ' Backward';
  if (node.index && node.nodeType === 'Bitmap Index Scan') label += ` on ${node.index}`;
  else if (node.index) label += ` using ${node.index}`;
  const target = (node.relation && relationLabel(node.schema, node.relation)) ?? node.cteName ?? node.functionName;
  if (target) label += ` on ${target}`;
  if (node.subplanName) label = `${node.subplanName}: ${label}`;
  return label;
}

/** The plan shape per spec: the tree of node labels, indented two spaces per level. */
export function planShape(root: PlanNode): string {
  const lines: string[] = [];
  const visit = (node: PlanNode, depth: number) => {
    lines.push(`${'  '.repeat(depth)}${nodeLabel(node)}`);
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(root, 0);
  return lines.join('\n');
}
