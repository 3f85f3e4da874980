/** One node of an EXPLAIN (FORMAT JSON) plan, with the keys pg-plan-gate compares; the rest is ignored. */
export interface PlanNode {
  nodeType: string;
  relation?: string;
  schema?: string;
  alias?: string;
  index?: string;
  joinType?: string;
  strategy?: string;
  operation?: string;
  scanDirection?: string;
  parentRelationship?: string;
  subplanName?: string;
  cteName?: string;
  functionName?: string;
  startupCost: number;
  totalCost: number;
  planRows: number;
  planWidth: number;
  /** Filter, Index Cond, Hash Cond, Sort Key, ... as PostgreSQL printed them (a key list joined with `, `). */
  conditions: Record<string, string>;
  children: PlanNode[];
}

const CONDITION_KEYS = ['Index Cond', 'Recheck Cond', 'Filter', 'Hash Cond', 'Merge Cond', 'Join Filter', 'One-Time Filter', 'Sort Key', 'Group Key'];

export class PlanFormatError extends Error {}

/** Parse the value of the `QUERY PLAN` column into a typed tree. */
export function parsePlan(explainJson: unknown): PlanNode {
  const root: unknown = Array.isArray(explainJson) ? explainJson[0] : explainJson;
  const plan = root && typeof root === 'object' ? (root as Record<string, unknown>).Plan : undefined;
  if (!plan || typeof plan !== 'object') throw new PlanFormatError('EXPLAIN output has no Plan');
  return toNode(plan as Record<string, unknown>);
}

function toNode(raw: Record<string, unknown>): PlanNode {
  const text = (key: string) => (typeof raw[key] === 'string' ? raw[key] : undefined);
  const number = (key: string) => (typeof raw[key] === 'number' ? raw[key] : 0);
  const conditions: Record<string, string> = {};
  for (const key of CONDITION_KEYS) {
    const value = Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter((item) => typeof item === 'string').join(', ') : text(key);
    if (value !== undefined) conditions[key] = value;
  }
  const node: PlanNode = {
    nodeType: text('Node Type') ?? 'Unknown',
    startupCost: number('Startup Cost'),
    totalCost: number('Total Cost'),
    planRows: number('Plan Rows'),
    planWidth: number('Plan Width'),
    conditions,
    children: Array.isArray(raw.Plans) ? (raw.Plans as Record<string, unknown>[]).map(toNode) : [],
  };
  const optional: [keyof PlanNode, string][] = [
    ['relation', 'Relation Name'],
    ['schema', 'Schema'],
    ['alias', 'Alias'],
    ['index', 'Index Name'],
    ['joinType', 'Join Type'],
    ['strategy', 'Strategy'],
    ['operation', 'Operation'],
    ['scanDirection', 'Scan Direction'],
    ['parentRelationship', 'Parent Relationship'],
    ['subplanName', 'Subplan Name'],
    ['cteName', 'CTE Name'],
    ['functionName', 'Function Name'],
  ];
  for (const [field, key] of optional) {
    const value = text(key);
    if (value !== undefined) (node as unknown as Record<string, unknown>)[field] = value;
  }
  return node;
}

export function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}
