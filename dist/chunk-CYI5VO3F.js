import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  parseProductionStatistics
} from "./chunk-O7BCQB3I.js";
import {
  matchesGlob
} from "./chunk-SHFXYGQ7.js";
import {
  relationNames
} from "./chunk-3QVA6SR5.js";

// src/explain/query-result.ts
function isPlan(result) {
  return !!result && !("error" in result);
}

// src/statistics/use.ts
import { createHash } from "node:crypto";
var STALE_AFTER_DAYS = 30;
async function loadProductionStatistics(base, file, warn) {
  const bytes = await base.readBytes(file);
  if (bytes === null) {
    warn(
      `production_statistics: ${file} is not on base (${base.ref}): planned with the seed's statistics; production's apply once the file is on the base branch`
    );
    return null;
  }
  const statistics = parseProductionStatistics(bytes.toString("utf8"), file);
  return { file, statistics, digest: createHash("sha256").update(bytes).digest("hex") };
}
async function applyProductionStatistics(databases, loaded, scope) {
  const apply = (database) => database.applyStatistics(loaded.statistics, loaded.digest, loaded.file, scope);
  const [base, head] = databases.base === databases.head ? await apply(databases.base).then((one) => [one, one]) : await Promise.all([apply(databases.base), apply(databases.head)]);
  const union = (pick) => [.../* @__PURE__ */ new Set([...pick(base), ...pick(head)])].sort();
  return {
    file: loaded.file,
    exportedAt: loaded.statistics.exportedAt,
    serverVersion: loaded.statistics.serverVersion,
    tables: loaded.statistics.tables.length,
    applied: head.applied,
    missing: union((applied) => applied.missing),
    estimatedIndexes: union((applied) => applied.estimatedIndexes),
    unplanned: head.unplanned
  };
}
function ageInDays(exportedAt, now) {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(exportedAt)) / 864e5));
}
function statisticsHeadline(used, now) {
  const days = ageInDays(used.exportedAt, now);
  const age = days === 0 ? "today" : days === 1 ? "1 day ago" : `${days} days ago`;
  return `planned with production statistics from PostgreSQL ${used.serverVersion}, exported ${used.exportedAt.slice(0, 10)} (${age})`;
}

// src/sides/label.ts
function shortSha(sha) {
  return sha ? sha.slice(0, 7) : "";
}
function sideLabel(side) {
  if (!side.sha) return side.ref;
  if (/^[0-9a-f]{7,40}$/i.test(side.ref) && side.sha.startsWith(side.ref.toLowerCase())) return shortSha(side.sha);
  return `${side.ref} (${shortSha(side.sha)})`;
}

