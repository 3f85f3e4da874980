import { parse as parseYaml } from 'yaml';
import { errorMessage } from '../util/errors.ts';
import { normalizeSqlText } from '../util/text.ts';

/** One query as a file states it, before the config's defaults apply. */
export interface QueryBlock {
  /** The `-- name:` marker's name; undefined for a one-query file without one. */
  name?: string;
  endpoint?: string;
  params?: unknown[];
  /** 1-based line of the first SQL line in the original file. */
  line: number;
  sql: string;
  /** A bad header, reported as this query failing. */
  definitionError?: string;
  /** Which convention's parameter markers the SQL uses (rewritten to $n before parsing). */
  dialect: 'plain' | 'sqlc' | 'colon';
  /** The SQL above the first marker of a named-query file (sqlc files may open with DDL). */
  preamble?: true;
}

/**
 * Named-query markers: sqlc (`-- name: GetUser :one`), yesql/goyesql (`-- name: get-user`),
 * aiosql (`-- name: get-user^`, `<!`, `*!`, `#`), HugSQL (`-- :name get-user :? :1`).
 */
const NAME_MARKER = /^--\s*(?:name\s*:|:name\s)\s*(\S+)(.*)$/i;
const SQLC_COMMAND = /^:(one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom)\b/i;

/** A marker line, not a comment that happens to start with "name:" (`-- name: display name, may be null`). */
function markerOf(line: string): RegExpExecArray | null {
  const marker = NAME_MARKER.exec(line.trim());
  // After the name only a tool's own tokens may follow: sqlc's `:one`, HugSQL's `:? :1`.
  return marker && /^(\s+:\S*)*\s*$/.test(marker[2]!) ? marker : null;
}
const HEADER = /^--\s*(endpoint|params)\s*:\s*(.*)$/i;

/**
 * Split a query file into its queries. A file without `-- name:` markers is one query whose
 * leading comments are its header (`-- endpoint:`, `-- params:`, `-- name:`). A file with
 * markers holds one query per marker, ending at the next one; a block's own header lines
 * apply to it, and header lines above the first marker apply to every block.
 */
export function splitQueryFile(path: string, text: string): QueryBlock[] {
  const lines = normalizeSqlText(text).split('\n');
  const markers = lines.flatMap((line, index) => (markerOf(line) ? [index] : []));
  if (markers.length === 0) return [readBlock(path, lines, 0, lines.length, {}, false)];
  // A single marker among the top comments is the classic `-- name:` header of a one-query file.
  const fileHeader = readHeader(path, lines, 0, markers[0]!);
  const blocks: QueryBlock[] = [];
  const several = markers.length > 1;
  markers.forEach((start, index) => {
    const end = markers[index + 1] ?? lines.length;
    blocks.push(readBlock(path, lines, start, end, fileHeader.values, several));
  });
  if (fileHeader.sqlStart < markers[0]!) {
    // It is written in the file's own convention: sqlc's DDL is not yesql's `:name` text.
    const preamble = readBlock(path, lines, 0, markers[0]!, {}, several);
    blocks.unshift({ ...preamble, dialect: blocks[0]!.dialect, preamble: true });
  }
  return blocks;
}

interface Header {
  values: { name?: string; endpoint?: string; params?: unknown[]; definitionError?: string; dialect?: QueryBlock['dialect'] };
  /** Index of the first line that is not a comment or blank. */
  sqlStart: number;
}

function readHeader(path: string, lines: string[], start: number, end: number): Header {
  const values: Header['values'] = {};
  let index = start;
  for (; index < end; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (!line.startsWith('--')) break;
    const marker = markerOf(line);
    if (marker) {
      values.name = marker[1]!.replace(/(<!|\*!|[!$^#])$/, '');
      if (SQLC_COMMAND.test(marker[2]!.trim())) values.dialect = 'sqlc';
      else if (/:name\s/i.test(line) || marker[1] !== values.name) values.dialect = 'colon';
      continue;
    }
    const header = HEADER.exec(line);
    if (!header) continue;
    const key = header[1]!.toLowerCase();
    const value = header[2]!.trim();
    if (key === 'endpoint') values.endpoint = value;
    else {
      try {
        const parsed: unknown = parseYaml(value);
        if (!Array.isArray(parsed)) throw new Error('expected a list like [1, "a"]');
        values.params = parsed;
      } catch (error) {
        values.definitionError = `${path}:${index + 1}: -- params: ${errorMessage(error)
          .split('\n')[0]!
          .replace(/ at line \d+, column \d+:?$/, '')}`;
      }
    }
  }
  return { values, sqlStart: index };
}

function readBlock(path: string, lines: string[], start: number, end: number, inherited: Header['values'], several: boolean): QueryBlock {
  const header = readHeader(path, lines, start, end);
  const values = { ...inherited, ...header.values };
  // Several markers in one file mean a named-query tool: yesql, aiosql and HugSQL write :name parameters.
  const dialect = header.values.dialect ?? (several ? 'colon' : 'plain');
  const sql = lines.slice(header.sqlStart, end).join('\n').trim();
  return {
    ...(header.values.name !== undefined && { name: header.values.name }),
    ...(values.endpoint !== undefined && { endpoint: values.endpoint }),
    ...(values.params !== undefined && { params: values.params }),
    ...(values.definitionError !== undefined && { definitionError: values.definitionError }),
    line: Math.min(header.sqlStart + 1, Math.max(lines.length, 1)),
    sql,
    dialect,
  };
}
