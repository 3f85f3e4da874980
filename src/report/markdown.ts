import { isPlan, type QueryComparison } from '../compare/types.ts';
import {
  adviceLines,
  byImportance,
  changeText,
  endpointCells,
  costText,
  countBy,
  hasPlanChange,
  planDiff,
  plural,
  planModeText,
  plannerText,
  seqScanText,
  severityCounts,
  sideLabel,
  STATUS_ORDER,
} from './common.ts';
import type { Report } from './types.ts';
import { spillText, workExplanation, workText } from './work.ts';

/** GitHub rejects comment bodies over 65,536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

const STATUS_ICON: Record<string, string> = {
  error: '💥',
  regressed: '❌',
  new: '🆕',
  improved: '✅',
  changed: '🔀',
  removed: '🗑️',
  unchanged: '·',
};

export interface MarkdownOptions {
  /** Hard cap on the body length; least important sections are dropped first. */
  maxLength?: number;
  /** Where the untruncated report lives, named in the truncation note. */
  fullReportHint?: string;
  /** What the cap is, named in the truncation note. */
  limitName?: string;
}

/**
 * The PR-comment body: headline, table of the queries that matter, endpoint table,
 * collapsed plan diffs, unchanged queries as a count. Always within maxLength.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const hint = options.fullReportHint ?? 'the full report is in the job summary and the JSON report';
  const limitName = options.limitName ?? "GitHub's comment limit";
  const header = renderHeader(report) + renderWarnings(report.warnings ?? []);
  const shown = report.queries.filter((query) => query.status !== 'unchanged' || query.findings.length > 0).sort(byImportance);
  const unchanged = report.queries.length - shown.length;
  const unchangedLine = unchanged > 0 ? `\n${plural(unchanged, 'unchanged query', 'unchanged queries')} not shown.\n` : '';

  const queryHead = '\n| | Query | Endpoint | Status | Cost base → head | Change | Work (blocks) base → head | Seq scans (head) | Findings |\n|---|---|---|---|---|---|---|---|---|\n';
  const queryRows = shown.map(queryRow);
  const withCapture = report.endpoints.some((endpoint) => endpoint.captured);
  const endpointHead = withCapture
    ? '\n### Endpoints\n\n| Endpoint | Declared queries | Requests | Queries per request | Distinct queries | Cost base → head | Change | Findings |\n|---|---|---|---|---|---|---|---|\n'
    : '\n### Endpoints\n\n| Endpoint | Queries base → head | Cost base → head | Change | Findings |\n|---|---|---|---|---|\n';
  const endpointRows = report.endpoints.map((endpoint) => endpointRow(endpoint, withCapture));
  const diffHead = '\n### Plan changes\n\n';
  const diffBlocks = shown.filter((query) => hasPlanChange(query) || query.status === 'new' || query.status === 'error').map(diffBlock);

  // Reserve room for the fixed parts and a truncation note, then fill by priority:
  // rows with errors or warnings (queries and endpoints) first, then the other query rows,
  // the other endpoint rows, and plan diffs last. Sections keep their display order.
  const note = (omitted: string[]) => (omitted.length ? `\n> ✂️ Truncated to fit ${limitName}: ${omitted.join(', ')} omitted; ${hint}.\n` : '');
  const reserve = header.length + unchangedLine.length + note(['999999 query rows', '999999 endpoint rows', '999999 plan diffs']).length;
  const sections = [
    { head: queryHead, items: queryRows, urgent: shown.map(hasActionableFinding), word: 'query row' },
    { head: endpointHead, items: endpointRows, urgent: report.endpoints.map(hasActionableFinding), word: 'endpoint row' },
    { head: diffHead, items: diffBlocks, urgent: diffBlocks.map(() => false), word: 'plan diff' },
  ];
  const included = sections.map((section) => section.items.map(() => false));
  const opened = sections.map(() => false);
  let budget = maxLength - reserve;
  const order: [number, number][] = [];
  for (const pass of [true, false]) {
    sections.forEach((section, sectionIndex) =>
      section.items.forEach((_, itemIndex) => {
        if (section.urgent[itemIndex] === pass) order.push([sectionIndex, itemIndex]);
      }),
    );
  }
  const blocked = sections.map(() => false);
  for (const [sectionIndex, itemIndex] of order) {
    if (blocked[sectionIndex]) continue;
    const section = sections[sectionIndex]!;
    const cost = section.items[itemIndex]!.length + (opened[sectionIndex] ? 0 : section.head.length);
    if (cost > budget) {
      // Once a less urgent item of a section does not fit, the rest of it waits: rows stay in order.
      if (!section.urgent[itemIndex]) blocked[sectionIndex] = true;
      continue;
    }
    budget -= cost;
    opened[sectionIndex] = true;
    included[sectionIndex]![itemIndex] = true;
  }
  const omitted: string[] = [];
  const rendered = sections.map((section, sectionIndex) => {
    const kept = section.items.filter((_, itemIndex) => included[sectionIndex]![itemIndex]);
    const dropped = section.items.length - kept.length;
    if (dropped) omitted.push(plural(dropped, section.word));
    return kept.length ? section.head + kept.join('') : '';
  });
  const body = header + rendered.join('') + unchangedLine + note(omitted);
  return body.length <= maxLength ? body : body.slice(0, maxLength);
}

function hasActionableFinding(entry: { findings: readonly { severity: string }[] }): boolean {
  return entry.findings.some((finding) => finding.severity === 'error' || finding.severity === 'warning');
}

function renderHeader(report: Report): string {
  const { errors, warnings } = severityCounts(report);
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  const statusCounts = countBy(report.queries, (query) => query.status);
  const statusSummary = STATUS_ORDER.filter((status) => statusCounts[status]).map((status) => `${statusCounts[status]} ${status}`).join(', ');
  const runWarnings = report.warnings?.length ? ` (and ${plural(report.warnings.length, 'warning')} about the run)` : '';
  const findingSummary = (errors || warnings ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'no findings') + runWarnings;
  return (
    `## ${icon} pg-plan-gate: ${report.verdict} — ${findingSummary}\n\n` +
    `${plural(report.queries.length, 'query', 'queries')}${statusSummary ? `: ${statusSummary}` : ''} · ` +
    `base \`${escapeCode(sideLabel(report.base))}\` → head \`${escapeCode(sideLabel(report.head))}\` · ` +
    `PostgreSQL ${report.engine.serverVersion} (${report.engine.kind}) · config \`${escapeCode(report.config)}\`` +
    (report.ignored ? ` · ${plural(report.ignored, 'query', 'queries')} ignored` : '') +
    '\n' +
    (plannerText(report.planner) ? `\nPlanner: \`${escapeCode(plannerText(report.planner))}\`\n` : '')
  );
}

/** At most a few lines, so the comment's size stays predictable; the job summary and JSON have them all. */
const MAX_WARNINGS_SHOWN = 10;

