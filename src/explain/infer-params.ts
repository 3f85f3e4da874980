import { parseSync } from 'libpg-query';
import type { Database, ValueProbe } from '../engine/types.ts';
import { toPostgresSql } from './placeholders.ts';
import type { QueryDef } from './queries.ts';

/** What a `$n` is compared with, found by the parser: a column, or a LIMIT/OFFSET. */
export type ParamTarget =
  | { kind: 'column'; probe: ValueProbe; array: boolean }
  | { kind: 'limit' }
  | { kind: 'offset' };

/** A LIMIT $n is planned for one page of this many rows. */
export const INFERRED_LIMIT = 20;

type Node = Record<string, unknown>;
const COMPARISONS = new Set(['=', '<', '>', '<=', '>=', '<>', '!=']);

/**
 * For every `$n` of a statement, what it is compared with: `col = $1`, `$1 = col`,
 * `lower(col) = lower($1)`, `col IN ($1, $2)`, `col = ANY($1)`, `col BETWEEN $1 AND $2`,
 * `INSERT ... (col) VALUES ($1)`, `LIMIT $1`, `OFFSET $2`. A column's relation is found as
 * PostgreSQL finds it: by its qualifier, else in the innermost query level's FROM first and
 * then the levels around it. null when some parameter has no such comparison (then nothing
 * is inferred).
 */
export function paramTargets(sql: string): Map<number, ParamTarget> | null {
  // Without a `$n` there is nothing to find: no parse (a 5 MB IN list costs ~400 MB a parse).
  if (!/\$[1-9]/.test(sql)) return new Map();
  let statement: Node | undefined;
  try {
    statement = parseSync(sql).stmts?.[0]?.stmt as Node | undefined;
  } catch {
    return null;
  }
  if (!statement) return null;
  const targets = new Map<number, ParamTarget>();
  const all = new Set<number>();
  const column = (scopes: Scope[], ref: Node | null, param: number | null, position: ValueProbe['position'], array = false) => {
    if (ref === null || param === null || targets.has(param)) return;
    const fields = ((ref.fields as Node[] | undefined) ?? []).map((field) => (field.String as { sval?: string } | undefined)?.sval);
    if (fields.some((field) => field === undefined)) return; // `t.*`
    const name = fields[fields.length - 1]!;
    const qualifier = fields.slice(0, -1);
    const candidates =
      qualifier.length === 0
        ? scopes.flat().map((entry) => entry.relation)
        : (scopes
            .map((scope) => scope.filter((entry) => entry.alias === qualifier[qualifier.length - 1] && (qualifier.length === 1 || entry.relation.schema === qualifier[0])))
            .find((matches) => matches.length > 0)
            ?.map((entry) => entry.relation) ?? []);
    if (candidates.length) targets.set(param, { kind: 'column', probe: { relations: candidates, column: name, position }, array });
  };

  const visit = (value: unknown, key: string | null, outer: Scope[]): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, outer);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    const level = queryLevel(node, key);
    const scopes = level ? [scopeOf(level), ...outer] : outer;
    const param = paramNumber(node);
    if (param !== null) all.add(param);
    if (key === 'limitCount' && param !== null && !targets.has(param)) targets.set(param, { kind: 'limit' });
    if (key === 'limitOffset' && param !== null && !targets.has(param)) targets.set(param, { kind: 'offset' });
    const expression = node.A_Expr as Node | undefined;
    if (expression) {
      const kind = expression.kind as string;
      const operator = ((expression.name as Node[] | undefined)?.[0]?.String as { sval?: string } | undefined)?.sval ?? '';
      const left = expression.lexpr as Node | undefined;
      const right = expression.rexpr as Node | undefined;
      if (kind === 'AEXPR_OP' && COMPARISONS.has(operator)) {
        column(scopes, columnOf(left), paramNumber(unwrap(right)), 'middle');
        column(scopes, columnOf(right), paramNumber(unwrap(left)), 'middle');
      } else if (kind === 'AEXPR_IN') {
        for (const item of listItems(right)) column(scopes, columnOf(left), paramNumber(unwrap(item)), 'middle');
      } else if (kind === 'AEXPR_OP_ANY' || kind === 'AEXPR_OP_ALL') {
        column(scopes, columnOf(left), paramNumber(unwrap(right)), 'middle', true);
      } else if (kind.startsWith('AEXPR_BETWEEN') || kind.startsWith('AEXPR_NOT_BETWEEN')) {
        const [low, high] = listItems(right);
        column(scopes, columnOf(left), paramNumber(unwrap(low)), 'low');
        column(scopes, columnOf(left), paramNumber(unwrap(high)), 'high');
      }
    }
    const insert = node.InsertStmt as Node | undefined;
    if (insert) insertTargets(insert, (ref, number, position) => column(scopes, ref, number, position));
    for (const [childKey, child] of Object.entries(node)) visit(child, childKey, scopes);
  };
  visit(statement, null, []);
  for (const param of all) if (!targets.has(param)) return null;
  return targets;
}

