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
 * `INSERT ... (col) VALUES ($1)`, `LIMIT $1`, `OFFSET $2`. A column's relation comes from
 * the alias or table name that qualifies it, else from any relation of the statement.
 * null when some parameter has no such comparison (then nothing is inferred).
 */
export function paramTargets(sql: string): Map<number, ParamTarget> | null {
  let statement: Node | undefined;
  try {
    statement = parseSync(sql).stmts?.[0]?.stmt as Node | undefined;
  } catch {
    return null;
  }
  if (!statement) return null;
  const relations = collectRelations(statement);
  const targets = new Map<number, ParamTarget>();
  const all = new Set<number>();
  const column = (ref: Node | null, param: number | null, position: ValueProbe['position'], array = false) => {
    if (ref === null || param === null || targets.has(param)) return;
    const fields = ((ref.fields as Node[] | undefined) ?? []).map((field) => (field.String as { sval?: string } | undefined)?.sval);
    if (fields.some((field) => field === undefined)) return; // `t.*`
    const name = fields[fields.length - 1]!;
    const qualifier = fields.slice(0, -1);
    const candidates =
      qualifier.length === 0
        ? relations.map((entry) => entry.relation)
        : relations.filter((entry) => entry.alias === qualifier[qualifier.length - 1] && (qualifier.length === 1 || entry.relation.schema === qualifier[0])).map((entry) => entry.relation);
    if (candidates.length) targets.set(param, { kind: 'column', probe: { relations: candidates, column: name, position }, array });
  };

  walk(statement, (node, key) => {
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
        column(columnOf(left), paramNumber(unwrap(right)), 'middle');
        column(columnOf(right), paramNumber(unwrap(left)), 'middle');
      } else if (kind === 'AEXPR_IN') {
        for (const item of listItems(right)) column(columnOf(left), paramNumber(unwrap(item)), 'middle');
      } else if (kind === 'AEXPR_OP_ANY' || kind === 'AEXPR_OP_ALL') {
        column(columnOf(left), paramNumber(unwrap(right)), 'middle', true);
      } else if (kind.startsWith('AEXPR_BETWEEN') || kind.startsWith('AEXPR_NOT_BETWEEN')) {
        const [low, high] = listItems(right);
        column(columnOf(left), paramNumber(unwrap(low)), 'low');
        column(columnOf(left), paramNumber(unwrap(high)), 'high');
      }
    }
    const insert = node.InsertStmt as Node | undefined;
    if (insert) insertTargets(insert, column);
  });
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

interface RelationEntry {
  alias: string;
  relation: { schema?: string; name: string };
}

/** Every table the statement names, by its alias (or its own name when it has none). */
function collectRelations(statement: Node): RelationEntry[] {
  const entries: RelationEntry[] = [];
  walk(statement, (node, key) => {
    // FROM items are wrapped as { RangeVar }; INSERT/UPDATE/DELETE targets are bare, under `relation`.
    const range = (node.RangeVar as Node | undefined) ?? (key === 'relation' ? node : undefined);
    if (!range || typeof range.relname !== 'string') return;
    const schema = typeof range.schemaname === 'string' ? range.schemaname : undefined;
    const alias = ((range.alias as Node | undefined)?.aliasname as string | undefined) ?? range.relname;
    entries.push({ alias, relation: { ...(schema && { schema }), name: range.relname } });
  });
  // Unqualified names look in every relation; the first with statistics for the column wins.
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.alias}\0${entry.relation.schema ?? ''}\0${entry.relation.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `$1`, `$1::int`, `lower($1)`: the parameter's number. */
function paramNumber(node: Node | undefined): number | null {
  const ref = node?.ParamRef as { number?: number } | undefined;
  return typeof ref?.number === 'number' ? ref.number : null;
}

/** Through casts and one-argument functions (`lower(email) = lower($1)`) to what they wrap. */
function unwrap(node: Node | undefined): Node | undefined {
  let current = node;
  for (let depth = 0; depth < 5 && current; depth++) {
    const cast = current.TypeCast as Node | undefined;
    const call = current.FuncCall as Node | undefined;
    if (cast) current = cast.arg as Node | undefined;
    else if (call && Array.isArray(call.args) && call.args.length === 1) current = call.args[0] as Node;
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

function walk(value: unknown, visit: (node: Node, key: string | null) => void, key: string | null = null): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit, key);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as Node;
  visit(node, key);
  for (const [childKey, child] of Object.entries(node)) walk(child, visit, childKey);
}

/**
 * Values for the queries that have `$n` and none given: chosen from base's database (else
 * head's, for a column only head has), the same values on both sides. A query whose
 * parameters cannot all be inferred keeps its generic plan.
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
  const missing = values.flatMap((value, index) => (value === null ? [index] : []));
  if (missing.length && databases.head !== databases.base) {
    const fromHead = await databases.head.sampleValues(missing.map((index) => probes[index]!));
    missing.forEach((probeIndex, index) => (values[probeIndex] = fromHead[index] ?? null));
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
