import { parseSync } from 'libpg-query';
import { queryLevel, scopeOf, type RelationEntry, type Scope } from '../explain/infer-params.ts';
import { relationLabel } from '../util/relation-name.ts';
import { identifier, indexKey, tableSql } from './index-sql.ts';

/**
 * Index candidates derived from a query's parse tree (not from plan text): per relation, the
 * columns and expressions it compares with constants or parameters, equality first, then
 * range, then its sort keys, alone and as multicolumn indexes. Whether one helps is for the
 * what-if trial to say; this only proposes, in the order worth trying.
 */

type Node = Record<string, unknown>;

export interface RelationName {
  schema?: string;
  name: string;
}

export interface IndexCandidate {
  relation: RelationName;
  /** The relation as SQL: `film`, `billing.invoices`. */
  table: string;
  /** Key columns and expressions as they go between the parentheses: `org_id`, `lower(email)`. */
  keys: string[];
  /** Some key is an expression: it has no statistics until the table is analyzed. */
  expressions: boolean;
  /** The statement to try, and to advise: `CREATE INDEX ON film (lower(title))`. */
  sql: string;
}

/** More key columns than this add little and cost a slower trial. */
const MAX_KEYS = 4;

const EQUALITY = new Set(['=']);
const RANGE = new Set(['<', '>', '<=', '>=']);

/** What one relation's conditions and sort offer an index, in query order, each key once. */
interface RelationUse {
  relation: RelationName;
  equality: string[];
  range: string[];
  /** Compared under an OR: each branch needs its own index (a BitmapOr), so no multicolumn ones. */
  alternative: string[];
  sort: { key: string; descending: boolean }[];
}

/** Candidates for one SQL statement; none when it does not parse. */
export function indexCandidates(sql: string): IndexCandidate[] {
  let statement: Node | undefined;
  try {
    statement = parseSync(sql).stmts?.[0]?.stmt;
  } catch {
    return [];
  }
  return statement ? candidatesFromTree(statement) : [];
}

/** The pure part: from a statement's parse tree to candidates, most promising first per relation. */
export function candidatesFromTree(statement: Node): IndexCandidate[] {
  const uses = new Map<string, RelationUse>();
  const useOf = (entry: RelationEntry) => {
    const label = relationLabel(entry.relation.schema, entry.relation.name);
    let use = uses.get(label);
    if (!use) uses.set(label, (use = { relation: entry.relation, equality: [], range: [], alternative: [], sort: [] }));
    return use;
  };

  const visit = (value: unknown, key: string | null, outer: Scope[], ctes: Set<string>): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, outer, ctes);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    const level = queryLevel(node, key);
    let scopes = outer;
    let names = ctes;
    if (level) {
      names = new Set([...ctes, ...cteNames(level)]);
      // A CTE's name is not a table an index can go on.
      const scope = scopeOf(level).filter((entry) => entry.relation.schema !== undefined || !names.has(entry.relation.name));
      scopes = [scope, ...outer];
      for (const condition of levelConditions(level)) {
        collectComparisons(condition, scopes, (entry, indexed, kind) => addKey(useOf(entry)[kind], indexed));
      }
      collectSortKeys(level, scopes, useOf);
    }
    for (const [childKey, child] of Object.entries(node)) visit(child, childKey, scopes, names);
  };
  visit(statement, null, [], new Set());

  const candidates: IndexCandidate[] = [];
  const seen = new Set<string>();
  for (const use of uses.values()) {
    for (const keys of keyCombinations(use)) {
      const candidate = makeCandidate(use.relation, keys);
      if (seen.has(candidate.sql)) continue;
      seen.add(candidate.sql);
      candidates.push(candidate);
    }
  }
  return candidates;
}

/**
 * Equality keys alone, then together, with the first range key, with the sort keys; range
 * keys alone; keys compared under an OR alone; the sort keys.
 */