// src/compare/rules.ts
function costRegression(base, head, budgets) {
  const increase = head.totalCost - base.totalCost;
  if (!exceedsThresholds(base.totalCost, increase, budgets)) return [];
  return [
    {
      rule: "cost-regression",
      severity: "error",
      message: `estimated cost ${formatCost(base.totalCost)} \u2192 ${formatCost(head.totalCost)} (${formatPct(base.totalCost, head.totalCost)}), over the budget of +${budgets.costIncreasePct}% and +${budgets.costIncreaseMin}`
    }
  ];
}
function isImprovement(base, head, budgets) {
  return exceedsThresholds(base.totalCost, base.totalCost - head.totalCost, budgets);
}
function costRegressionLimit(baseCost, budgets) {
  return baseCost + Math.max(budgets.costIncreaseMin, baseCost * budgets.costIncreasePct / 100);
}
function exceedsThresholds(baseCost, delta, budgets) {
  return delta > budgets.costIncreaseMin && delta > baseCost * budgets.costIncreasePct / 100;
}
function maxCost(head, budgets) {
  if (budgets.maxCost === null || head.totalCost <= budgets.maxCost) return [];
  return [{ rule: "max-cost", severity: "error", message: `estimated cost ${formatCost(head.totalCost)} is above max_cost ${formatCost(budgets.maxCost)}` }];
}
function countedSeqScans(scans, budgets) {
  const allowed = (label, schema) => {
    if (label === void 0) return false;
    const names = relationNames(label, schema);
    return budgets.seqScans.allow.some((glob) => matchesGlob(glob, glob.includes(".") ? names.qualified : names.bare));
  };
  return scans.filter((scan) => scan.rows >= budgets.seqScans.minRows && !allowed(scan.relation, scan.schema) && !allowed(scan.partitionOf));
}
function seqScan(base, head, budgets, isNewQuery = base === null) {
  const remaining = /* @__PURE__ */ new Map();
  for (const scan of base?.seqScans ?? []) remaining.set(scan.relation, (remaining.get(scan.relation) ?? 0) + 1);
  const added = [];
  for (const scan of countedSeqScans(head.seqScans, budgets)) {
    const left = remaining.get(scan.relation) ?? 0;
    if (left > 0) remaining.set(scan.relation, left - 1);
    else added.push(scan);
  }
  if (added.length === 0) return [];
  const list = scanList(added);
  return [
    {
      rule: "seq-scan",
      severity: added.length > budgets.seqScans.maxNew ? "error" : "warning",
      message: `${added.length === 1 ? "new Seq Scan" : `${added.length} new Seq Scans`} on ${list}${isNewQuery ? " (new query)" : ""}`
    }
  ];
}
var MESSAGE_RELATIONS = 5;
function scanList(scans) {
  const counts = /* @__PURE__ */ new Map();
  for (const scan of scans) {
    const entry = counts.get(scan.relation) ?? { scan, count: 0 };
    entry.count++;
    counts.set(scan.relation, entry);
  }
  const entries = [...counts.values()];
  const named = entries.slice(0, MESSAGE_RELATIONS).map(({ scan, count }) => `${scan.relation} (~${formatRows(scan.rows)} rows)${count > 1 ? ` \xD7${count}` : ""}`);
  const more = entries.length - named.length;
  return named.join(", ") + (more > 0 ? ` and ${more} more relations` : "");
}
function planChanged(base, head) {
  if (base.shape === head.shape) return [];
  return [{ rule: "plan-changed", severity: "info", message: "plan shape changed" }];
}
function formatCost(cost) {
  return cost.toLocaleString("en-US", { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}
function formatRows(rows) {
  return Math.round(rows).toLocaleString("en-US");
}
function formatPct(base, head) {
  if (base === 0) return head === 0 ? "0%" : "new cost";
  const pct = (head - base) / base * 100;
  const rounded = Math.abs(pct) >= 10 ? pct.toFixed(0) : pct.toFixed(1);
  return `${pct >= 0 ? "+" : ""}${rounded}%`;
}

// src/compare/work-rules.ts
function workFindings(base, head, budgets) {
  return [...workRegression(base, head, budgets), ...spill(base, head, budgets), ...misestimate(base, head, budgets), ...measureFailure(base, head)];
}
function workRegression(base, head, budgets) {
  if (head.unmeasured?.reason === "timeout") {
    if (base?.unmeasured?.reason === "timeout") {
      return [{ rule: "work-regression", severity: "warning", message: `${head.unmeasured.message} on both sides: work not compared` }];
    }
    const was = base?.work ? ` (base: ${formatBlocks(base.work.blocks)})` : "";
    return [{ rule: "work-regression", severity: "error", message: `${head.unmeasured.message} on head${was}` }];
  }
  if (!base?.work || !head.work) return [];
  const before = base.work.blocks;
  const after = head.work.blocks;
  if (!exceeds(before, after, budgets)) return [];
  return [
    {
      rule: "work-regression",
      severity: "error",
      message: `measured work ${formatBlocks(before)} \u2192 ${formatBlocks(after)} (${formatFactor(before, after)}), over the budget of +${budgets.workIncreasePct}% and +${formatRows(budgets.workIncreaseMin)} blocks`
    }
  ];
}
function spill(base, head, budgets) {
  if (!head.work || head.work.tempBlocks === 0) return [];
  if (base && !base.work) return [];
  const before = base?.work?.tempBlocks ?? 0;
  const after = head.work.tempBlocks;
  if (base && before > 0 && !exceeds(before, after, budgets)) return [];
  const nodes = (head.workDetail?.spills ?? []).map((entry) => `${entry.node} ${formatBlocks(entry.tempBlocks)} (${formatMegabytes(entry.tempBlocks)})`);
  const what = nodes.length ? nodes.join(", ") : `${formatBlocks(after)} (${formatMegabytes(after)})`;
  const baseline = !base ? " (new query)" : before === 0 ? "; base wrote none" : `; base wrote ${formatBlocks(before)}`;
  return [{ rule: "spill", severity: "error", message: `spills to disk: ${what} of temp files written${baseline}` }];
}
function misestimate(base, head, budgets) {
  const worst = head.workDetail?.worstEstimate;
  if (!head.work || !worst || head.work.maxMisestimate < budgets.misestimateRatio) return [];
  if (base && (!base.work || base.work.maxMisestimate >= budgets.misestimateRatio)) return [];
  return [
    {
      rule: "misestimate",
      severity: "warning",
      message: `${worst.node}: estimated ${formatRows(worst.estimated)} rows, actual ${formatRows(worst.actual)} (\xD7${formatRatio(worst.ratio)}, limit \xD7${formatRatio(budgets.misestimateRatio)})${base ? "" : " (new query)"}`
    }
  ];
}
function measureFailure(base, head) {
  if (head.unmeasured?.reason !== "failed" || base?.unmeasured?.message === head.unmeasured.message) return [];
  return [{ rule: "query-error", severity: "warning", message: `${head.unmeasured.message} (on head)` }];
}
function exceeds(before, after, budgets) {
  const increase = after - before;
  return increase > budgets.workIncreaseMin && increase > before * budgets.workIncreasePct / 100;
}
function formatBlocks(blocks) {
  return `${formatRows(blocks)} ${blocks === 1 ? "block" : "blocks"}`;
}
function formatMegabytes(blocks) {
  return `${(blocks * 8 / 1024).toFixed(1)} MB`;
}
function formatFactor(before, after) {
  if (before === 0) return after === 0 ? "+0%" : "from none";
  const factor = after / before;
  if (factor >= 2) return `\xD7${factor >= 10 ? Math.round(factor) : factor.toFixed(1)}`;
  const pct = (factor - 1) * 100;
  return `${pct >= 0 ? "+" : ""}${Math.abs(pct) >= 10 ? pct.toFixed(0) : pct.toFixed(1)}%`;
}
function formatRatio(ratio) {
  return ratio >= 10 ? formatRows(ratio) : String(Number(ratio.toFixed(1)));
}

export {
  costRegression,
  isImprovement,
  costRegressionLimit,
  maxCost,
  countedSeqScans,
  seqScan,
  planChanged,
  formatCost,
  formatRows,
  formatPct,
  isPlan,
  workFindings,
  formatMegabytes,
  formatFactor,
  STALE_AFTER_DAYS,
  loadProductionStatistics,
  applyProductionStatistics,
  ageInDays,
  statisticsHeadline,
  sideLabel
};
