import { renderMarkdown } from '../report/markdown.ts';
import type { Report } from '../report/report.ts';

/** GitHub rejects a step summary over 1 MiB (bytes, not characters). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** The full report for the job summary; only a report too large for 1 MiB is cut, and says so. */
export function jobSummary(report: Report, reportPath: string, commentProblem: string | null, sourceUrl?: string): string {
  const note = commentProblem ? `\n> ⚠️ ${commentProblem}\n` : '';
  const budget = SUMMARY_LIMIT_BYTES - Buffer.byteLength(note) - 1024;
  let maxLength = budget;
  for (;;) {
    const body = renderMarkdown(report, {
      maxLength,
      fullReportHint: `the full report is in the JSON report (${reportPath})`,
      limitName: "GitHub's 1 MiB job summary limit",
      ...(sourceUrl && { sourceUrl }),
    });
    const bytes = Buffer.byteLength(body);
    if (bytes <= budget) return body + note;
    // Multi-byte characters: shrink the character budget by the overshoot and render again.
    maxLength = Math.floor((maxLength * budget) / bytes) - 1;
  }
}