function keyCombinations(use: RelationUse): string[][] {
  const { equality, range } = use;
  // A backward scan serves one direction for every key; only mixed directions need DESC in the index.
  const mixed = new Set(use.sort.map((entry) => entry.descending)).size > 1;
  const sort = use.sort.map((entry) => (mixed && entry.descending ? `${entry.key} DESC` : entry.key)).filter((key) => !equality.includes(key));
  const combinations: string[][] = equality.map((key) => [key]);
  if (equality.length > 1) combinations.push(equality);
  if (equality.length && range.length) combinations.push([...equality, range.find((key) => !equality.includes(key)) ?? range[0]!]);
  if (equality.length && sort.length) combinations.push([...equality, ...sort]);
  combinations.push(...range.filter((key) => !equality.includes(key)).map((key) => [key]));
  combinations.push(...use.alternative.map((key) => [key]));
  if (sort.length) combinations.push(sort);
  return combinations.map((keys) => [...new Set(keys)].slice(0, MAX_KEYS));
}

/** A candidate from its keys; `name` and `unique` for an index recreated as base had it. */
export function makeCandidate(relation: RelationName, keys: string[], name?: string, unique = false): IndexCandidate {
  const table = tableSql(relation.schema, relation.name);
  // Only an expression key has parentheses: a column is a bare or quoted name.
  const expressions = keys.some((key) => !/^("(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)( |$)/.test(key));
  return {
    relation,
    table,
    keys,
    expressions,
    sql: `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${name ? `${identifier(name)} ` : ''}ON ${table} (${keys.join(', ')})`,
  };
}

function addKey(list: string[], key: string): void {
  if (!list.includes(key)) list.push(key);
}

function cteNames(level: Node): string[] {
  const ctes = ((level.withClause as Node | undefined)?.ctes as Node[] | undefined) ?? [];
  return ctes.map((cte) => (cte.CommonTableExpr as { ctename?: string } | undefined)?.ctename).filter((name): name is string => name !== undefined);
}

/** WHERE and the ON conditions of the level's joins: what can restrict a scan. */
function levelConditions(level: Node): Node[] {
  const conditions: Node[] = [];
  if (level.whereClause) conditions.push(level.whereClause as Node);
  const fromItem = (item: Node | undefined) => {
    const join = item?.JoinExpr as Node | undefined;
    if (!join) return;
    if (join.quals) conditions.push(join.quals as Node);
    fromItem(join.larg as Node | undefined);
    fromItem(join.rarg as Node | undefined);
  };
  for (const item of (level.fromClause as Node[] | undefined) ?? []) fromItem(item);
  return conditions;
}

type KeyKind = 'equality' | 'range' | 'alternative';

/** Comparisons of an expression on one relation with a value: through AND and OR, not into NOT or subqueries. */
function collectComparisons(node: Node, scopes: Scope[], found: (entry: RelationEntry, key: string, kind: KeyKind) => void, underOr = false): void {
  const bool = node.BoolExpr as Node | undefined;
  if (bool) {
    if (bool.boolop === 'NOT_EXPR') return;
    const either = underOr || bool.boolop === 'OR_EXPR';
    for (const arg of (bool.args as Node[] | undefined) ?? []) collectComparisons(arg, scopes, found, either);
    return;
  }
  const expression = node.A_Expr as Node | undefined;
  if (!expression) return;
  const kind = expression.kind as string;
  const operator = ((expression.name as Node[] | undefined)?.[0]?.String as { sval?: string } | undefined)?.sval ?? '';
  const left = expression.lexpr as Node | undefined;
  const right = expression.rexpr as Node | undefined;
  const compare = (indexed: Node | undefined, values: (Node | undefined)[], keyKind: KeyKind) => {
    if (!indexed || values.length === 0 || !values.every((value) => value && isValue(value, scopes))) return;
    for (const [entry, key] of keyOnRelation(indexed, scopes)) found(entry, key, underOr ? 'alternative' : keyKind);
  };
  if (kind === 'AEXPR_OP' && (EQUALITY.has(operator) || RANGE.has(operator))) {
    const keyKind = EQUALITY.has(operator) ? 'equality' : 'range';
    compare(left, [right], keyKind);
    compare(right, [left], keyKind);
  } else if (kind === 'AEXPR_IN' && operator === '=') {
    compare(left, (right?.List as { items?: Node[] } | undefined)?.items ?? [], 'equality');
  } else if (kind === 'AEXPR_OP_ANY' && operator === '=') {
    compare(left, [right], 'equality');
  } else if (kind === 'AEXPR_BETWEEN' || kind === 'AEXPR_BETWEEN_SYM') {
    compare(left, (right?.List as { items?: Node[] } | undefined)?.items ?? [], 'range');
  }
}

/** ORDER BY keys of the level, as long as they stay on one relation (an index orders one table). */
function collectSortKeys(level: Node, scopes: Scope[], useOf: (entry: RelationEntry) => RelationUse): void {
  let owner: RelationEntry | undefined;
  const keys: { key: string; descending: boolean }[] = [];
  for (const item of (level.sortClause as Node[] | undefined) ?? []) {
    const sortBy = item.SortBy as Node | undefined;
    const resolved = sortBy?.node ? keyOnRelation(sortBy.node as Node, scopes) : [];
    // An unqualified key of a join could be any table's: an index cannot be proposed for it.
    if (resolved.length !== 1 || (owner && resolved[0]![0] !== owner)) break;
    owner = resolved[0]![0];
    keys.push({ key: resolved[0]![1], descending: sortBy!.sortby_dir === 'SORTBY_DESC' });
  }
  if (owner) for (const key of keys) if (!useOf(owner).sort.some((entry) => entry.key === key.key)) useOf(owner).sort.push(key);
}

/**
 * The relation(s) of this level an expression reads, and the expression as an index key;
 * empty when it reads none or more than one, or is not something an index key can be. An
 * unqualified column in a join could belong to any of the level's tables: each gets the key,
 * and the trial's CREATE INDEX tells which has the column.
 */
function keyOnRelation(node: Node, scopes: Scope[]): [RelationEntry, string][] {
  const key = indexKey(node);
  if (key === null) return [];
  const refs = columnRefs(node);
  if (refs.length === 0) return [];
  const innermost = scopes[0] ?? [];
  let owners: RelationEntry[] | undefined;
  for (const fields of refs) {
    const qualifier = fields.slice(0, -1);
    const matches =
      qualifier.length === 0
        ? innermost
        : innermost.filter((entry) => entry.alias === qualifier.at(-1) && (qualifier.length === 1 || entry.relation.schema === qualifier[0]));
    owners = owners ? owners.filter((entry) => matches.includes(entry)) : matches;
  }
  return (owners ?? []).map((entry) => [entry, key]);
}

/** A value for the level: constants, parameters, and columns of outer levels (fixed per outer row); no subqueries. */
function isValue(node: Node, scopes: Scope[]): boolean {
  if (containsKey(node, 'SubLink')) return false;
  return columnRefs(node).every((fields) => {
    if (fields.length < 2) return false;
    const alias = fields.at(-2);
    return !(scopes[0] ?? []).some((entry) => entry.alias === alias) && scopes.slice(1).some((scope) => scope.some((entry) => entry.alias === alias));
  });
}

function columnRefs(node: unknown): string[][] {
  const refs: string[][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const ref = (value as Node).ColumnRef as Node | undefined;
    if (ref) {
      refs.push(((ref.fields as Node[] | undefined) ?? []).map((field) => (field.String as { sval?: string } | undefined)?.sval ?? '*'));
      return;
    }
    Object.values(value).forEach(walk);
  };
  walk(node);
  return refs;
}

function containsKey(value: unknown, wanted: string): boolean {
  if (Array.isArray(value)) return value.some((item) => containsKey(item, wanted));
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, child]) => key === wanted || containsKey(child, wanted));
}
