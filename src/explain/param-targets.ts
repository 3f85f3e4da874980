import { parseSync } from 'libpg-query';
import type { ColumnProbe } from '../engine/index.ts';

/**
 * What a `$n` stands for, found by the parser: a column (its value comes from the column's
 * statistics), a LIMIT/OFFSET, or a value the query itself names (a COALESCE default; NULL
 * for an optional filter `$n IS NULL` or a default that is not a constant, such as `now()`).
 */
export type ParamTarget =
  { kind: 'column'; probe: ColumnProbe; array: boolean } | { kind: 'limit' } | { kind: 'offset' } | { kind: 'value'; value: string | number | boolean | null };

type Node = Record<string, unknown>;
const COMPARISONS = new Set(['=', '<', '>', '<=', '>=', '<>', '!=']);

/** A parameter as a query uses it: `$1`, `$1::int`, `lower($1)`, or `unnest($1::bigint[])` (an array). */
interface ParamUse {
  param: number;
  array: boolean;
}

export interface ParamAnalysis {
  targets: Map<number, ParamTarget>;
  /** Parameters with no target, in number order: they keep the query's plan generic. */
  unmatched: number[];
}

/**
 * For every `$n` of a statement, what it stands for:
 * - a column it is compared with: `col = $1`, `$1 = col`, `lower(col) = lower($1)`,
 *   `col IN ($1, $2)`, `col = ANY($1)`, `col BETWEEN $1 AND $2`, `INSERT ... (col) VALUES ($1)`
 *   or `INSERT ... (col) SELECT unnest($1::bigint[])`, `UPDATE ... SET col = $1` (also in ON
 *   CONFLICT DO UPDATE, and through `COALESCE($1, col)`), and the columns of unnest()ed arrays:
 *   `(a, b) IN (SELECT unnest($1::bigint[]), unnest($2::int[]))`, and a CTE, subquery or
 *   `unnest(...) AS input(id)` whose column is joined to a table's (`t.id = input.id`);
 *   casts are looked through;
 * - `LIMIT $n` / `OFFSET $n`, through casts; `LIMIT COALESCE($n, 100)` is 100;
 * - what the query gives itself: `COALESCE($n, 100)` is 100, `COALESCE($n, now())` is NULL (so
 *   the default applies), and a parameter only tested with `$n IS NULL` is NULL (the optional
 *   filter is off). A column comparison anywhere in the query wins over these;
 * - else a `$n::boolean` is true (a switch, planned on).
 * A column's relation is found as PostgreSQL finds it: by its qualifier, else in the innermost
 * query level's FROM first and then the levels around it. null when the text does not parse.
 */