function renderWarnings(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  const shown = warnings.slice(0, MAX_WARNINGS_SHOWN).map((warning) => `> ⚠️ ${cell(warning.length > 300 ? `${warning.slice(0, 299)}…` : warning)}\n`);
  const more = warnings.length > MAX_WARNINGS_SHOWN ? `> … and ${warnings.length - MAX_WARNINGS_SHOWN} more warnings\n` : '';
  return `\n${shown.join('')}${more}`;
}

function queryRow(query: QueryComparison): string {
  const findings = query.findings.filter((finding) => finding.severity !== 'info');
  const findingText = findings.length
    ? findings.map((finding) => `**${finding.rule}** ${cell(finding.message)}`).join('<br>')
    : query.findings.map((finding) => finding.rule).join(', ');
  // The fix beside the finding: what to try, and what the cost would be.
  const advice = [...adviceLines(query, code), ...(query.adviceNote ? [`<i>${cell(query.adviceNote)}</i>`] : [])].map((line) => `<br>${line}`).join('');
  return `| ${STATUS_ICON[query.status] ?? ''} | ${code(query.name)} | ${cell(query.endpoint ?? '')} | ${query.status} | ${costText(query.base)} → ${costText(query.head)} | ${changeText(query)} | ${workCell(query)} | ${cell(seqScanText(query.head))} | ${workExplanationLine(query)}${findingText}${advice} |\n`;
}

/** Blocks base → head, and 💾 with how much head's plan wrote to temp files. */
function workCell(query: QueryComparison): string {
  const spill = spillText(query.head);
  return cell(workText(query)) + (spill ? ` 💾 ${cell(spill)}` : '');
}

function workExplanationLine(query: QueryComparison): string {
  const line = workExplanation(query);
  return line ? `<i>${cell(line)}</i><br>` : '';
}

function endpointRow(endpoint: Report['endpoints'][number], withCapture: boolean): string {
  const cells = endpointCells(endpoint);
  const findings = endpoint.findings.map((finding) => `**${finding.rule}** ${cell(finding.message)}`).join('<br>');
  if (withCapture) {
    return `| ${cell(endpoint.endpoint)} | ${cells.declared} | ${cells.requests} | ${cells.perRequest} | ${cells.distinct} | ${cells.cost} | ${cells.change} | ${findings} |\n`;
  }
  return `| ${cell(endpoint.endpoint)} | ${cells.declared} | ${cells.cost} | ${cells.change} | ${findings} |\n`;
}

function diffBlock(query: QueryComparison): string {
  let body: string;
  if (query.status === 'error' && query.head && !isPlan(query.head)) body = `Error on head:\n\n\`\`\`\n${fence(query.head.error)}\n\`\`\``;
  else if (query.status === 'new' && isPlan(query.head)) body = `New query, plan on head:\n\n\`\`\`\n${fence(query.head.shape)}\n\`\`\``;
  else body = `\`\`\`diff\n${fence(planDiff(query))}\n\`\`\``;
  const planMode = planModeText(query);
  // In code: seeded values such as `@user` must not mention anyone.
  return `<details><summary>${code(query.name)}: ${query.status}</summary>\n\n${planMode ? `Planned with ${code(planMode)}.\n\n` : ''}${body}\n\n</details>\n`;
}

function cell(text: string): string {
  // A backslash before a pipe would un-escape it and split the cell.
  // HTML-escaped too: an endpoint like `<!--` must not hide the rest of the comment.
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '&#92;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `<code>${escapeHtml(text.replace(/\s+/g, ' '))}</code>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}

function fence(text: string): string {
  return text.replace(/```/g, '`\u200b``');
}
