import { type QueryComparison } from '../compare/comparison.ts';
import { isPlan } from '../explain/query-result.ts';
import { countBy, plural, severityCounts } from './counts.ts';
import { endpointCells, endpointHasChange } from './endpoint-cells.ts';
import { byImportance, bySeverity, STATUS_ORDER } from './importance.ts';
import { queryFileUrl, ruleLink } from './links.ts';
import { hasPlanChange, planDiff } from './plan-diff.ts';
import { statisticsHeadline } from '../statistics/use.ts';
import { adviceLines, changeText, costText, planModeText, plannerText, seqScanText, skippedText } from './query-cells.ts';
import { sideLabel } from '../sides/label.ts';
import { fitSections, RANK, type Omissions, type Section } from './fit.ts';
import { cell, clip, code, codeBlock, escapeCode, escapeHtml, linkedCode } from './markdown-text.ts';
import { planPicture } from './plan-picture.ts';
import type { Report } from './report.ts';
import { spillText, workExplanation, workText } from './work-text.ts';

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
  /** URL of the repository's files at head's commit (`https://github.com/o/r/blob/<sha>/`): query names link to their file and line. */
  sourceUrl?: string;
}

/** How many omitted queries the truncation note names before it only counts. */
const NOTE_NAMES = 10;

/**
 * The PR-comment body: headline, table of the queries that matter, endpoint table (endpoints
 * with a change), collapsed plan diffs and pictures of head's plans, unchanged queries as a
 * count. Always within maxLength (see fit.ts for what is given up first).
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const hint = options.fullReportHint ?? 'the full report is in the job summary and the JSON report';
  const limitName = options.limitName ?? "GitHub's comment limit";
  const header = renderHeader(report) + renderWarnings(report.warnings ?? []);
  const shown = report.queries.filter((query) => query.status !== 'unchanged' || query.findings.length > 0).sort(byImportance);
  const unchanged = report.queries.length - shown.length;
  const changedEndpoints = report.endpoints.filter((endpoint) => endpointHasChange(endpoint, report.queries));
  const quietEndpoints = report.endpoints.length - changedEndpoints.length;
  const tail =
    (quietEndpoints > 0 ? `\n${plural(quietEndpoints, 'endpoint', 'endpoints')} unchanged.\n` : '') +
    (unchanged > 0 ? `\n${plural(unchanged, 'unchanged query', 'unchanged queries')} not shown.\n` : '');

  const withCapture = changedEndpoints.some((endpoint) => endpoint.captured);
  const link = (query: QueryComparison) => queryFileUrl(query, options.sourceUrl);
  const pictured = shown.filter((query) => query.status === 'regressed' || query.status === 'changed').map((query) => [query, planPicture(query)] as const);
  const sections: Section[] = [
    {
      head: '\n| | Query | Endpoint | Status | Cost base → head | Change | Work (blocks) base → head | Seq scans (head) | Findings |\n|---|---|---|---|---|---|---|---|---|\n',
      pieces: shown.map((query) => ({
        full: queryRow(query, link(query), false),
        short: queryRow(query, link(query), true),
        rank: rowRank(query),
        query: query.name,
      })),
      word: 'query row',
    },
    {
      head: withCapture
        ? '\n### Endpoints\n\n| Endpoint | Declared queries | Requests | Queries per request | Distinct queries | Cost per request base → head | Change | Findings |\n|---|---|---|---|---|---|---|---|\n'
        : '\n### Endpoints\n\n| Endpoint | Queries base → head | Cost base → head | Change | Findings |\n|---|---|---|---|---|\n',
      pieces: changedEndpoints.map((endpoint) => ({
        full: endpointRow(endpoint, withCapture, false),
        short: endpointRow(endpoint, withCapture, true),
        rank: hasSeverity(endpoint, 'error') ? RANK.errorRow : hasSeverity(endpoint, 'warning') ? RANK.warningRow : RANK.endpointRow,
      })),
      word: 'endpoint row',
    },
    {
      head: '\n### Captured SQL\n\n',
      pieces: changedEndpoints.flatMap((endpoint) => {
        const block = endpoint.findings.length ? capturedSqlBlock(endpoint, report.queries) : '';
        return block ? [{ full: block, rank: RANK.capturedSql }] : [];
      }),
      word: 'captured SQL block',
    },
    {
      head: '\n### Plan changes\n\n',
      pieces: shown
        .filter((query) => hasPlanChange(query) || query.status === 'new' || query.status === 'error')
        .map((query) => ({ full: diffBlock(query), rank: RANK.planDiff })),
      word: 'plan diff',
    },
    {
      head: `\n### Head's plans\n\n${PICTURE_LEGEND}\n\n`,
      pieces: pictured.filter(([, picture]) => picture).map(([query, picture]) => ({ full: pictureBlock(query, picture), rank: RANK.planPicture })),
      word: 'plan picture',
    },
  ];
  const note = (omissions: Omissions) => truncationNote(omissions, limitName, hint);
  const fitted = fitSections(sections, header.length + tail.length, note, maxLength);
  const body = header + fitted.text.join('') + tail + fitted.note;
  return body.length <= maxLength ? body : body.slice(0, maxLength);
}

function rowRank(query: QueryComparison): number {
  return hasSeverity(query, 'error') ? RANK.errorRow : hasSeverity(query, 'warning') ? RANK.warningRow : RANK.queryRow;
}

function hasSeverity(entry: { findings: readonly { severity: string }[] }, severity: string): boolean {
  return entry.findings.some((finding) => finding.severity === severity);
}

/** `> ✂️ Truncated to fit ...: 3 plan pictures, 12 query rows (a, b, ... and 2 more) omitted; ...`. */
function truncationNote(omissions: Omissions, limitName: string, hint: string): string {
  const parts = omissions.dropped.map(({ word, count }) => {
    if (word !== 'query row') return plural(count, word);
    const names = omissions.queries.slice(0, NOTE_NAMES).map((name) => code(clip(name, 60)));
    const more = omissions.queries.length - names.length;
    return `${plural(count, word)} (${names.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
  });
  const shortened = omissions.shortened ? `long cells of ${plural(omissions.shortened, 'row')} shortened` : '';
  if (!parts.length && !shortened) return '';
  const said = [...(shortened ? [shortened] : []), ...(parts.length ? [`${parts.join(', ')} omitted`] : [])].join('; ');
  return `\n> ✂️ Truncated to fit ${limitName}: ${said}; ${hint}.\n`;
}

const PICTURE_LEGEND =
  "Head's plan of each regressed or changed query, with estimated rows and cost: ✱ a node base's plan did not have as it is, ⚠ a new Seq Scan; in plans of 50 nodes or more, unchanged subtrees are folded.";

function pictureBlock(query: QueryComparison, picture: string): string {
  return `<details><summary>${code(query.name)}: ${query.status}</summary>\n\n${codeBlock(picture, 'mermaid')}\n\n</details>\n`;
}

function renderHeader(report: Report): string {
  const { errors, warnings } = severityCounts(report);
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  const statusCounts = countBy(report.queries, (query) => query.status);
  const statusSummary = STATUS_ORDER.filter((status) => statusCounts[status])
    .map((status) => `${statusCounts[status]} ${status}`)
    .join(', ');
  const runWarnings = report.warnings?.length ? ` (and ${plural(report.warnings.length, 'warning')} about the run)` : '';
  const findingSummary = (errors || warnings ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'no findings') + runWarnings;
  return (
    `## ${icon} pg-plan-gate: ${report.verdict} — ${findingSummary}\n\n` +
    `${plural(report.queries.length, 'query', 'queries')}${statusSummary ? `: ${statusSummary}` : ''} · ` +
    `base \`${escapeCode(sideLabel(report.base))}\` → head \`${escapeCode(sideLabel(report.head))}\` · ` +
    `PostgreSQL ${report.engine.serverVersion} (${report.engine.kind}) · config \`${escapeCode(report.config)}\`` +
    (report.ignored ? ` · ${plural(report.ignored, 'query', 'queries')} ignored` : '') +
    (report.skipped?.length ? ` · ${skippedText(report.skipped)}` : '') +
    '\n' +
    (plannerText(report.planner) ? `\nPlanner: \`${escapeCode(plannerText(report.planner))}\`\n` : '') +
    (report.productionStatistics ? `\n${capitalized(statisticsHeadline(report.productionStatistics, new Date()))}; measured work is the seed's.\n` : '')
  );
}

/** `Planned with `params [7]`.`, or for a generic plan the parameter that got no value and why. */
function planSentence(query: QueryComparison, planMode: string): string {
  if (!planMode) return '';
  if (query.planMode === 'generic' && query.genericReason) return `Planned generically: ${escapeHtml(query.genericReason)}.\n\n`;
  return `Planned with ${code(planMode)}.\n\n`;
}

/** At most a few lines, so the comment's size stays predictable; the job summary and JSON have them all. */
const MAX_WARNINGS_SHOWN = 10;

function renderWarnings(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  const shown = warnings.slice(0, MAX_WARNINGS_SHOWN).map((warning) => `> ⚠️ ${cell(warning.length > 300 ? `${warning.slice(0, 299)}…` : warning)}\n`);
  const more = warnings.length > MAX_WARNINGS_SHOWN ? `> … and ${warnings.length - MAX_WARNINGS_SHOWN} more warnings\n` : '';
  return `\n${shown.join('')}${more}`;
}

/** Cells cut in a short row: enough to say what is wrong, the rest is in the full report. */
const SHORT_MESSAGE = 160;
const SHORT_SEQ_SCANS = 2;

function queryRow(query: QueryComparison, url: string | null, short: boolean): string {
  const message = (text: string) => cell(short ? clip(text, SHORT_MESSAGE) : text);
  const findings = bySeverity(query.findings.filter((finding) => finding.severity !== 'info'));
  const findingText = findings.length
    ? findings.map((finding) => `**${ruleLink(finding.rule)}** ${message(finding.message)}`).join('<br>')
    : query.findings.map((finding) => ruleLink(finding.rule)).join(', ');
  // The fix beside the finding: what to try, and what the cost would be.
  const adviceNote = query.adviceNote && !short ? [`<i>${cell(query.adviceNote)}</i>`] : [];
  const advice = [...adviceLines(query, code).slice(0, short ? 1 : undefined), ...adviceNote].map((line) => `<br>${line}`).join('');
  const scans = seqScanText(query, (text) => `${text} 🆕`, short ? SHORT_SEQ_SCANS : undefined);
  return `| ${STATUS_ICON[query.status] ?? ''} | ${linkedCode(query.name, url)} | ${cell(query.endpoint ?? '')} | ${query.status} | ${costText(query.base)} → ${costText(query.head)} | ${changeText(query)} | ${workCell(query)} | ${cell(scans)} | ${workExplanationLine(query)}${findingText}${advice} |\n`;
}

/** Blocks base → head, and 💾 with how much head's plan wrote to temp files. */
function workCell(query: QueryComparison): string {
  const spill = spillText(query.head);
  return cell(workText(query)) + (spill ? ` 💾 ${cell(spill)}` : '');
}

/** "estimated cost unchanged; measured work ×40" above the findings it explains. */
function workExplanationLine(query: QueryComparison): string {
  const line = workExplanation(query);
  return line ? `<i>${cell(line)}</i><br>` : '';
}

function endpointRow(endpoint: Report['endpoints'][number], withCapture: boolean, short: boolean): string {
  const cells = endpointCells(endpoint);
  const findings = endpoint.findings
    .map((finding) => `**${ruleLink(finding.rule)}** ${cell(short ? clip(finding.message, SHORT_MESSAGE) : finding.message)}`)
    .join('<br>');
  if (withCapture) {
    const requests = cells.boundaries === 'no boundaries' ? cells.boundaries : `${cells.requests}${cells.boundaries ? ` (${cells.boundaries})` : ''}`;
    return `| ${cell(endpoint.endpoint)} | ${cells.declared} | ${requests} | ${cells.perRequest} | ${cells.distinct} | ${cells.cost} | ${cells.change} | ${findings} |\n`;
  }
  return `| ${cell(endpoint.endpoint)} | ${cells.declared} | ${cells.cost} | ${cells.change} | ${findings} |\n`;
}

/** Captured queries listed per endpoint at most; the JSON report has them all. */
const SQL_QUERIES_SHOWN = 20;
const SQL_LENGTH_SHOWN = 2_000;

/**
 * The normalized SQL of an endpoint's captured queries, collapsed: those a finding names
 * first, then the most important; what `(untagged)` ran and which query an N+1 repeats.
 */
function capturedSqlBlock(endpoint: Report['endpoints'][number], queries: readonly QueryComparison[]): string {
  const named = new Set(endpoint.findings.map((finding) => finding.query).filter((name) => name));
  const own = queries
    .filter((query) => query.endpoint === endpoint.endpoint && query.sql !== undefined)
    .sort((a, b) => Number(named.has(b.name)) - Number(named.has(a.name)) || byImportance(a, b));
  if (!own.length) return '';
  const shown = own.slice(0, SQL_QUERIES_SHOWN).map((query) => {
    const rules = endpoint.findings.filter((finding) => finding.query === query.name).map((finding) => finding.rule);
    const note = [query.status !== 'unchanged' ? query.status : '', ...rules].filter(Boolean).join(', ');
    return `${code(query.name)}${note ? ` (${note})` : ''}\n\n${codeBlock(clip(query.sql!, SQL_LENGTH_SHOWN), 'sql')}\n`;
  });
  const more = own.length > shown.length ? `\n… and ${plural(own.length - shown.length, 'more query', 'more queries')} in the JSON report.\n` : '';
  return `<details><summary>${code(endpoint.endpoint)}: SQL of ${plural(own.length, 'captured query', 'captured queries')}</summary>\n\n${shown.join('\n')}${more}\n</details>\n`;
}

function diffBlock(query: QueryComparison): string {
  let body: string;
  if (query.status === 'error' && query.head && !isPlan(query.head)) body = `Error on head:\n\n${codeBlock(query.head.error)}`;
  else if (query.status === 'new' && isPlan(query.head)) body = `New query, plan on head:\n\n${codeBlock(query.head.shape)}`;
  else body = codeBlock(planDiff(query), 'diff');
  const planMode = planModeText(query);
  // In code: seeded values such as `@user` must not mention anyone.
  return `<details><summary>${code(query.name)}: ${query.status}</summary>\n\n${planSentence(query, planMode)}${body}\n\n</details>\n`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