export function paramAnalysis(sql: string): ParamAnalysis | null {
  // Without a `$n` there is nothing to find: no parse (a 5 MB IN list costs ~400 MB a parse).
  if (!/\$[1-9]/.test(sql)) return { targets: new Map(), unmatched: [] };
  let statement: Node | undefined;
  try {
    statement = parseSync(sql).stmts?.[0]?.stmt;
  } catch {
    return null;
  }
  if (!statement) return null;
  const derived = derivedColumns(statement);
  const targets = new Map<number, ParamTarget>();
  const weak = new Map<number, ParamTarget>();
  const all = new Set<number>();
  const booleans = new Set<number>();
  const column = (scopes: Scope[], ref: Node | null, use: ParamUse | null, position: ColumnProbe['position'], array = false) => {
    if (ref === null || use === null || targets.has(use.param)) return;
    const fields = ((ref.fields as Node[] | undefined) ?? []).map((field) => (field.String as { sval?: string } | undefined)?.sval);
    if (fields.some((field) => field === undefined)) return; // `t.*`
    const name = fields[fields.length - 1]!;
    const qualifier = fields.slice(0, -1);
    const real = (entries: Scope) => entries.filter((entry) => !derived.names.has(entry.relation.name) || entry.relation.schema !== undefined);
    const candidates =
      qualifier.length === 0
        ? real(scopes.flat()).map((entry) => entry.relation)
        : (scopes
            .map((scope) =>
              real(scope).filter(
                (entry) => entry.alias === qualifier[qualifier.length - 1] && (qualifier.length === 1 || entry.relation.schema === qualifier[0]),
              ),
            )
            .find((matches) => matches.length > 0)
            ?.map((entry) => entry.relation) ?? []);
    if (candidates.length) targets.set(use.param, { kind: 'column', probe: { relations: candidates, column: name, position }, array: array || use.array });
  };
  const weakly = (use: ParamUse | null, target: ParamTarget) => {
    if (use && !weak.has(use.param)) weak.set(use.param, target);
  };
  /** Either side a parameter (or a column standing for one), the other a table's column. */
  const compare = (scopes: Scope[], a: Node | undefined, b: Node | undefined, position: ColumnProbe['position'], array = false) => {
    column(scopes, columnOf(a), paramUse(b, derived), position, array);
    column(scopes, columnOf(b), paramUse(a, derived), position, array);
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
    if (key === 'limitCount' || key === 'limitOffset') {
      const direct = paramNumber(unwrap(node));
      if (direct !== null && !targets.has(direct)) targets.set(direct, { kind: key === 'limitCount' ? 'limit' : 'offset' });
    }
    const expression = node.A_Expr as Node | undefined;
    if (expression) {
      const kind = expression.kind as string;
      const operator = ((expression.name as Node[] | undefined)?.[0]?.String as { sval?: string } | undefined)?.sval ?? '';
      const left = expression.lexpr as Node | undefined;
      const right = expression.rexpr as Node | undefined;
      if (kind === 'AEXPR_OP' && COMPARISONS.has(operator)) {
        // `(t.id, t.at) = (i.id, i.at)` compares item by item.
        const [lefts, rights] = [rowItems(left), rowItems(right)];
        if (lefts && rights && lefts.length === rights.length) lefts.forEach((item, index) => compare(scopes, item, rights[index], 'middle'));
        else compare(scopes, left, right, 'middle');
      } else if (kind === 'AEXPR_IN') for (const item of listItems(right)) compare(scopes, left, item, 'middle');
      else if (kind === 'AEXPR_OP_ANY' || kind === 'AEXPR_OP_ALL') column(scopes, columnOf(left), paramUse(right, derived), 'middle', true);
      else if (kind.startsWith('AEXPR_BETWEEN') || kind.startsWith('AEXPR_NOT_BETWEEN')) {
        const [low, high] = listItems(right);
        column(scopes, columnOf(left), paramUse(low, derived), 'low');
        column(scopes, columnOf(left), paramUse(high, derived), 'high');
      }
    }
    const sublink = node.SubLink as Node | undefined;
    if (sublink?.subLinkType === 'ANY_SUBLINK') subselectTargets(sublink, (testItem, selected) => compare(scopes, testItem, selected, 'middle', true));
    const coalesce = node.CoalesceExpr as Node | undefined;
    if (coalesce) {
      const [first, fallback] = (coalesce.args as Node[] | undefined) ?? [];
      // An unnest()ed array's default is one element of it: `coalesce(attempt, 0)` over `unnest($2::smallint[]) AS attempt` is {0}.
      const use = paramUse(first, derived);
      const value = constantOf(fallback) ?? null;
      weakly(use, { kind: 'value', value: use?.array && value !== null ? `{"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"}` : value });
    }
    const cast = node.TypeCast as Node | undefined;
    const castParam = paramNumber(cast?.arg as Node | undefined);
    if (castParam !== null && typeNameOf(cast!) === 'bool') booleans.add(castParam);
    const nullTest = node.NullTest as Node | undefined;
    if (nullTest) weakly(paramUse(nullTest.arg as Node | undefined, derived), { kind: 'value', value: null });
    const update = node.UpdateStmt as Node | undefined;
    if (update) setTargets(update.relation as Node | undefined, update.targetList, derived, (ref, use) => column(scopes, ref, use, 'middle'));
    const insert = node.InsertStmt as Node | undefined;
    if (insert) {
      insertTargets(insert, derived, (ref, use) => column(scopes, ref, use, 'middle'));
      const conflict = insert.onConflictClause as Node | undefined;
      if (conflict) setTargets(insert.relation as Node | undefined, conflict.targetList, derived, (ref, use) => column(scopes, ref, use, 'middle'));
    }
    for (const [childKey, child] of Object.entries(node)) visit(child, childKey, scopes);
  };
  visit(statement, null, []);
  for (const [param, target] of weak) if (!targets.has(param)) targets.set(param, target);
  // A `$n::boolean` compared with no column is a switch (`CASE WHEN $1::boolean THEN ...`): on, the plan shows all it can do.
  for (const param of booleans) if (!targets.has(param)) targets.set(param, { kind: 'value', value: true });
  return { targets, unmatched: [...all].filter((param) => !targets.has(param)).sort((a, b) => a - b) };
}

