import { readFile } from 'node:fs/promises';
import { UserError } from '../util/errors.ts';
import { scalarText } from '../util/text.ts';

/**
 * A query log written by the user's own CI (`capture.file`), one JSON object a line:
 *   {"endpoint": "GET /x", "sql": "SELECT ...", "request": "optional id", "params": [1, "a"]}
 * - `sql` (required): one statement; a sqlcommenter comment on it is honoured.
 * - `endpoint` (optional): wins over the statement's tags; without it the tags, then
 *   `(untagged)`, decide.
 * - `request` (optional, string or number): the request boundary; without it the tags'
 *   traceparent/request_id, else none.
 * - `params` (optional): values for $1..$n — strings, numbers, booleans, null; an array
 *   becomes a PostgreSQL array literal, an object JSON text.
 * Blank lines are skipped and other keys ignored (logs often carry timings and the like).
 */
export interface LoggedStatement {
  /** 1-based line in the file, for messages. */
  line: number;
  endpoint: string | null;
  request: string | null;
  sql: string;
  params: (string | null)[];
}

export function parseQueryLog(text: string, file: string): LoggedStatement[] {
  const out: LoggedStatement[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    const source = raw.replace(/\r$/, '').trim();
    if (!source) return;
    const where = `${file}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new UserError(`${where}: not valid JSON (${(error as Error).message})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new UserError(`${where}: expected a JSON object like {"endpoint": "GET /x", "sql": "..."}, got ${describe(value)}`);
    }
    const entry = value as Record<string, unknown>;
    if (typeof entry.sql !== 'string' || !entry.sql.trim()) throw new UserError(`${where}: "sql" must be a non-empty string`);
    const endpoint = optionalText(entry.endpoint, where, 'endpoint', false);
    const request = optionalText(entry.request, where, 'request', true);
    let params: (string | null)[] = [];
    if (entry.params !== undefined && entry.params !== null) {
      if (!Array.isArray(entry.params)) throw new UserError(`${where}: "params" must be an array, got ${describe(entry.params)}`);
      params = entry.params.map((param) => paramText(param));
    }
    out.push({ line, endpoint, request, sql: entry.sql.trim(), params });
  });
  return out;
}

/** Read and parse a query log; `display` names the file in messages (e.g. relative to the repo). */
export async function readQueryLog(path: string, display: string = path): Promise<LoggedStatement[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${display}: query log not found` : `${display}: cannot read the query log (${(error as Error).message})`);
  }
  return parseQueryLog(text, display);
}

function optionalText(value: unknown, where: string, key: string, numbers: boolean): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new UserError(`${where}: "${key}" must be a string${numbers ? ' or a number' : ''}, got ${describe(value)}`);
}

function paramText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return arrayLiteral(value);
  return JSON.stringify(value);
}

/** A PostgreSQL array literal: `{1,2}`, `{"a b","c\"d",NULL}`, nested arrays nest. */
export function arrayLiteral(values: unknown[]): string {
  const items = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    if (Array.isArray(value)) return arrayLiteral(value);
    const text = scalarText(value);
    return /^[^\s{}",\\]+$/.test(text) && text.toUpperCase() !== 'NULL' ? text : `"${text.replace(/[\\"]/g, '\\$&')}"`;
  });
  return `{${items.join(',')}}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
