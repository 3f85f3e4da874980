import { scanSync } from 'libpg-query';

/** Parse-tree nodes back to SQL, for the keys and names of a CREATE INDEX. */
type Node = Record<string, unknown>;

/**
 * A column stands alone, a function call too (`lower(email)`); any other expression needs
 * parentheses (an operator's SQL already has them).
 */
export function indexKey(node: Node): string | null {
  const text = expressionSql(node);
  if (text === null) return null;
  return node.ColumnRef || node.FuncCall || node.A_Expr ? text : `(${text})`;
}

/**
 * The expressions an index key is made of, back to SQL: columns (without their table, as
 * CREATE INDEX wants them), function calls, casts, constants and binary operators
 * (`data ->> 'email'`). null for anything else: no candidate rather than a wrong one.
 */
function expressionSql(node: Node): string | null {
  const ref = node.ColumnRef as Node | undefined;
  if (ref) {
    const name = ((ref.fields as Node[] | undefined)?.at(-1)?.String as { sval?: string } | undefined)?.sval;
    return name === undefined ? null : identifier(name);
  }
  const call = node.FuncCall as Node | undefined;
  if (call) {
    if (call.agg_star || call.over || call.agg_distinct || call.agg_order || call.agg_filter || call.func_variadic) return null;
    const name = qualifiedName(call.funcname as Node[] | undefined, true);
    const args = ((call.args as Node[] | undefined) ?? []).map(expressionSql);
    return name === null || args.includes(null) ? null : `${name}(${args.join(', ')})`;
  }
  const cast = node.TypeCast as Node | undefined;
  if (cast) {
    const arg = cast.arg ? expressionSql(cast.arg as Node) : null;
    const type = typeSql(cast.typeName as Node | undefined);
    return arg === null || type === null ? null : `${arg}::${type}`;
  }
  const constant = node.A_Const as Node | undefined;
  if (constant) return constantSql(constant);
  const expression = node.A_Expr as Node | undefined;
  if (expression?.kind === 'AEXPR_OP' && expression.lexpr && expression.rexpr) {
    const operator = ((expression.name as Node[] | undefined)?.at(-1)?.String as { sval?: string } | undefined)?.sval;
    const left = expressionSql(expression.lexpr as Node);
    const right = expressionSql(expression.rexpr as Node);
    return operator === undefined || left === null || right === null ? null : `(${left} ${operator} ${right})`;
  }
  return null;
}

function constantSql(constant: Node): string | null {
  if (constant.isnull) return 'NULL';
  const ival = constant.ival as { ival?: number } | undefined;
  if (ival) return String(ival.ival ?? 0);
  const fval = constant.fval as { fval?: string } | undefined;
  if (fval?.fval !== undefined) return fval.fval;
  const sval = constant.sval as { sval?: string } | undefined;
  if (sval) return `'${(sval.sval ?? '').replace(/'/g, "''")}'`;
  const boolval = constant.boolval as { boolval?: boolean } | undefined;
  if (boolval) return boolval.boolval ? 'true' : 'false';
  return null;
}

function typeSql(typeName: Node | undefined): string | null {
  if (!typeName || typeName.typmods || typeName.setof) return null;
  const names = ((typeName.names as Node[] | undefined) ?? []).map((name) => (name.String as { sval?: string } | undefined)?.sval);
  // The parser spells built-in types as pg_catalog.int4: the bare name is the same type.
  const shown = names[0] === 'pg_catalog' ? names.slice(1) : names;
  if (shown.length === 0 || shown.some((name) => name === undefined)) return null;
  const bounds = Array.isArray(typeName.arrayBounds) ? '[]'.repeat(typeName.arrayBounds.length) : '';
  return `${qualifiedName(
    shown.map((name) => ({ String: { sval: name } })),
    false,
  )}${bounds}`;
}

export function qualifiedName(parts: Node[] | undefined, isFunction: boolean): string | null {
  const names = (parts ?? []).map((part) => (part.String as { sval?: string } | undefined)?.sval);
  if (names.length === 0 || names.some((name) => name === undefined)) return null;
  return (names as string[]).map((name) => identifier(name, isFunction)).join('.');
}

/**
 * A name as the user would write it: bare when PostgreSQL reads it back unchanged (lower
 * case, not a keyword that needs quoting there), else double-quoted. A function or type
 * name may be any keyword short of a reserved one (`left(...)`, `timestamp`).
 */
export function identifier(name: string, isFunctionOrType = false): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name)) {
    const kind = scanSync(name).tokens[0]?.keywordName ?? 'NO_KEYWORD';
    if (kind === 'NO_KEYWORD' || kind === 'UNRESERVED_KEYWORD' || (isFunctionOrType && kind !== 'RESERVED_KEYWORD')) return name;
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/** A table as SQL: `film`, `billing.invoices`. */
export function tableSql(schema: string | undefined, name: string): string {
  return [schema, name]
    .filter((part): part is string => part !== undefined)
    .map((part) => identifier(part))
    .join('.');
}
