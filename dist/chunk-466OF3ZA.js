import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  STATUS_ORDER,
  adviceLines,
  byImportance,
  bySeverity,
  changeText,
  costText,
  countBy,
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
  formatCost,
  formatRows,
  isPlan,
  sideLabel,
  statisticsHeadline
} from "./chunk-CYI5VO3F.js";

// src/report/links.ts
function queryFileUrl(query, sourceUrl) {
  if (!sourceUrl || !query.file || query.status === "removed") return null;
  const path = query.file.split("/").map(encodeURIComponent).join("/");
  return `${sourceUrl}${path}${query.line ? `#L${query.line}` : ""}`;
}
var RULES_DOCS_URL = "https://github.com/pg-plan-gate/pg-plan-gate/blob/main/docs/rules.md";
function ruleLink(rule) {
  return `[${rule}](${RULES_DOCS_URL}#${rule})`;
}

// src/report/fit.ts
var RANK = { errorRow: 0, warningRow: 1, queryRow: 2, endpointRow: 3, planDiff: 4, planPicture: 5, capturedSql: 6 };
var LAST_ROW_RANK = RANK.endpointRow;
function fitSections(sections, fixedLength, note, maxLength) {
  const states = sections.map((section) => section.pieces.map(() => "full"));
  const kept = sections.map((section) => section.pieces.length);
  const lengths = sections.map((section) => section.pieces.reduce((sum, piece) => sum + piece.full.length, 0));
  const omissions = () => ({
    dropped: sections.map((section, s) => ({ word: section.word, count: section.pieces.length - kept[s] })).filter((entry) => entry.count > 0),
    queries: sections.flatMap(
      (section, s) => section.pieces.filter((piece, p) => piece.query !== void 0 && states[s][p] === "dropped").map((piece) => piece.query)
    ),
    shortened: states.flat().filter((state) => state === "short").length
  });
  const sectionsLength = () => sections.reduce((sum, section, s) => sum + (kept[s] > 0 ? section.head.length + lengths[s] : 0), 0);
  const noteRoom = fixedLength + sectionsLength() <= maxLength ? 0 : note(worstOmissions(sections)).length;
  for (const step of planSteps(sections)) {
    if (fixedLength + sectionsLength() + noteRoom <= maxLength) break;
    const piece = sections[step.section].pieces[step.piece];
    const current = states[step.section][step.piece];
    if (step.action === "shorten") {
      if (current !== "full" || piece.short === void 0) continue;
      lengths[step.section] -= piece.full.length - piece.short.length;
      states[step.section][step.piece] = "short";
    } else {
      lengths[step.section] -= (current === "short" ? piece.short : piece.full).length;
      states[step.section][step.piece] = "dropped";
      kept[step.section]--;
    }
  }
  const text = sections.map((section, s) => {
    const pieces = section.pieces.flatMap((piece, p) => states[s][p] === "dropped" ? [] : [states[s][p] === "short" ? piece.short : piece.full]);
    return pieces.length ? section.head + pieces.join("") : "";
  });
  return { text, note: note(omissions()) };
}
function worstOmissions(sections) {
  const queries = sections.flatMap((section) => section.pieces.flatMap((piece) => piece.query === void 0 ? [] : [piece.query]));
  const longestFirst = [...queries].sort((a, b) => b.length - a.length);
  return {
    dropped: sections.map((section) => ({ word: section.word, count: section.pieces.length })).filter((entry) => entry.count > 0),
    queries: longestFirst,
    shortened: sections.reduce((sum, section) => sum + section.pieces.filter((piece) => piece.short !== void 0).length, 0)
  };
}
function planSteps(sections) {
  const byRank = (rank, action) => sections.flatMap(
    (section, s) => section.pieces.map((piece, p) => ({ piece, p })).filter(({ piece }) => piece.rank === rank).reverse().map(({ p }) => ({ action, section: s, piece: p }))
  );
  const ranksDescending = (from, to) => Array.from({ length: from - to + 1 }, (_, i) => from - i);
  const maxRank = Math.max(LAST_ROW_RANK, ...sections.flatMap((section) => section.pieces.map((piece) => piece.rank)));
  return [
    ...ranksDescending(maxRank, LAST_ROW_RANK + 1).flatMap((rank) => byRank(rank, "drop")),
    ...ranksDescending(LAST_ROW_RANK, 0).flatMap((rank) => byRank(rank, "shorten")),
    ...ranksDescending(LAST_ROW_RANK, 0).flatMap((rank) => byRank(rank, "drop"))
  ];
}