/** paramAnalysis's targets, or null when some parameter has none (then nothing is inferred). */
export function paramTargets(sql: string): Map<number, ParamTarget> | null {
  const analysis = paramAnalysis(sql);
  return analysis && analysis.unmatched.length === 0 ? analysis.targets : null;
}

/**
 * Columns that stand for a parameter: `unnest($1::bigint[]) AS task_id` or `$2::uuid AS tenant`
 * in a SELECT list (a CTE or a subquery), and `unnest($1, $2) AS input(id, ts)` in a FROM; and
 * the names of CTEs and aliases, which are not tables to read statistics from.
 */
interface Derived {
  columns: Map<string, ParamUse>;
  names: Set<string>;
}

function derivedColumns(statement: Node): Derived {
  const columns = new Map<string, ParamUse>();
  const names = new Set<string>();
  const stack: unknown[] = [statement];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...(value as unknown[]));
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const node = value as Node;
    const cte = node.CommonTableExpr as { ctename?: string } | undefined;
    if (cte?.ctename) names.add(cte.ctename);
    const select = node.SelectStmt as Node | undefined;
    for (const item of (select?.targetList as Node[] | undefined) ?? []) {
      const target = item.ResTarget as { name?: string; val?: Node } | undefined;
      const use = target?.name ? paramUse(target.val) : null;
      if (use && !columns.has(target!.name!)) columns.set(target!.name!, use);
    }
    const subselect = node.RangeSubselect as { alias?: { aliasname?: string } } | undefined;
    if (subselect?.alias?.aliasname) names.add(subselect.alias.aliasname);
    const range = node.RangeFunction as { functions?: Node[]; alias?: { aliasname?: string; colnames?: Node[] } } | undefined;
    if (range?.alias?.aliasname) {
      names.add(range.alias.aliasname);
      const call = ((range.functions?.[0]?.List as { items?: Node[] } | undefined)?.items?.[0]?.FuncCall ?? undefined) as Node | undefined;
      const colnames = (range.alias.colnames ?? []).map((name) => (name.String as { sval?: string } | undefined)?.sval);
      if (call && functionName(call) === 'unnest') {
        ((call.args as Node[] | undefined) ?? []).forEach((arg, index) => {
          const param = paramNumber(unwrap(arg));
          const name = colnames[index];
          if (param !== null && name && !columns.has(name)) columns.set(name, { param, array: true });
        });
      }
    }
    stack.push(...Object.values(node));
  }
  // `FROM input i`: i is the CTE's alias, not a table.
  const ranges: unknown[] = [statement];
  while (ranges.length) {
    const value = ranges.pop();
    if (Array.isArray(value)) ranges.push(...(value as unknown[]));
    else if (value && typeof value === 'object') {
      const range = (value as Node).RangeVar as { relname?: string; schemaname?: string; alias?: { aliasname?: string } } | undefined;
      if (range?.relname && !range.schemaname && range.alias?.aliasname && names.has(range.relname)) names.add(range.alias.aliasname);
      ranges.push(...Object.values(value as Record<string, unknown>));
    }
  }
  return { columns, names };
}

