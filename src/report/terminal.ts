import { isPlan } from '../explain/query-result.ts';
import { plural, severityCounts } from './counts.ts';
import { endpointCells, endpointHasChange } from './endpoint-cells.ts';
import { byImportance, bySeverity } from './importance.ts';
import { hasPlanChange, planDiff } from './plan-diff.ts';
import { statisticsHeadline } from '../statistics/use.ts';
import { adviceLines, changeText, costText, planModeText, plannerText, seqScanText, skippedText } from './query-cells.ts';
import { sideLabel } from '../sides/label.ts';
import type { Report } from './report.ts';
import { spillText, workExplanation, workText } from './work-text.ts';

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
type Colour = keyof typeof ANSI;

const STATUS_COLOUR: Record<string, Colour> = {
  error: 'red',
  regressed: 'red',
  improved: 'green',
  new: 'yellow',
  changed: 'yellow',
  removed: 'dim',
  unchanged: 'dim',
};

/** The human report on stdout: readable as plain text, coloured on a TTY. */
export function renderTerminal(report: Report, options: { colour: boolean }): string {
  const paint = (colour: Colour, text: string) => (options.colour ? `${ANSI[colour]}${text}${ANSI.reset}` : text);
  const { errors, warnings } = severityCounts(report);
  const lines: string[] = [];
  const verdict = report.verdict === 'pass' ? paint('green', 'PASS') : paint('red', 'FAIL');
  const runWarnings = report.warnings?.length ? ` (and ${plural(report.warnings.length, 'warning')} about the run, below)` : '';
  lines.push(`${paint('bold', 'pg-plan-gate')}: ${verdict} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${runWarnings}`);
  lines.push(`base ${sideLabel(report.base)} → head ${sideLabel(report.head)} · PostgreSQL ${report.engine.serverVersion} (${report.engine.kind})`);
  const planner = plannerText(report.planner);
  if (planner) lines.push(paint('dim', `planner: ${planner}`));
  if (report.productionStatistics) lines.push(paint('dim', statisticsHeadline(report.productionStatistics, new Date())));
  if (report.ignored) lines.push(paint('dim', `${plural(report.ignored, 'query', 'queries')} ignored (ignore:)`));
  if (report.skipped?.length) lines.push(paint('dim', `${skippedText(report.skipped)} (the JSON report lists them)`));

  for (const warning of report.warnings ?? []) lines.push(paint('yellow', `warning: ${warning}`));
  const shown = report.queries.filter((query) => query.status !== 'unchanged' || query.findings.length > 0).sort(byImportance);
  if (shown.length) {
    lines.push('', paint('bold', 'Queries'));
    const width = Math.min(48, Math.max(...shown.map((query) => query.name.length)));
    for (const query of shown) {
      const status = paint(STATUS_COLOUR[query.status] ?? 'reset', query.status.padEnd(9));
      const cost = `${costText(query.base)} → ${costText(query.head)}`;
      const change = changeText(query);
      lines.push(`  ${status} ${query.name.padEnd(width)}  ${cost}${change ? `  ${change}` : ''}${query.endpoint ? `  [${query.endpoint}]` : ''}`);
      const work = workLine(query);
      if (work) lines.push(`            ${work}`);
      const explanation = workExplanation(query);
      if (explanation) lines.push(`            ${paint('red', explanation)}`);
      const scans = seqScanText(query, (text) => paint('red', `${text} new`));
      if (scans) lines.push(`            seq scans on head: ${scans}`);
      const planMode = planModeText(query);
      if (planMode) lines.push(paint('dim', `            ${planMode}`));
      for (const finding of bySeverity(query.findings)) {
        const colour: Colour = finding.severity === 'error' ? 'red' : finding.severity === 'warning' ? 'yellow' : 'dim';
        lines.push(`            ${paint(colour, `${finding.severity} ${finding.rule}`)}: ${finding.message}`);
      }
      for (const line of adviceLines(query)) lines.push(`            ${paint('green', line)}`);
      if (query.adviceNote) lines.push(paint('dim', `            ${query.adviceNote}`));
    }
  }
  // Like the comment: only endpoints with a change or a finding, the rest as a count.
  const changedEndpoints = report.endpoints.filter((endpoint) => endpointHasChange(endpoint, report.queries));
  const quietEndpoints = report.endpoints.length - changedEndpoints.length;
  if (changedEndpoints.length) {
    lines.push('', paint('bold', 'Endpoints'));
    for (const endpoint of changedEndpoints) {
      const cells = endpointCells(endpoint);
      const declared = endpoint.source === 'captured' ? '' : `${cells.declared} declared queries, `;
      const captured = endpoint.captured
        ? cells.boundaries === 'no boundaries'
          ? `no request boundaries, ${cells.perRequest} queries, ${cells.distinct} distinct, `
          : `${cells.requests} requests${cells.boundaries ? ` (${cells.boundaries})` : ''}, ${cells.perRequest} queries per request, ${cells.distinct} distinct, `
        : '';
      lines.push(
        `  ${endpoint.endpoint}: ${declared}${captured}${endpoint.captured ? 'cost per request' : 'cost'} ${cells.cost}${cells.change ? `  ${cells.change}` : ''}`,
      );
      for (const finding of endpoint.findings) lines.push(`    ${paint('red', `${finding.severity} ${finding.rule}`)}: ${finding.message}`);
    }
  }
  const diffs = shown.filter(hasPlanChange);
  if (diffs.length) {
    lines.push('', paint('bold', 'Plan changes'));
    for (const query of diffs) {
      lines.push(`  ${query.name}`);
      for (const line of planDiff(query).split('\n')) {
        if (line.startsWith('---') || line.startsWith('+++')) continue;
        const colour: Colour = line.startsWith('+') ? 'green' : line.startsWith('-') ? 'red' : 'dim';
        lines.push(`    ${paint(colour, line)}`);
      }
    }
  }
  const newPlans = shown.filter((query) => query.status === 'new' && isPlan(query.head));
  for (const query of newPlans) {
    if (!isPlan(query.head)) continue;
    lines.push('', `  ${query.name} (new) plan:`, ...query.head.shape.split('\n').map((line) => `    ${line}`));
  }
  if (quietEndpoints) lines.push('', paint('dim', `${plural(quietEndpoints, 'endpoint', 'endpoints')} unchanged.`));
  const unchanged = report.queries.length - shown.length;
  if (unchanged) lines.push('', paint('dim', `${plural(unchanged, 'unchanged query', 'unchanged queries')}.`));
  lines.push(paint('dim', `done in ${(report.timings.totalMs / 1000).toFixed(1)} s`));
  return lines.join('\n') + '\n';
}

/** `work: 2,062 → 20,620 blocks (×10), spills 9.8 MB on head`. */
function workLine(query: Report['queries'][number]): string {
  const work = workText(query, ' blocks');
  if (!work) return '';
  const spill = spillText(query.head);
  return `work: ${work}${spill ? `, ${spill} on head` : ''}`;
}
