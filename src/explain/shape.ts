import { relationLabel } from '../util/relation-name.ts';
import { normalizeCondition, normalizeSubplanName } from './conditions.ts';
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
  if (node.subplanName) label = `${normalizeSubplanName(node.subplanName)}: ${label}`;
  return label;
}

/**
 * The conditions the shape shows, in EXPLAIN's order. Where a condition is checked is part of
 * the plan: the same index scan with `b = ?` moved from Index Cond to Filter reads many more rows.
 */
const SHAPE_CONDITIONS = ['Index Cond', 'Recheck Cond', 'Filter', 'Hash Cond', 'Merge Cond', 'Join Filter', 'Sort Key', 'Group Key'];

/** `Index Cond: (org_id = ?)`: one line per condition the node has. */
export function conditionLines(node: PlanNode): string[] {
  return SHAPE_CONDITIONS.filter((key) => node.conditions[key] !== undefined).map((key) => `${key}: ${normalizeCondition(node.conditions[key]!)}`);
}

/** One node of the shape, in preorder: its depth, label and normalised conditions. */
export interface ShapeNode {
  depth: number;
  label: string;
  conditions: string[];
}

export function shapeNodes(root: PlanNode): ShapeNode[] {
  const nodes: ShapeNode[] = [];
  const visit = (node: PlanNode, depth: number) => {
    nodes.push({ depth, label: nodeLabel(node), conditions: conditionLines(node) });
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(root, 0);
  return nodes;
}

/**
 * The plan shape: the tree of node labels, indented two spaces per level, each node's
 * conditions on lines of their own one level deeper (before its children, as EXPLAIN prints them).
 */
export function planShape(root: PlanNode): string {
  return shapeText(shapeNodes(root));
}

export function shapeText(nodes: readonly ShapeNode[]): string {
  return nodes
    .flatMap((node) => [`${'  '.repeat(node.depth)}${node.label}`, ...node.conditions.map((line) => `${'  '.repeat(node.depth + 1)}${line}`)])
    .join('\n');
}
