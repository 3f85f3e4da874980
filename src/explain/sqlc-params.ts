import { parseSync } from 'libpg-query';

/** One sqlc parameter in the text: `sqlc.arg(name)`, `sqlc.narg('name')`, `sqlc.slice(name)` or `@name`. */
interface Occurrence {
  start: number;
  end: number;
  name: string;
}

/**
 * sqlc's parameters as `$n`, numbered as sqlc numbers them, so that `params:` values are given
 * in the order of the `$n` in sqlc's generated code:
 * - a `$n` written in the query keeps its number;
 * - each named parameter takes the lowest number still free, the same name the same number,
 *   in the order sqlc (1.31 and before, `internal/sql/rewrite/parameters.go`) meets them: a
 *   walk of the parse tree in PostgreSQL's field order. That is the order of the text, except
 *   that a statement's WITH clause comes after the statement, OFFSET before LIMIT, and
 *   UPDATE's WHERE before its FROM. A text the parser refuses is numbered in text order.
 * `code` is `sql` with strings, quoted names and comments blanked (same length), so that what
 * looks like a parameter inside them is left alone.
 */
export function numberSqlcParams(sql: string, code: string): { sql: string; names: Map<number, string> } {
  // Base and head mostly share their queries' text, and each is rewritten for the skip check,
  // the inferred values and the EXPLAIN: a parse of a long query is milliseconds.
  const known = numbered.get(sql);
  if (known) return { sql: known.sql, names: new Map(known.names) };
  const result = numberAfresh(sql, code);
  if (numbered.size >= MAX_REMEMBERED) numbered.clear();
  numbered.set(sql, result);
  return { sql: result.sql, names: new Map(result.names) };
}

const MAX_REMEMBERED = 5000;
const numbered = new Map<string, { sql: string; names: Map<number, string> }>();

function numberAfresh(sql: string, code: string): { sql: string; names: Map<number, string> } {
  const found: Occurrence[] = [];
  for (const match of code.matchAll(/\bsqlc\.(?:arg|narg|slice)\(\s*('?)([A-Za-z_]\w*)\1\s*\)/gi))
    found.push({ start: match.index, end: match.index + match[0].length, name: match[2]! });
  // `@>`, `<@` and `@@` are operators, not parameters.
  for (const match of code.matchAll(/(?<![\w@<])@([A-Za-z_]\w*)/g)) found.push({ start: match.index, end: match.index + match[0].length, name: match[1]! });
  found.sort((a, b) => a.start - b.start);
  const names = new Map<number, string>();
  if (found.length === 0) return { sql, names };
  const taken = new Set([...code.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  const numbers = new Map<string, number>();
  let next = 1;
  for (const occurrence of sqlcOrder(sql, found)) {
    if (numbers.has(occurrence.name)) continue;
    while (taken.has(next)) next++;
    taken.add(next);
    numbers.set(occurrence.name, next);
    names.set(next, occurrence.name);
  }
  let out = sql;
  for (const occurrence of [...found].reverse()) out = `${out.slice(0, occurrence.start)}$${numbers.get(occurrence.name)}${out.slice(occurrence.end)}`;
  return { sql: out, names };
}

/**
 * The occurrences in the order of a walk of the parse tree: libpg-query's JSON keeps
 * PostgreSQL's field order, which sqlc's own tree (converted from it) walks in.
 */
function sqlcOrder(sql: string, found: Occurrence[]): Occurrence[] {
  let tree: unknown;
  try {
    tree = parseSync(sql).stmts;
  } catch {
    return found;
  }
  // The parser's locations are byte offsets.
  const byByte = new Map<number, Occurrence>();
  for (const occurrence of found) byByte.set(Buffer.byteLength(sql.slice(0, occurrence.start)), occurrence);
  const ordered: Occurrence[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const location = parameterLocation(node);
    const occurrence = location === null ? undefined : byByte.get(location);
    if (occurrence) {
      ordered.push(occurrence);
      return;
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(tree);
  // Something the walk did not meet (a parameter the parser read otherwise): text order.
  return ordered.length === found.length ? ordered : found;
}

/** Where a `sqlc.arg(...)` call or a prefix `@` starts, or null for any other node. */
function parameterLocation(node: Record<string, unknown>): number | null {
  const call = node.FuncCall as { funcname?: { String?: { sval?: string } }[]; location?: number } | undefined;
  if (call) {
    const [schema, name] = (call.funcname ?? []).map((part) => part.String?.sval?.toLowerCase());
    return schema === 'sqlc' && (name === 'arg' || name === 'narg' || name === 'slice') && typeof call.location === 'number' ? call.location : null;
  }
  const expression = node.A_Expr as { name?: { String?: { sval?: string } }[]; lexpr?: unknown; location?: number } | undefined;
  if (expression && expression.lexpr === undefined && expression.name?.[0]?.String?.sval === '@' && typeof expression.location === 'number')
    return expression.location;
  return null;
}
