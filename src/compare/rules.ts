import type { Budgets } from '../config/config.ts';
import type { PlanSummary, SeqScan } from '../explain/plan-summary.ts';
import { relationNames } from '../util/relation-name.ts';
import { matchesGlob } from '../util/glob.ts';
import type { Finding } from './comparison.ts';

/** Pure rule functions: each looks at one query's base and head plan and its budgets. */

export function costRegression(base: PlanSummary, head: PlanSummary, budgets: Budgets): Finding[] {
  const increase = head.totalCost - base.totalCost;
  if (!exceedsThresholds(base.totalCost, increase, budgets)) return [];
  return [
    {
      rule: 'cost-regression',
      severity: 'error',
      message: `estimated cost ${formatCost(base.totalCost)} → ${formatCost(head.totalCost)} (${formatPct(base.totalCost, head.totalCost)}), over the budget of +${budgets.costIncreasePct}% and +${budgets.costIncreaseMin}`,
    },
  ];
}

/** Cost went down by more than both thresholds. */
export function isImprovement(base: Pick<PlanSummary, 'totalCost'>, head: Pick<PlanSummary, 'totalCost'>, budgets: Budgets): boolean {
  return exceedsThresholds(base.totalCost, base.totalCost - head.totalCost, budgets);
}

/** The highest head cost that fires no cost-regression against this base cost. */
export function costRegressionLimit(baseCost: number, budgets: Budgets): number {
  return baseCost + Math.max(budgets.costIncreaseMin, (baseCost * budgets.costIncreasePct) / 100);
}

function exceedsThresholds(baseCost: number, delta: number, budgets: Budgets): boolean {
  return delta > budgets.costIncreaseMin && delta > (baseCost * budgets.costIncreasePct) / 100;
}

export function maxCost(head: PlanSummary, budgets: Budgets): Finding[] {
  if (budgets.maxCost === null || head.totalCost <= budgets.maxCost) return [];
  return [{ rule: 'max-cost', severity: 'error', message: `estimated cost ${formatCost(head.totalCost)} is above max_cost ${formatCost(budgets.maxCost)}` }];
}

/**
 * Seq scans that count: on a relation of at least min_rows and not allowed. An `allow` entry
 * with a dot names one schema's relation (`billing.events`); without one it matches that name
 * in every schema.
 */
export function countedSeqScans(scans: readonly SeqScan[], budgets: Budgets): SeqScan[] {
  const allowed = (label: string | undefined, schema?: string) => {
    if (label === undefined) return false;
    const names = relationNames(label, schema);
    return budgets.seqScans.allow.some((glob) => matchesGlob(glob, glob.includes('.') ? names.qualified : names.bare));
  };
  return scans.filter((scan) => scan.rows >= budgets.seqScans.minRows && !allowed(scan.relation, scan.schema) && !allowed(scan.partitionOf));
}

/**
 * Counted seq scans on head that the baseline did not have (per relation, so a second scan of
 * the same table counts). The baseline is base's plan of the query, or for a rewritten
 * captured query the scans of its endpoint on base; null when there is none.
 */
export function seqScan(base: Pick<PlanSummary, 'seqScans'> | null, head: PlanSummary, budgets: Budgets, isNewQuery = base === null): Finding[] {
  const remaining = new Map<string, number>();
  for (const scan of base?.seqScans ?? []) remaining.set(scan.relation, (remaining.get(scan.relation) ?? 0) + 1);
  const added: SeqScan[] = [];
  for (const scan of countedSeqScans(head.seqScans, budgets)) {
    const left = remaining.get(scan.relation) ?? 0;
    if (left > 0) remaining.set(scan.relation, left - 1);
    else added.push(scan);
  }
  if (added.length === 0) return [];
  const list = scanList(added);
  return [
    {
      rule: 'seq-scan',
      severity: added.length > budgets.seqScans.maxNew ? 'error' : 'warning',
      message: `${added.length === 1 ? 'new Seq Scan' : `${added.length} new Seq Scans`} on ${list}${isNewQuery ? ' (new query)' : ''}`,
    },
  ];
}

/** Relations named in a seq-scan message; a plan with thousands of scans still gets a short message. */
const MESSAGE_RELATIONS = 5;

/** `users (~20,000 rows) ×4000, orders (~50,000 rows)`: each relation once, with its count, then how many more. */
function scanList(scans: readonly SeqScan[]): string {
  const counts = new Map<string, { scan: SeqScan; count: number }>();
  for (const scan of scans) {
    const entry = counts.get(scan.relation) ?? { scan, count: 0 };
    entry.count++;
    counts.set(scan.relation, entry);
  }
  const entries = [...counts.values()];
  const named = entries
    .slice(0, MESSAGE_RELATIONS)
    .map(({ scan, count }) => `${scan.relation} (~${formatRows(scan.rows)} rows)${count > 1 ? ` ×${count}` : ''}`);
  const more = entries.length - named.length;
  return named.join(', ') + (more > 0 ? ` and ${more} more relations` : '');
}

export function planChanged(base: PlanSummary, head: PlanSummary): Finding[] {
  if (base.shape === head.shape) return [];
  return [{ rule: 'plan-changed', severity: 'info', message: 'plan shape changed' }];
}

export function formatCost(cost: number): string {
  return cost.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}

export function formatRows(rows: number): string {
  return Math.round(rows).toLocaleString('en-US');
}

export function formatPct(base: number, head: number): string {
  if (base === 0) return head === 0 ? '0%' : 'new cost';
  const pct = ((head - base) / base) * 100;
  const rounded = Math.abs(pct) >= 10 ? pct.toFixed(0) : pct.toFixed(1);
  return `${pct >= 0 ? '+' : ''}${rounded}%`;
}