/** `(a, b) IN (SELECT unnest($1), unnest($2))`: each tested expression with what the subquery selects in its place. */
function subselectTargets(sublink: Node, pair: (tested: Node, selected: Node) => void): void {
  const test = sublink.testexpr as Node | undefined;
  const tested = (test?.RowExpr as { args?: Node[] } | undefined)?.args ?? (test ? [test] : []);
  const selected = (((sublink.subselect as Node | undefined)?.SelectStmt as Node | undefined)?.targetList as Node[] | undefined) ?? [];
  tested.forEach((item, index) => {
    const target = (selected[index]?.ResTarget as { val?: Node } | undefined)?.val;
    if (target) pair(item, target);
  });
}

/** `UPDATE t SET col = $1` (or `= COALESCE($1, col)`): the parameter is a value of t.col. */
function setTargets(relation: Node | undefined, targetList: unknown, derived: Derived, column: (ref: Node, use: ParamUse | null) => void): void {
  const alias = aliasOf(relation);
  if (!alias) return;
  for (const item of (targetList as Node[] | undefined) ?? []) {
    const target = item.ResTarget as { name?: string; val?: Node } | undefined;
    if (!target?.name) continue;
    const coalesced = (target.val?.CoalesceExpr as { args?: Node[] } | undefined)?.args?.[0];
    column(qualifiedRef(alias, target.name), paramUse(coalesced ?? target.val, derived));
  }
}

function insertTargets(insert: Node, derived: Derived, column: (ref: Node, use: ParamUse | null) => void): void {
  const names = ((insert.cols as Node[] | undefined) ?? []).map((col) => (col.ResTarget as { name?: string } | undefined)?.name);
  const select = (insert.selectStmt as Node | undefined)?.SelectStmt as Node | undefined;
  const rows = (select?.valuesLists as Node[] | undefined) ?? [];
  // INSERT ... SELECT $1, unnest($2::int[]), i.id FROM input i: the SELECT list in the columns' places.
  const selected = ((select?.targetList as Node[] | undefined) ?? []).map((item) => (item.ResTarget as { val?: Node } | undefined)?.val);
  const alias = aliasOf(insert.relation as Node | undefined);
  if (!alias) return;
  for (const items of [...rows.map(listItems), selected]) {
    items.forEach((item, index) => {
      const name = names[index];
      if (name && item) column(qualifiedRef(alias, name), paramUse(defaulted(item), derived));
    });
  }
}

/**
 * What a value with a default stands for: `coalesce(x, 0)`, `nullif(x, '')` and their casts are
 * x (`INSERT ... SELECT coalesce(attempt, 0)` writes attempt's values to the column).
 */
function defaulted(node: Node): Node {
  let current = node;
  for (let depth = 0; depth < 5; depth++) {
    const inner = unwrap(current);
    const coalesced = (inner?.CoalesceExpr as { args?: Node[] } | undefined)?.args?.[0];
    const expression = inner?.A_Expr as { kind?: string; lexpr?: Node } | undefined;
    const next = coalesced ?? (expression?.kind === 'AEXPR_NULLIF' ? expression.lexpr : undefined);
    if (!next) return current;
    current = next;
  }
  return current;
}

function aliasOf(relation: Node | undefined): string | undefined {
  if (!relation) return undefined;
  return ((relation.alias as Node | undefined)?.aliasname as string | undefined) ?? (relation.relname as string | undefined);
}