// src/report/markdown-text.ts
function neutralizeMentions(text) {
  return text.replace(/(^|[^\w`])@(?=[\w-])/g, "$1@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/\bGH-(?=\d)/gi, (match) => `${match.slice(0, 2)}\u200B-`);
}
function cell(text) {
  return neutralizeMentions(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\\/g, "&#92;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function code(text) {
  return `<code>${escapeHtml(text.replace(/\s+/g, " "))}</code>`;
}
function linkedCode(text, url) {
  return url ? `<a href="${escapeHtml(url).replace(/"/g, "&quot;")}">${code(text)}</a>` : code(text);
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;");
}
function escapeCode(text) {
  return text.replace(/`/g, "'");
}
function codeBlock(text, language = "") {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}
${text}
${fence}`;
}
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// src/report/plan-picture.ts
var FOLD_FROM_NODES = 50;
var MAX_DRAWN_NODES = 150;
function planPicture(query) {
  if (!isPlan(query.head) || !query.head.nodes.length) return "";
  const nodes = query.head.nodes;
  const marks = markNodes(isPlan(query.base) ? query.base.nodes : [], nodes);
  const lines = ["flowchart TD"];
  const drawn = drawnNodes(nodes, marks);
  const idOf = /* @__PURE__ */ new Map();
  const parents = [];
  for (const entry of drawn) {
    const node = nodes[entry.index];
    const id = `n${entry.index}`;
    idOf.set(entry.index, id);
    const mark = marks[entry.index];
    const prefix = mark === "newSeqScan" ? "\u26A0 new: " : mark === "changed" ? "\u2731 " : "";
    const text = `${prefix}${node.label}<br/>rows ${formatRows(node.rows)} \xB7 cost ${formatCost(node.cost)}`;
    lines.push(`  ${id}["${mermaidText(text)}"]${mark === "unchanged" ? "" : `:::${mark}`}`);
    parents.length = node.depth;
    const parent = parents[node.depth - 1];
    if (parent !== void 0) lines.push(`  ${idOf.get(parent)} --> ${id}`);
    parents[node.depth] = entry.index;
    if (entry.folded) {
      lines.push(`  ${id}f["${mermaidText(`\u22EF ${entry.folded} unchanged nodes`)}"]:::folded`, `  ${id} --> ${id}f`);
    }
  }
  const cut = nodes.length - drawn.reduce((sum, entry) => sum + 1 + entry.folded, 0);
  if (cut > 0) lines.push(`  more["${mermaidText(`\u22EF ${cut} more nodes not drawn`)}"]:::folded`);
  lines.push(
    "  classDef changed fill:#fff4c2,stroke:#b08800,color:#000",
    "  classDef newSeqScan fill:#ffd7d5,stroke:#cf222e,stroke-width:3px,color:#000",
    "  classDef folded fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#57606a"
  );
  return lines.join("\n");
}
function markNodes(base, head) {
  const key = (node) => `${node.label}|${node.conditions.join("|")}`;
  const onBase = /* @__PURE__ */ new Map();
  for (const node of base) onBase.set(key(node), (onBase.get(key(node)) ?? 0) + 1);
  return head.map((node) => {
    const left = onBase.get(key(node)) ?? 0;
    if (left > 0) {
      onBase.set(key(node), left - 1);
      return "unchanged";
    }
    return isSeqScan(node) ? "newSeqScan" : "changed";
  });
}
function isSeqScan(node) {
  return /(^|: )Seq Scan on /.test(node.label);
}
function drawnNodes(nodes, marks) {
  const drawn = [];
  const fold = nodes.length >= FOLD_FROM_NODES;
  for (let index = 0; index < nodes.length && drawn.length < MAX_DRAWN_NODES; ) {
    const end = subtreeEnd(nodes, index);
    const unchanged = marks.slice(index, end).every((mark) => mark === "unchanged");
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
function subtreeEnd(nodes, start) {
  let end = start + 1;
  while (end < nodes.length && nodes[end].depth > nodes[start].depth) end++;
  return end;
}
function mermaidText(text) {
  return text.split("<br/>").map((part) => part.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/`/g, "#96;")).join("<br/>");
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var STATUS_ICON = {
  error: "\u{1F4A5}",
  regressed: "\u274C",
  new: "\u{1F195}",
  improved: "\u2705",
  changed: "\u{1F500}",
  removed: "\u{1F5D1}\uFE0F",
  unchanged: "\xB7"
};
var NOTE_NAMES = 10;
function renderMarkdown(report, options = {}) {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const hint = options.fullReportHint ?? "the full report is in the job summary and the JSON report";
  const limitName = options.limitName ?? "GitHub's comment limit";
  const header = renderHeader(report) + renderWarnings(report.warnings ?? []);
  const shown = report.queries.filter((query) => query.status !== "unchanged" || query.findings.length > 0).sort(byImportance);
  const unchanged = report.queries.length - shown.length;
  const changedEndpoints = report.endpoints.filter((endpoint) => endpointHasChange(endpoint, report.queries));
  const quietEndpoints = report.endpoints.length - changedEndpoints.length;
  const tail = (quietEndpoints > 0 ? `
${plural(quietEndpoints, "endpoint", "endpoints")} unchanged.
` : "") + (unchanged > 0 ? `
${plural(unchanged, "unchanged query", "unchanged queries")} not shown.
` : "");
  const withCapture = changedEndpoints.some((endpoint) => endpoint.captured);
  const link = (query) => queryFileUrl(query, options.sourceUrl);
  const pictured = shown.filter((query) => query.status === "regressed" || query.status === "changed").map((query) => [query, planPicture(query)]);
  const sections = [
    {
      head: "\n| | Query | Endpoint | Status | Cost base \u2192 head | Change | Work (blocks) base \u2192 head | Seq scans (head) | Findings |\n|---|---|---|---|---|---|---|---|---|\n",
      pieces: shown.map((query) => ({
        full: queryRow(query, link(query), false),
        short: queryRow(query, link(query), true),
        rank: rowRank(query),
        query: query.name
      })),
      word: "query row"
    },
    {
      head: withCapture ? "\n### Endpoints\n\n| Endpoint | Declared queries | Requests | Queries per request | Distinct queries | Cost per request base \u2192 head | Change | Findings |\n|---|---|---|---|---|---|---|---|\n" : "\n### Endpoints\n\n| Endpoint | Queries base \u2192 head | Cost base \u2192 head | Change | Findings |\n|---|---|---|---|---|\n",
      pieces: changedEndpoints.map((endpoint) => ({
        full: endpointRow(endpoint, withCapture, false),
        short: endpointRow(endpoint, withCapture, true),
        rank: hasSeverity(endpoint, "error") ? RANK.errorRow : hasSeverity(endpoint, "warning") ? RANK.warningRow : RANK.endpointRow
      })),
      word: "endpoint row"
    },
    {
      head: "\n### Captured SQL\n\n",
      pieces: changedEndpoints.flatMap((endpoint) => {
        const block = endpoint.findings.length ? capturedSqlBlock(endpoint, report.queries) : "";
        return block ? [{ full: block, rank: RANK.capturedSql }] : [];
      }),
      word: "captured SQL block"
    },
    {
      head: "\n### Plan changes\n\n",
      pieces: shown.filter((query) => hasPlanChange(query) || query.status === "new" || query.status === "error").map((query) => ({ full: diffBlock(query), rank: RANK.planDiff })),
      word: "plan diff"
    },
    {
      head: `
### Head's plans

${PICTURE_LEGEND}

`,
      pieces: pictured.filter(([, picture]) => picture).map(([query, picture]) => ({ full: pictureBlock(query, picture), rank: RANK.planPicture })),
      word: "plan picture"
    }
  ];
  const note = (omissions) => truncationNote(omissions, limitName, hint);
  const fitted = fitSections(sections, header.length + tail.length, note, maxLength);
  const body = header + fitted.text.join("") + tail + fitted.note;
  return body.length <= maxLength ? body : body.slice(0, maxLength);
}
function rowRank(query) {
  return hasSeverity(query, "error") ? RANK.errorRow : hasSeverity(query, "warning") ? RANK.warningRow : RANK.queryRow;
}
function hasSeverity(entry, severity) {
  return entry.findings.some((finding) => finding.severity === severity);
}
function truncationNote(omissions, limitName, hint) {
  const parts = omissions.dropped.map(({ word, count }) => {
    if (word !== "query row") return plural(count, word);
    const names = omissions.queries.slice(0, NOTE_NAMES).map((name) => code(clip(name, 60)));
    const more = omissions.queries.length - names.length;
    return `${plural(count, word)} (${names.join(", ")}${more > 0 ? ` and ${more} more` : ""})`;
  });
  const shortened = omissions.shortened ? `long cells of ${plural(omissions.shortened, "row")} shortened` : "";
  if (!parts.length && !shortened) return "";
  const said = [...shortened ? [shortened] : [], ...parts.length ? [`${parts.join(", ")} omitted`] : []].join("; ");
  return `
> \u2702\uFE0F Truncated to fit ${limitName}: ${said}; ${hint}.
`;
}
var PICTURE_LEGEND = "Head's plan of each regressed or changed query, with estimated rows and cost: \u2731 a node base's plan did not have as it is, \u26A0 a new Seq Scan; in plans of 50 nodes or more, unchanged subtrees are folded.";
function pictureBlock(query, picture) {
  return `<details><summary>${code(query.name)}: ${query.status}</summary>

${codeBlock(picture, "mermaid")}

</details>
`;
}
function renderHeader(report) {
  const { errors, warnings } = severityCounts(report);
  const icon = report.verdict === "pass" ? "\u2705" : "\u274C";
  const statusCounts = countBy(report.queries, (query) => query.status);
  const statusSummary = STATUS_ORDER.filter((status) => statusCounts[status]).map((status) => `${statusCounts[status]} ${status}`).join(", ");
  const runWarnings = report.warnings?.length ? ` (and ${plural(report.warnings.length, "warning")} about the run)` : "";
  const findingSummary = (errors || warnings ? `${plural(errors, "error")}, ${plural(warnings, "warning")}` : "no findings") + runWarnings;
  return `## ${icon} pg-plan-gate: ${report.verdict} \u2014 ${findingSummary}

${plural(report.queries.length, "query", "queries")}${statusSummary ? `: ${statusSummary}` : ""} \xB7 base \`${escapeCode(sideLabel(report.base))}\` \u2192 head \`${escapeCode(sideLabel(report.head))}\` \xB7 PostgreSQL ${report.engine.serverVersion} (${report.engine.kind}) \xB7 config \`${escapeCode(report.config)}\`` + (report.ignored ? ` \xB7 ${plural(report.ignored, "query", "queries")} ignored` : "") + (report.skipped?.length ? ` \xB7 ${skippedText(report.skipped)}` : "") + "\n" + (plannerText(report.planner) ? `
Planner: \`${escapeCode(plannerText(report.planner))}\`
` : "") + (report.productionStatistics ? `
${capitalized(statisticsHeadline(report.productionStatistics, /* @__PURE__ */ new Date()))}; measured work is the seed's.
` : "");
}
function planSentence(query, planMode) {
  if (!planMode) return "";
  if (query.planMode === "generic" && query.genericReason) return `Planned generically: ${escapeHtml(query.genericReason)}.

`;
  return `Planned with ${code(planMode)}.

`;
}
var MAX_WARNINGS_SHOWN = 10;
function renderWarnings(warnings) {
  if (warnings.length === 0) return "";
  const shown = warnings.slice(0, MAX_WARNINGS_SHOWN).map((warning) => `> \u26A0\uFE0F ${cell(warning.length > 300 ? `${warning.slice(0, 299)}\u2026` : warning)}
`);
  const more = warnings.length > MAX_WARNINGS_SHOWN ? `> \u2026 and ${warnings.length - MAX_WARNINGS_SHOWN} more warnings
` : "";
  return `
${shown.join("")}${more}`;
}
var SHORT_MESSAGE = 160;
var SHORT_SEQ_SCANS = 2;
function queryRow(query, url, short) {
  const message = (text) => cell(short ? clip(text, SHORT_MESSAGE) : text);
  const findings = bySeverity(query.findings.filter((finding) => finding.severity !== "info"));
  const findingText = findings.length ? findings.map((finding) => `**${ruleLink(finding.rule)}** ${message(finding.message)}`).join("<br>") : query.findings.map((finding) => ruleLink(finding.rule)).join(", ");
  const adviceNote = query.adviceNote && !short ? [`<i>${cell(query.adviceNote)}</i>`] : [];
  const advice = [...adviceLines(query, code).slice(0, short ? 1 : void 0), ...adviceNote].map((line) => `<br>${line}`).join("");
  const scans = seqScanText(query, (text) => `${text} \u{1F195}`, short ? SHORT_SEQ_SCANS : void 0);
  return `| ${STATUS_ICON[query.status] ?? ""} | ${linkedCode(query.name, url)} | ${cell(query.endpoint ?? "")} | ${query.status} | ${costText(query.base)} \u2192 ${costText(query.head)} | ${changeText(query)} | ${workCell(query)} | ${cell(scans)} | ${workExplanationLine(query)}${findingText}${advice} |
`;
}
function workCell(query) {
  const spill = spillText(query.head);
  return cell(workText(query)) + (spill ? ` \u{1F4BE} ${cell(spill)}` : "");
}
function workExplanationLine(query) {
  const line = workExplanation(query);
  return line ? `<i>${cell(line)}</i><br>` : "";
}
function endpointRow(endpoint, withCapture, short) {
  const cells = endpointCells(endpoint);
  const findings = endpoint.findings.map((finding) => `**${ruleLink(finding.rule)}** ${cell(short ? clip(finding.message, SHORT_MESSAGE) : finding.message)}`).join("<br>");
  if (withCapture) {
    const requests = cells.boundaries === "no boundaries" ? cells.boundaries : `${cells.requests}${cells.boundaries ? ` (${cells.boundaries})` : ""}`;
    return `| ${cell(endpoint.endpoint)} | ${cells.declared} | ${requests} | ${cells.perRequest} | ${cells.distinct} | ${cells.cost} | ${cells.change} | ${findings} |
`;
  }
  return `| ${cell(endpoint.endpoint)} | ${cells.declared} | ${cells.cost} | ${cells.change} | ${findings} |
`;
}
var SQL_QUERIES_SHOWN = 20;
var SQL_LENGTH_SHOWN = 2e3;
function capturedSqlBlock(endpoint, queries) {
  const named = new Set(endpoint.findings.map((finding) => finding.query).filter((name) => name));
  const own = queries.filter((query) => query.endpoint === endpoint.endpoint && query.sql !== void 0).sort((a, b) => Number(named.has(b.name)) - Number(named.has(a.name)) || byImportance(a, b));
  if (!own.length) return "";
  const shown = own.slice(0, SQL_QUERIES_SHOWN).map((query) => {
    const rules = endpoint.findings.filter((finding) => finding.query === query.name).map((finding) => finding.rule);
    const note = [query.status !== "unchanged" ? query.status : "", ...rules].filter(Boolean).join(", ");
    return `${code(query.name)}${note ? ` (${note})` : ""}

${codeBlock(clip(query.sql, SQL_LENGTH_SHOWN), "sql")}
`;
  });
  const more = own.length > shown.length ? `
\u2026 and ${plural(own.length - shown.length, "more query", "more queries")} in the JSON report.
` : "";
  return `<details><summary>${code(endpoint.endpoint)}: SQL of ${plural(own.length, "captured query", "captured queries")}</summary>

${shown.join("\n")}${more}
</details>
`;
}
function diffBlock(query) {
  let body;
  if (query.status === "error" && query.head && !isPlan(query.head)) body = `Error on head:

${codeBlock(query.head.error)}`;
  else if (query.status === "new" && isPlan(query.head)) body = `New query, plan on head:

${codeBlock(query.head.shape)}`;
  else body = codeBlock(planDiff(query), "diff");
  const planMode = planModeText(query);
  return `<details><summary>${code(query.name)}: ${query.status}</summary>

${planSentence(query, planMode)}${body}

</details>
`;
}
var capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);

export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
