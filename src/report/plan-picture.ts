import { formatCost, formatRows } from '../compare/rules.ts';
import { type QueryComparison } from '../compare/comparison.ts';
import { isPlan } from '../explain/query-result.ts';
import type { PlanNodeSummary } from '../explain/plan-summary.ts';

/** From this many nodes on, unchanged subtrees are folded into one box each. */
export const FOLD_FROM_NODES = 50;
/** A folded plan still this large is cut: GitHub refuses to draw very large diagrams. */
const MAX_DRAWN_NODES = 150;

type Mark = 'unchanged' | 'changed' | 'newSeqScan';

/**
 * Head's plan of a regressed or changed query as a Mermaid flowchart (GitHub draws it in the
 * comment): each node's type, relation or index, estimated rows and cost. Nodes not in base's
 * plan as they are (label and conditions) are marked; a Seq Scan among them is red.
 * Returns '' when there is nothing to draw.
 */
export function planPicture(query: QueryComparison): string {
  if (!isPlan(query.head) || !query.head.nodes.length) return '';
  const nodes = query.head.nodes;
  const marks = markNodes(isPlan(query.base) ? query.base.nodes : [], nodes);
  const lines = ['flowchart TD'];
  const drawn = drawnNodes(nodes, marks);
  const idOf = new Map<number, string>();
  const parents: number[] = [];
  for (const entry of drawn) {
    const node = nodes[entry.index]!;
    const id = `n${entry.index}`;
    idOf.set(entry.index, id);
    const mark = marks[entry.index]!;
    const prefix = mark === 'newSeqScan' ? '⚠ new: ' : mark === 'changed' ? '✱ ' : '';
    const text = `${prefix}${node.label}<br/>rows ${formatRows(node.rows)} · cost ${formatCost(node.cost)}`;
    lines.push(`  ${id}["${mermaidText(text)}"]${mark === 'unchanged' ? '' : `:::${mark}`}`);
    parents.length = node.depth;
    const parent = parents[node.depth - 1];
    if (parent !== undefined) lines.push(`  ${idOf.get(parent)} --> ${id}`);
    parents[node.depth] = entry.index;
    if (entry.folded) {
      lines.push(`  ${id}f["${mermaidText(`⋯ ${entry.folded} unchanged nodes`)}"]:::folded`, `  ${id} --> ${id}f`);
    }
  }
  const cut = nodes.length - drawn.reduce((sum, entry) => sum + 1 + entry.folded, 0);
  if (cut > 0) lines.push(`  more["${mermaidText(`⋯ ${cut} more nodes not drawn`)}"]:::folded`);
  lines.push(
    '  classDef changed fill:#fff4c2,stroke:#b08800,color:#000',
    '  classDef newSeqScan fill:#ffd7d5,stroke:#cf222e,stroke-width:3px,color:#000',
    '  classDef folded fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#57606a',
  );
  return lines.join('\n');
}

/**
 * Which of head's nodes base did not have as they are (label and conditions). Counted as a
 * multiset rather than diffed in order: linear, so a plan of thousands of nodes costs nothing.
 */
export function markNodes(base: readonly PlanNodeSummary[], head: readonly PlanNodeSummary[]): Mark[] {
  // Not the depth: a subtree pushed one level down under a new node (a WindowAgg) is not new.
  const key = (node: PlanNodeSummary) => `${node.label}|${node.conditions.join('|')}`;
  const onBase = new Map<string, number>();
  for (const node of base) onBase.set(key(node), (onBase.get(key(node)) ?? 0) + 1);
  return head.map((node) => {
    const left = onBase.get(key(node)) ?? 0;
    if (left > 0) {
      onBase.set(key(node), left - 1);
      return 'unchanged';
    }
    return isSeqScan(node) ? 'newSeqScan' : 'changed';
  });
}

function isSeqScan(node: PlanNodeSummary): boolean {
  return /(^|: )Seq Scan on /.test(node.label);
}

/**
 * The nodes to draw, in preorder. A large plan keeps every changed node and its ancestors; a
 * node whose whole subtree is unchanged is drawn, with its descendants folded into one box.
 */
function drawnNodes(nodes: readonly PlanNodeSummary[], marks: readonly Mark[]): { index: number; folded: number }[] {
  const drawn: { index: number; folded: number }[] = [];
  const fold = nodes.length >= FOLD_FROM_NODES;
  for (let index = 0; index < nodes.length && drawn.length < MAX_DRAWN_NODES;) {
    const end = subtreeEnd(nodes, index);
    const unchanged = marks.slice(index, end).every((mark) => mark === 'unchanged');
    if (fold && unchanged && end - index > 1) {
      drawn.push({ index, folded: end - index - 1 });
      index = end;
    } else {
      drawn.push({ index, folded: 0 });
      index++;
    }
  }
  return drawn;
}

/** The index after the last descendant of nodes[start] (preorder with depths). */
function subtreeEnd(nodes: readonly PlanNodeSummary[], start: number): number {
  let end = start + 1;
  while (end < nodes.length && nodes[end]!.depth > nodes[start]!.depth) end++;
  return end;
}

/**
 * Text inside a quoted Mermaid label. Mermaid reads `#…;` as an entity and a quote ends the
 * label; a backtick run could end the code fence; `<br/>` is the only markup kept.
 */
function mermaidText(text: string): string {
  return text
    .split('<br/>')
    .map((part) => part.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/`/g, '#96;'))
    .join('<br/>');
}