function insertTargets(insert: Node, column: (ref: Node | null, param: number | null, position: ValueProbe['position']) => void): void {
  const names = ((insert.cols as Node[] | undefined) ?? []).map((col) => (col.ResTarget as { name?: string } | undefined)?.name);
  const rows = (((insert.selectStmt as Node | undefined)?.SelectStmt as Node | undefined)?.valuesLists as Node[] | undefined) ?? [];
  const relation = (insert.relation as Node | undefined) ?? {};
  const alias = ((relation.alias as Node | undefined)?.aliasname as string | undefined) ?? (relation.relname as string);
  for (const row of rows) {
    listItems(row).forEach((item, index) => {
      const name = names[index];
      if (name) column({ fields: [{ String: { sval: alias } }, { String: { sval: name } }] }, paramNumber(unwrap(item)), 'middle');
    });
  }
}

export interface RelationEntry {
  alias: string;
  relation: { schema?: string; name: string };
}

/** The relations one query level can see directly, innermost level first in a list of them. */
export type Scope = RelationEntry[];

/** A node that starts a query level: a SELECT (also each side of a UNION), UPDATE, DELETE or INSERT. */
export function queryLevel(node: Node, key: string | null): Node | undefined {
  const level = (node.SelectStmt ?? node.UpdateStmt ?? node.DeleteStmt ?? node.InsertStmt) as Node | undefined;
  if (level) return level;
  // The two sides of a UNION are bare SELECTs under larg/rarg (a JOIN's larg/rarg are wrapped RangeVars).
  return (key === 'larg' || key === 'rarg') && node.targetList !== undefined ? node : undefined;
}

/** FROM items of one level (through JOINs, not into subqueries), and an UPDATE/DELETE/INSERT target. */
export function scopeOf(level: Node): Scope {
  const entries: Scope = [];
  const add = (range: Node | undefined) => {
    if (!range || typeof range.relname !== 'string') return;
    const schema = typeof range.schemaname === 'string' ? range.schemaname : undefined;
    const alias = ((range.alias as Node | undefined)?.aliasname as string | undefined) ?? range.relname;
    entries.push({ alias, relation: { ...(schema && { schema }), name: range.relname } });
  };
  const fromItem = (item: Node | undefined) => {
    if (!item) return;
    if (item.RangeVar) add(item.RangeVar as Node);
    const join = item.JoinExpr as Node | undefined;
    if (join) {
      fromItem(join.larg as Node | undefined);
      fromItem(join.rarg as Node | undefined);
    }
  };
  add(level.relation as Node | undefined);
  for (const item of [...((level.fromClause as Node[] | undefined) ?? []), ...((level.usingClause as Node[] | undefined) ?? [])]) fromItem(item);
  return entries;
}

/** `$1`, `$1::int`, `lower($1)`: the parameter's number. */
function paramNumber(node: Node | undefined): number | null {
  const ref = node?.ParamRef as { number?: number } | undefined;
  return typeof ref?.number === 'number' ? ref.number : null;
}

