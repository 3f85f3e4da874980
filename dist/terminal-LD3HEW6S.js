import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  adviceLines,
  byImportance,
  bySeverity,
  changeText,
  costText,
  endpointCells,
  endpointHasChange,
  hasPlanChange,
  planDiff,
  planModeText,
  plannerText,
  plural,
  seqScanText,
  severityCounts,
  skippedText,
  spillText,
  workExplanation,
  workText
} from "./chunk-RAQLOHTB.js";
import {
  isPlan,
  sideLabel,
  statisticsHeadline
} from "./chunk-CYI5VO3F.js";
import "./chunk-O7BCQB3I.js";
import "./chunk-SHFXYGQ7.js";
import "./chunk-3QVA6SR5.js";
import "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";

// src/report/terminal.ts
var ANSI = { red: "\x1B[31m", green: "\x1B[32m", yellow: "\x1B[33m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
var STATUS_COLOUR = {
  error: "red",
  regressed: "red",
  improved: "green",
  new: "yellow",
  changed: "yellow",
  removed: "dim",
  unchanged: "dim"
};
function renderTerminal(report, options) {
  const paint = (colour, text) => options.colour ? `${ANSI[colour]}${text}${ANSI.reset}` : text;
  const { errors, warnings } = severityCounts(report);
  const lines = [];
  const verdict = report.verdict === "pass" ? paint("green", "PASS") : paint("red", "FAIL");
  const runWarnings = report.warnings?.length ? ` (and ${plural(report.warnings.length, "warning")} about the run, below)` : "";
  lines.push(`${paint("bold", "pg-plan-gate")}: ${verdict} \u2014 ${plural(errors, "error")}, ${plural(warnings, "warning")}${runWarnings}`);
  lines.push(`base ${sideLabel(report.base)} \u2192 head ${sideLabel(report.head)} \xB7 PostgreSQL ${report.engine.serverVersion} (${report.engine.kind})`);
  const planner = plannerText(report.planner);
  if (planner) lines.push(paint("dim", `planner: ${planner}`));
  if (report.productionStatistics) lines.push(paint("dim", statisticsHeadline(report.productionStatistics, /* @__PURE__ */ new Date())));
  if (report.ignored) lines.push(paint("dim", `${plural(report.ignored, "query", "queries")} ignored (ignore:)`));
  if (report.skipped?.length) lines.push(paint("dim", `${skippedText(report.skipped)} (the JSON report lists them)`));
  for (const warning of report.warnings ?? []) lines.push(paint("yellow", `warning: ${warning}`));
  const shown = report.queries.filter((query) => query.status !== "unchanged" || query.findings.length > 0).sort(byImportance);
  if (shown.length) {
    lines.push("", paint("bold", "Queries"));
    const width = Math.min(48, Math.max(...shown.map((query) => query.name.length)));
    for (const query of shown) {
      const status = paint(STATUS_COLOUR[query.status] ?? "reset", query.status.padEnd(9));
      const cost = `${costText(query.base)} \u2192 ${costText(query.head)}`;
      const change = changeText(query);
      lines.push(`  ${status} ${query.name.padEnd(width)}  ${cost}${change ? `  ${change}` : ""}${query.endpoint ? `  [${query.endpoint}]` : ""}`);
      const work = workLine(query);
      if (work) lines.push(`            ${work}`);
      const explanation = workExplanation(query);
      if (explanation) lines.push(`            ${paint("red", explanation)}`);
      const scans = seqScanText(query, (text) => paint("red", `${text} new`));
      if (scans) lines.push(`            seq scans on head: ${scans}`);
      const planMode = planModeText(query);
      if (planMode) lines.push(paint("dim", `            ${planMode}`));
      for (const finding of bySeverity(query.findings)) {
        const colour = finding.severity === "error" ? "red" : finding.severity === "warning" ? "yellow" : "dim";
        lines.push(`            ${paint(colour, `${finding.severity} ${finding.rule}`)}: ${finding.message}`);
      }
      for (const line of adviceLines(query)) lines.push(`            ${paint("green", line)}`);
      if (query.adviceNote) lines.push(paint("dim", `            ${query.adviceNote}`));
    }
  }
  const changedEndpoints = report.endpoints.filter((endpoint) => endpointHasChange(endpoint, report.queries));
  const quietEndpoints = report.endpoints.length - changedEndpoints.length;
  if (changedEndpoints.length) {
    lines.push("", paint("bold", "Endpoints"));
    for (const endpoint of changedEndpoints) {
      const cells = endpointCells(endpoint);
      const declared = endpoint.source === "captured" ? "" : `${cells.declared} declared queries, `;
      const captured = endpoint.captured ? cells.boundaries === "no boundaries" ? `no request boundaries, ${cells.perRequest} queries, ${cells.distinct} distinct, ` : `${cells.requests} requests${cells.boundaries ? ` (${cells.boundaries})` : ""}, ${cells.perRequest} queries per request, ${cells.distinct} distinct, ` : "";
      lines.push(
        `  ${endpoint.endpoint}: ${declared}${captured}${endpoint.captured ? "cost per request" : "cost"} ${cells.cost}${cells.change ? `  ${cells.change}` : ""}`
      );
      for (const finding of endpoint.findings) lines.push(`    ${paint("red", `${finding.severity} ${finding.rule}`)}: ${finding.message}`);
    }
  }
  const diffs = shown.filter(hasPlanChange);
  if (diffs.length) {
    lines.push("", paint("bold", "Plan changes"));
    for (const query of diffs) {
      lines.push(`  ${query.name}`);
      for (const line of planDiff(query).split("\n")) {
        if (line.startsWith("---") || line.startsWith("+++")) continue;
        const colour = line.startsWith("+") ? "green" : line.startsWith("-") ? "red" : "dim";
        lines.push(`    ${paint(colour, line)}`);
      }
    }
  }
  const newPlans = shown.filter((query) => query.status === "new" && isPlan(query.head));
  for (const query of newPlans) {
    if (!isPlan(query.head)) continue;
    lines.push("", `  ${query.name} (new) plan:`, ...query.head.shape.split("\n").map((line) => `    ${line}`));
  }
  if (quietEndpoints) lines.push("", paint("dim", `${plural(quietEndpoints, "endpoint", "endpoints")} unchanged.`));
  const unchanged = report.queries.length - shown.length;
  if (unchanged) lines.push("", paint("dim", `${plural(unchanged, "unchanged query", "unchanged queries")}.`));
  lines.push(paint("dim", `done in ${(report.timings.totalMs / 1e3).toFixed(1)} s`));
  return lines.join("\n") + "\n";
}
function workLine(query) {
  const work = workText(query, " blocks");
  if (!work) return "";
  const spill = spillText(query.head);
  return `work: ${work}${spill ? `, ${spill} on head` : ""}`;
}
export {
  renderTerminal
};
