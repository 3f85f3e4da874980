import { formatPct } from '../compare/rules.ts';
import { type QueryComparison } from '../compare/comparison.ts';
import { isPlan, type SideResult } from '../explain/query-result.ts';
import { formatFactor, formatMegabytes } from '../compare/work-rules.ts';

/** Measured work beside cost, shared by the comment and the terminal: blocks base → head and the change. */
export function workText(query: QueryComparison, unit = ''): string {
  const base = blocksOf(query.base);
  const head = blocksOf(query.head);
  if (base === null && head === null) return '';
  const arrow = `${base === null ? '—' : base.toLocaleString('en-US')} → ${head === null ? '—' : head.toLocaleString('en-US')}${unit}`;
  return base !== null && head !== null && base !== head ? `${arrow} (${formatFactor(base, head)})` : arrow;
}

/** Head writes temp files (a sort or hash that did not fit work_mem): how much. */
export function spillText(result: SideResult | null): string {
  if (!isPlan(result) || !result.work || result.work.tempBlocks === 0) return '';
  return `spills ${formatMegabytes(result.work.tempBlocks)}`;
}

/**
 * Why a query whose estimated cost is within budget is regressed: "estimated cost unchanged;
 * measured work ×40". Null when the cost rule fired too (its message says enough) or work played no part.
 */
export function workExplanation(query: QueryComparison): string | null {
  if (query.status !== 'regressed' || !isPlan(query.base) || !isPlan(query.head)) return null;
  const rules = new Set(query.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule));
  if (rules.has('cost-regression') || (!rules.has('work-regression') && !rules.has('spill'))) return null;
  const { base, head } = query;
  const cost = base.totalCost === head.totalCost ? 'estimated cost unchanged' : `estimated cost ${formatPct(base.totalCost, head.totalCost)}, within budget`;
  const parts: string[] = [];
  if (rules.has('work-regression') && base.work && head.work) parts.push(`measured work ${formatFactor(base.work.blocks, head.work.blocks)}`);
  else if (rules.has('work-regression')) parts.push('measured run past its time bound');
  if (rules.has('spill') && head.work) parts.push(`spills ${formatMegabytes(head.work.tempBlocks)} to disk`);
  return `${cost}; ${parts.join('; ')}`;
}

function blocksOf(result: SideResult | null): number | null {
  return isPlan(result) && result.work ? result.work.blocks : null;
}
