import type { ScriptStep } from '../database.ts';

/**
 * The line of a schema or seed file that a failed step's error points at. PostgreSQL reports
 * where in the statement it failed (`position`: 1-based, in characters) and, for COPY, which
 * data row (`COPY t, line 3, column id: "x"` in the error context); a 200-line CREATE
 * TABLE or a 10,000-row COPY is only useful to fix with that line. Else the step's first line.
 */
export function errorLine(step: Exclude<ScriptStep, { kind: 'skipped' }>, error: unknown): number {
  const { position, where } = error as { position?: unknown; where?: unknown };
  if (step.kind === 'copy') {
    // Data row N is file line N below the COPY statement (pg_dump's text format: one row a line).
    const row = typeof where === 'string' ? /^COPY .*?, line (\d+)/m.exec(where) : null;
    return row ? step.line + Number(row[1]) : step.line;
  }
  const at = Number(position);
  if (!Number.isInteger(at) || at < 1) return step.line;
  return step.line + newlinesBefore(step.sql, at - 1);
}

/** Newlines among the first `characters` characters (code points, as PostgreSQL counts them). */
function newlinesBefore(text: string, characters: number): number {
  let seen = 0;
  let newlines = 0;
  for (const character of text) {
    if (seen++ >= characters) break;
    if (character === '\n') newlines++;
  }
  return newlines;
}
