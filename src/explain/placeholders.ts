import type { QueryBlock } from './query-file.ts';
import { numberSqlcParams } from './sqlc-params.ts';

/**
 * Query text as an application keeps it → SQL PostgreSQL can parse: the config's
 * `placeholders:` replacements first, then a named-query tool's parameters as `$1, $2, ...`,
 * the same name the same number: sqlc's (`@id`, `sqlc.arg(id)`) as sqlc numbers them (see
 * numberSqlcParams), yesql/aiosql/HugSQL's `:id` in order of first appearance. Strings,
 * quoted names and comments are left alone.
 */
export function toPostgresSql(sql: string, dialect: QueryBlock['dialect'], placeholders: Readonly<Record<string, string>>): string {
  return toPostgresSqlNamed(sql, dialect, placeholders).sql;
}

/** toPostgresSql, and the tool's name of each `$n` it wrote (for saying which parameter stayed generic). */
export function toPostgresSqlNamed(
  sql: string,
  dialect: QueryBlock['dialect'],
  placeholders: Readonly<Record<string, string>>,
): { sql: string; names: Map<number, string> } {
  let text = sql;
  // Longest first, so `%query_full%` is not cut by `%query%`.
  for (const key of Object.keys(placeholders).sort((a, b) => b.length - a.length)) text = text.split(key).join(placeholders[key]);
  if (dialect === 'plain') return { sql: text, names: new Map() };
  if (dialect === 'sqlc') {
    // sqlc.arg('name') quotes its name: rewritten before strings are set aside. sqlc.embed(t) selects t's columns.
    text = text.replace(/\bsqlc\.(arg|narg|slice)\(\s*'([A-Za-z_]\w*)'\s*\)/gi, (_, kind: string, name: string) => `sqlc.${kind.toLowerCase()}(${name})`);
    text = text.replace(/\bsqlc\.embed\(\s*([A-Za-z_]\w*)\s*\)/gi, (_, table: string) => `${table}.*`);
    return numberSqlcParams(
      text,
      mapCode(
        text,
        (code) => code,
        (other) => other.replace(/[^\n]/g, ' '),
      ),
    );
  }
  const numbers = new Map<string, number>();
  const names = new Map<number, string>();
  let next = Math.max(0, ...[...codeOnly(text).matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  const numberOf = (name: string) => {
    if (!numbers.has(name)) {
      numbers.set(name, ++next);
      names.set(next, name);
    }
    return `$${numbers.get(name)}`;
  };
  const rewritten = mapCode(text, (code) =>
    code
      // HugSQL's typed parameters: `:v:id`, `:v*:ids` (a value list), `:t*:rows`; identifiers and snippets are not values.
      .replace(/(?<![\w:]):(?:v|value|t|tuple)\*?:([A-Za-z_][\w-]*)/g, (_, name: string) => numberOf(name))
      .replace(/(?<![\w:])::?([A-Za-z_]\w*)/g, (match: string, name: string) => (match.startsWith('::') ? match : numberOf(name))),
  );
  return { sql: rewritten, names };
}

/** Tokens that look like an application's own placeholders, outside strings and comments. */
export function leftoverPlaceholders(sql: string): string[] {
  const found = codeOnly(sql).match(/%\([A-Za-z_]\w*\)s|%[A-Za-z_]\w*%|%s\b|\{\{[^}]*\}\}|\$\{[^}]*\}/g) ?? [];
  return [...new Set(found)];
}

/** The text with strings, quoted identifiers and comments blanked out. */
function codeOnly(sql: string): string {
  return mapCode(
    sql,
    (code) => code,
    () => ' ',
  );
}

/**
 * Apply `transform` to the SQL outside '...', E'...', "...", $tag$...$tag$, -- and /* *\/
 * sections; those are kept as they are (or replaced by `other`).
 */
function mapCode(sql: string, transform: (code: string) => string, other: (text: string) => string = (text) => text): string {
  let out = '';
  let code = '';
  let index = 0;
  const flushCode = () => {
    out += transform(code);
    code = '';
  };
  while (index < sql.length) {
    const rest = sql.slice(index);
    let end = -1;
    if (rest.startsWith('--')) end = endOf(rest, '\n', 2, true);
    else if (rest.startsWith('/*')) end = endOf(rest, '*/', 2);
    else if (rest[0] === "'") end = quotedEnd(rest, "'", /(^|[^\w])[Ee]$/.test(sql.slice(Math.max(0, index - 2), index)));
    else if (rest[0] === '"') end = quotedEnd(rest, '"');
    else {
      const dollar = /^\$([A-Za-z_]\w*)?\$/.exec(rest);
      if (dollar && !/[\w$]/.test(sql[index - 1] ?? '')) end = endOf(rest, dollar[0], dollar[0].length);
    }
    if (end < 0) {
      code += sql[index];
      index += 1;
      continue;
    }
    flushCode();
    out += other(rest.slice(0, end));
    index += end;
  }
  flushCode();
  return out;
}

function endOf(text: string, closing: string, from: number, keepClosing = false): number {
  const at = text.indexOf(closing, from);
  if (at < 0) return text.length;
  return keepClosing ? at : at + closing.length;
}

/** A quoted section ends at a quote that is not doubled (nor, in an E'...' string, escaped). */
function quotedEnd(text: string, quote: string, backslashEscapes = false): number {
  let index = 1;
  while (index < text.length) {
    if (backslashEscapes && text[index] === '\\') index += 2;
    else if (text[index] === quote) {
      if (text[index + 1] === quote) index += 2;
      else return index + 1;
    } else index += 1;
  }
  return text.length;
}
