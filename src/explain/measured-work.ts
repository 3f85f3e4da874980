import { PlanFormatError } from './plan.ts';
import { scalarText } from '../util/text.ts';

/**
 * Measured work of one run (`queries[].base/head.work`): only numbers that repeat exactly on the
 * same data. Timings never do (cache, CPU, a neighbour's job), so none are kept.
 */
export interface Work {
  /** Shared blocks hit + read: the split moves with the cache, the sum does not. */
  blocks: number;
  /** Temp blocks written: a sort or hash that did not fit work_mem. */
  tempBlocks: number;
  /** Actual rows at the root. */
  rows: number;
  /** Largest actual/estimated row ratio, either way, over nodes that produced ≥ 1,000 rows (1 when none). */
  maxMisestimate: number;
}

/** A node that wrote temp blocks itself (not through a child). */
export interface Spill {
  node: string;
  tempBlocks: number;
}

/** The node behind `maxMisestimate`: rows over all its loops. */
export interface Misestimate {
  node: string;
  estimated: number;
  actual: number;
  ratio: number;
}

export interface MeasuredWork {
  work: Work;
  spills: Spill[];
  /** null when no node produced enough rows to count. */
  worst: Misestimate | null;
}

/** A misestimate on fewer rows than this is noise: nothing the planner does with it costs much. */
export const MISESTIMATE_MIN_ROWS = 1000;

type RawNode = Record<string, unknown>;

/** From EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) output. */
export function measuredWork(explainJson: unknown): MeasuredWork {
  const top: unknown = Array.isArray(explainJson) ? explainJson[0] : explainJson;
  const root = top && typeof top === 'object' ? (top as RawNode).Plan : undefined;
  if (!root || typeof root !== 'object') throw new PlanFormatError('EXPLAIN ANALYZE output has no Plan');
  const plan = root as RawNode;
  const spills: Spill[] = [];
  let worst: Misestimate | null = null;
  for (const node of nodes(plan)) {
    // A node's buffer counts include its children's: what it wrote itself is the difference.
    const own = number(node, 'Temp Written Blocks') - children(node).reduce((sum, child) => sum + number(child, 'Temp Written Blocks'), 0);
    if (own > 0) spills.push({ node: nodeLabel(node), tempBlocks: own });
    const found = misestimateOf(node);
    if (found && (!worst || found.ratio > worst.ratio)) worst = found;
  }
  return {
    // The root's counts already hold every node below it (InitPlans and SubPlans included), so
    // the plan's total is read there rather than added up node by node, which would count twice.
    work: {
      blocks: number(plan, 'Shared Hit Blocks') + number(plan, 'Shared Read Blocks'),
      tempBlocks: number(plan, 'Temp Written Blocks'),
      rows: Math.round(number(plan, 'Actual Rows') * number(plan, 'Actual Loops')),
      maxMisestimate: worst ? worst.ratio : 1,
    },
    spills,
    worst,
  };
}

/** Rows are per loop in EXPLAIN: a nested loop's inner side is counted over all its loops. */
function misestimateOf(node: RawNode): Misestimate | null {
  const loops = number(node, 'Actual Loops');
  if (loops === 0) return null;
  const actual = Math.round(number(node, 'Actual Rows') * loops);
  if (actual < MISESTIMATE_MIN_ROWS) return null;
  const estimated = Math.round(number(node, 'Plan Rows') * loops);
  const ratio = Math.max(actual, 1) / Math.max(estimated, 1);
  return { node: nodeLabel(node), estimated, actual, ratio: round2(Math.max(ratio, 1 / ratio)) };
}

/** `Sort`, `HashAggregate`, `Seq Scan on orders`: the node as EXPLAIN's text format names it. */
export function nodeLabel(node: RawNode): string {
  const type = scalarText(node['Node Type'] ?? 'Unknown');
  const strategy = node.Strategy;
  const name = type === 'Aggregate' && strategy === 'Hashed' ? 'HashAggregate' : type === 'Aggregate' && strategy === 'Sorted' ? 'GroupAggregate' : type;
  const relation = typeof node['Relation Name'] === 'string' ? ` on ${node['Relation Name']}` : '';
  return `${name}${relation}`;
}

function* nodes(node: RawNode): Generator<RawNode> {
  yield node;
  for (const child of children(node)) yield* nodes(child);
}

function children(node: RawNode): RawNode[] {
  return Array.isArray(node.Plans) ? (node.Plans as RawNode[]) : [];
}

function number(node: RawNode, key: string): number {
  return typeof node[key] === 'number' ? node[key] : 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
