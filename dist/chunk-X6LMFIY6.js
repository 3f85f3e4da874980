import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  formatFactor,
  formatMegabytes,
  formatPct,
  isPlan
} from "./chunk-3IPVGFOF.js";

// src/report/work.ts
function workText(query, unit = "") {
  const base = blocksOf(query.base);
  const head = blocksOf(query.head);
  if (base === null && head === null) return "";
  const arrow = `${base === null ? "\u2014" : base.toLocaleString("en-US")} \u2192 ${head === null ? "\u2014" : head.toLocaleString("en-US")}${unit}`;
  return base !== null && head !== null && base !== head ? `${arrow} (${formatFactor(base, head)})` : arrow;
}
function spillText(result) {
  if (!isPlan(result) || !result.work || result.work.tempBlocks === 0) return "";
  return `spills ${formatMegabytes(result.work.tempBlocks)}`;
}
function workExplanation(query) {
  if (query.status !== "regressed" || !isPlan(query.base) || !isPlan(query.head)) return null;
  const rules = new Set(query.findings.filter((finding) => finding.severity === "error").map((finding) => finding.rule));
  if (rules.has("cost-regression") || !rules.has("work-regression") && !rules.has("spill")) return null;
  const { base, head } = query;
  const cost = base.totalCost === head.totalCost ? "estimated cost unchanged" : `estimated cost ${formatPct(base.totalCost, head.totalCost)}, within budget`;
  const parts = [];
  if (rules.has("work-regression") && base.work && head.work) parts.push(`measured work ${formatFactor(base.work.blocks, head.work.blocks)}`);
  else if (rules.has("work-regression")) parts.push("measured run past its time bound");
  if (rules.has("spill") && head.work) parts.push(`spills ${formatMegabytes(head.work.tempBlocks)} to disk`);
  return `${cost}; ${parts.join("; ")}`;
}
function blocksOf(result) {
  return isPlan(result) && result.work ? result.work.blocks : null;
}

export {
  workText,
  spillText,
  workExplanation
};
