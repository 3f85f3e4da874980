import type { Budgets } from '../config/config.ts';
import type { PlanSummary } from '../explain/plan-summary.ts';
import { formatRows } from './rules.ts';
import type { Finding } from './comparison.ts';

/**
 * Rules on measured work (`work`, from EXPLAIN ANALYZE): pure, like rules.ts. `base` is null for
 * a new query, which is judged on its own numbers (spill, misestimate, the time bound).
 */
export function workFindings(base: PlanSummary | null, head: PlanSummary, budgets: Budgets): Finding[] {
  return [...workRegression(base, head, budgets), ...spill(base, head, budgets), ...misestimate(base, head, budgets), ...measureFailure(base, head)];
}

/** Head's blocks past both thresholds over base's; or head's run went past the time bound. */
export function workRegression(base: PlanSummary | null, head: PlanSummary, budgets: Budgets): Finding[] {
  if (head.unmeasured?.reason === 'timeout') {
    if (base?.unmeasured?.reason === 'timeout') {
      return [{ rule: 'work-regression', severity: 'warning', message: `${head.unmeasured.message} on both sides: work not compared` }];
    }
    const was = base?.work ? ` (base: ${formatBlocks(base.work.blocks)})` : '';
    return [{ rule: 'work-regression', severity: 'error', message: `${head.unmeasured.message} on head${was}` }];
  }
  if (!base?.work || !head.work) return [];
  const before = base.work.blocks;
  const after = head.work.blocks;
  if (!exceeds(before, after, budgets)) return [];
  return [
    {
      rule: 'work-regression',
      severity: 'error',
      message: `measured work ${formatBlocks(before)} → ${formatBlocks(after)} (${formatFactor(before, after)}), over the budget of +${budgets.workIncreasePct}% and +${formatRows(budgets.workIncreaseMin)} blocks`,
    },
  ];
}

/** Head writes temp blocks where base wrote none, or past both work thresholds more. */
export function spill(base: PlanSummary | null, head: PlanSummary, budgets: Budgets): Finding[] {
  if (!head.work || head.work.tempBlocks === 0) return [];
  if (base && !base.work) return [];
  const before = base?.work?.tempBlocks ?? 0;
  const after = head.work.tempBlocks;
  if (base && before > 0 && !exceeds(before, after, budgets)) return [];
  const nodes = (head.workDetail?.spills ?? []).map((entry) => `${entry.node} ${formatBlocks(entry.tempBlocks)} (${formatMegabytes(entry.tempBlocks)})`);
  const what = nodes.length ? nodes.join(', ') : `${formatBlocks(after)} (${formatMegabytes(after)})`;
  const baseline = !base ? ' (new query)' : before === 0 ? '; base wrote none' : `; base wrote ${formatBlocks(before)}`;
  return [{ rule: 'spill', severity: 'error', message: `spills to disk: ${what} of temp files written${baseline}` }];
}

/** A head node whose actual rows are `misestimate_ratio` or more off its estimate, where base's plan had none. */
export function misestimate(base: PlanSummary | null, head: PlanSummary, budgets: Budgets): Finding[] {
  const worst = head.workDetail?.worstEstimate;
  if (!head.work || !worst || head.work.maxMisestimate < budgets.misestimateRatio) return [];
  if (base && (!base.work || base.work.maxMisestimate >= budgets.misestimateRatio)) return [];
  return [
    {
      rule: 'misestimate',
      severity: 'warning',
      message: `${worst.node}: estimated ${formatRows(worst.estimated)} rows, actual ${formatRows(worst.actual)} (×${formatRatio(worst.ratio)}, limit ×${formatRatio(budgets.misestimateRatio)})${base ? '' : ' (new query)'}`,
    },
  ];
}

/**
 * A run that fails on head where the plan did not (a constraint, a division by zero with these
 * values): worth a look, not a verdict. The same failure on base (a materialized view the build
 * could not populate) is not this change's doing, and identical inputs must stay silent.
 */
function measureFailure(base: PlanSummary | null, head: PlanSummary): Finding[] {
  if (head.unmeasured?.reason !== 'failed' || base?.unmeasured?.message === head.unmeasured.message) return [];
  return [{ rule: 'query-error', severity: 'warning', message: `${head.unmeasured.message} (on head)` }];
}

function exceeds(before: number, after: number, budgets: Budgets): boolean {
  const increase = after - before;
  return increase > budgets.workIncreaseMin && increase > (before * budgets.workIncreasePct) / 100;
}

export function formatBlocks(blocks: number): string {
  return `${formatRows(blocks)} ${blocks === 1 ? 'block' : 'blocks'}`;
}

/** Blocks are 8 kB. */
export function formatMegabytes(blocks: number): string {
  return `${((blocks * 8) / 1024).toFixed(1)} MB`;
}

/** `×40` for growth, `+12%` below twice. */
export function formatFactor(before: number, after: number): string {
  if (before === 0) return after === 0 ? '+0%' : 'from none';
  const factor = after / before;
  if (factor >= 2) return `×${factor >= 10 ? Math.round(factor) : factor.toFixed(1)}`;
  const pct = (factor - 1) * 100;
  return `${pct >= 0 ? '+' : ''}${Math.abs(pct) >= 10 ? pct.toFixed(0) : pct.toFixed(1)}%`;
}

function formatRatio(ratio: number): string {
  return ratio >= 10 ? formatRows(ratio) : String(Number(ratio.toFixed(1)));
}