/** Functions whose result is the same kind of value as their argument: `lower(email) = lower($1)`. */
const SAME_VALUE_FUNCTIONS = new Set(['lower', 'upper', 'btrim', 'ltrim', 'rtrim', 'trim', 'unaccent', 'initcap']);

/** Through casts and value-preserving functions to what they wrap (`char_length(x)` is not `x`). */
function unwrap(node: Node | undefined): Node | undefined {
  let current = node;
  for (let depth = 0; depth < 5 && current; depth++) {
    const cast = current.TypeCast as Node | undefined;
    const call = current.FuncCall as Node | undefined;
    const name = ((call?.funcname as Node[] | undefined)?.at(-1)?.String as { sval?: string } | undefined)?.sval;
    if (cast) current = cast.arg as Node | undefined;
    else if (call && name && SAME_VALUE_FUNCTIONS.has(name) && Array.isArray(call.args) && call.args.length === 1) current = call.args[0] as Node;
    else break;
  }
  return current;
}

function columnOf(node: Node | undefined): Node | null {
  return (unwrap(node)?.ColumnRef as Node | undefined) ?? null;
}

function listItems(node: Node | undefined): Node[] {
  return ((node?.List as { items?: Node[] } | undefined)?.items ?? []) as Node[];
}

/**
 * Values for the queries that have `$n` and none given, read on both databases: a column only
 * one side has gives that side's value, and a column whose value differs between the sides
 * gives none. A query whose parameters cannot all be inferred keeps its generic plan.
 */
export async function inferParams(
  defs: readonly QueryDef[],
  placeholders: Readonly<Record<string, string>>,
  databases: { base: Database; head: Database },
): Promise<Map<string, unknown[]>> {
  const wanted = new Map<string, [number, ParamTarget][]>();
  for (const def of defs) {
    const key = inferenceKey(def);
    if (def.params || def.planMode === 'generic' || def.definitionError || wanted.has(key)) continue;
    const targets = paramTargets(toPostgresSql(def.sql, def.dialect ?? 'plain', placeholders));
    // $n numbers with gaps (only $2 used) cannot be bound in order.
    if (targets && targets.size > 0 && [...targets.keys()].every((number) => number <= targets.size)) {
      wanted.set(key, [...targets.entries()].sort(([a], [b]) => a - b));
    }
  }
  const probes = [...wanted.values()].flatMap((targets) => targets.flatMap(([, target]) => (target.kind === 'column' ? [target.probe] : [])));
  const values = probes.length ? await databases.base.sampleValues(probes) : [];
  if (probes.length && databases.head !== databases.base) {
    // A value both sides have must be the same on both (a column filled by now(), a trigger or
    // a default differs between builds): else the query keeps its generic plan on both.
    const fromHead = await databases.head.sampleValues(probes);
    fromHead.forEach((headValue, index) => {
      const baseValue = values[index] ?? null;
      values[index] = baseValue === null ? headValue : headValue === null || headValue === baseValue ? baseValue : null;
    });
  }
  const inferred = new Map<string, unknown[]>();
  let next = 0;
  for (const [key, targets] of wanted) {
    const params: unknown[] = [];
    for (const [, target] of targets) {
      if (target.kind === 'limit') params.push(INFERRED_LIMIT);
      else if (target.kind === 'offset') params.push(0);
      else {
        const value = values[next++] ?? null;
        params.push(value === null ? null : target.array ? `{${arrayElement(value)}}` : value);
      }
    }
    if (!params.includes(null)) inferred.set(key, params);
  }
  return inferred;
}

/** Inferred values belong to a query's text: a query that a pull request rewrote gets its own. */
export function inferenceKey(def: Pick<QueryDef, 'name' | 'sql'>): string {
  return `${def.name}\0${def.sql}`;
}

/** One element of a PostgreSQL array literal. */
function arrayElement(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