function qualifiedRef(alias: string, name: string): Node {
  return { fields: [{ String: { sval: alias } }, { String: { sval: name } }] };
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

/** `$1` itself: its number. */
function paramNumber(node: Node | undefined): number | null {
  const ref = node?.ParamRef as { number?: number } | undefined;
  return typeof ref?.number === 'number' ? ref.number : null;
}

/**
 * The parameter an expression is: `$1`, `$1::int`, `lower($1)`, `unnest($1::bigint[])` (an
 * array), or with `derived`, a column that stands for one (`input.task_id`).
 */
function paramUse(node: Node | undefined, derived?: Derived): ParamUse | null {
  const inner = unwrap(node);
  const direct = paramNumber(inner);
  if (direct !== null) return { param: direct, array: false };
  const call = inner?.FuncCall as Node | undefined;
  const args = (call?.args as Node[] | undefined) ?? [];
  if (call && functionName(call) === 'unnest' && args.length === 1) {
    const param = paramNumber(unwrap(args[0]));
    return param === null ? null : { param, array: true };
  }
  const ref = inner?.ColumnRef as { fields?: Node[] } | undefined;
  if (ref && derived) {
    const fields = (ref.fields ?? []).map((field) => (field.String as { sval?: string } | undefined)?.sval);
    const qualifier = fields.length > 1 ? fields[fields.length - 2] : undefined;
    const name = fields[fields.length - 1];
    // Qualified by a CTE or alias, or unqualified: `t.task_id` of a real table is that table's column.
    if (name && (qualifier === undefined || derived.names.has(qualifier))) return derived.columns.get(name) ?? null;
  }
  return null;
}

/** The last name of a cast's type (`bool` for `::boolean`); undefined for an array type. */
function typeNameOf(cast: Node): string | undefined {
  const typeName = cast.typeName as { names?: Node[]; arrayBounds?: unknown[] } | undefined;
  if (typeName?.arrayBounds?.length) return undefined;
  return (typeName?.names?.at(-1)?.String as { sval?: string } | undefined)?.sval;
}

function functionName(call: Node): string | undefined {
  return ((call.funcname as Node[] | undefined)?.at(-1)?.String as { sval?: string } | undefined)?.sval;
}

/** Functions whose result is the same kind of value as their argument: `lower(email) = lower($1)`. */
const SAME_VALUE_FUNCTIONS = new Set(['lower', 'upper', 'btrim', 'ltrim', 'rtrim', 'trim', 'unaccent', 'initcap']);

/** Through casts and value-preserving functions to what they wrap (`char_length(x)` is not `x`). */
function unwrap(node: Node | undefined): Node | undefined {
  let current = node;
  for (let depth = 0; depth < 5 && current; depth++) {
    const cast = current.TypeCast as Node | undefined;
    const call = current.FuncCall as Node | undefined;
    const name = call ? functionName(call) : undefined;
    if (cast) current = cast.arg as Node | undefined;
    else if (call && name && SAME_VALUE_FUNCTIONS.has(name) && Array.isArray(call.args) && call.args.length === 1) current = call.args[0] as Node;
    else break;
  }
  return current;
}

/** A constant's value (`100`, `'1 day'::interval`), or undefined for anything else. */
function constantOf(node: Node | undefined): string | number | boolean | undefined {
  const constant = unwrap(node)?.A_Const as Record<string, Record<string, unknown> | boolean | undefined> | undefined;
  if (!constant || constant.isnull) return undefined;
  const ival = constant.ival as { ival?: number } | undefined;
  if (ival) return ival.ival ?? 0;
  const fval = (constant.fval as { fval?: string } | undefined)?.fval;
  if (fval !== undefined) return Number(fval);
  const sval = (constant.sval as { sval?: string } | undefined)?.sval;
  if (sval !== undefined) return sval;
  const boolval = constant.boolval as { boolval?: boolean } | undefined;
  if (boolval) return boolval.boolval ?? false;
  return undefined;
}

function columnOf(node: Node | undefined): Node | null {
  return (unwrap(node)?.ColumnRef as Node | undefined) ?? null;
}

function rowItems(node: Node | undefined): Node[] | undefined {
  return (node?.RowExpr as { args?: Node[] } | undefined)?.args;
}

function listItems(node: Node | undefined): Node[] {
  return (node?.List as { items?: Node[] } | undefined)?.items ?? [];
}
