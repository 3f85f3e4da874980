import type { ColumnProbe, Database, TypeProbe, ValueProbe } from '../engine/index.ts';
import { paramAnalysis, type ParamTarget } from './param-targets.ts';
import { toPostgresSqlNamed } from './placeholders.ts';
import { toExplainRequest } from './prepare.ts';
import type { QueryDef } from './queries.ts';

export { paramAnalysis, paramTargets, queryLevel, scopeOf, type ParamTarget, type RelationEntry, type Scope } from './param-targets.ts';

/** A LIMIT $n is planned for one page of this many rows. */
export const INFERRED_LIMIT = 20;

/** An array parameter gets the column's values at these points of its data: a few common values. */
const ARRAY_POSITIONS: ColumnProbe['position'][] = ['low', 'middle', 'high'];

/**
 * Inferred values by inferenceKey, and for the queries that have none, why: the parameter
 * and what kept it generic (`@interval ($2): compared with no column`).
 */
export class InferredParams extends Map<string, unknown[]> {
  readonly genericReasons = new Map<string, string>();
}

/**
 * Values for the queries that have `$n` and none given, read on both databases: a column only
 * one side has gives that side's value, and a column whose value differs between the sides
 * gives none. A parameter compared with no column (a function's argument, a value an INSERT
 * passes through), or with a column that has no statistics (an empty table), gets a typical
 * value of the type PostgreSQL gives it (1, a fixed date, an enum's first label). A query whose
 * parameters cannot all be inferred keeps its generic plan.
 */
export async function inferParams(
  defs: readonly QueryDef[],
  placeholders: Readonly<Record<string, string>>,
  databases: { base: Database; head: Database },
): Promise<InferredParams> {
  const inferred = new InferredParams();
  const wanted = new Map<string, Wanted>();
  for (const def of defs) {
    const key = inferenceKey(def);
    if (def.params || def.definitionError || wanted.has(key) || inferred.genericReasons.has(key)) continue;
    if (def.planMode === 'generic') {
      inferred.genericReasons.set(key, 'plan_mode: generic');
      continue;
    }
    const { sql, names } = toPostgresSqlNamed(def.sql, def.dialect ?? 'plain', placeholders);
    const analysis = paramAnalysis(sql);
    if (!analysis) continue; // it fails to parse: the query's own error says why
    const { targets, unmatched } = analysis;
    const numbers = [...targets.keys(), ...unmatched].sort((a, b) => a - b);
    if (numbers.length === 0) continue;
    // $n numbers with gaps (only $2 used) cannot be bound in order.
    if (!numbers.every((number) => number <= numbers.length)) {
      inferred.genericReasons.set(key, `its parameters skip numbers (${numbers.map((n) => `$${n}`).join(', ')})`);
      continue;
    }
    // The statement PostgreSQL prepares for the parameters' types: the one EXPLAIN gets, checked by the parser.
    const request = toExplainRequest(def, placeholders);
    wanted.set(key, { targets: [...targets.entries()].sort(([a], [b]) => a - b), unmatched, names, statement: 'error' in request ? null : request.sql });
  }
  const columnProbes: ColumnProbe[] = [];
  for (const { targets } of wanted.values()) {
    for (const [, target] of targets) if (target.kind === 'column') columnProbes.push(...probesOf(target));
  }
  const columns = await sampleOnBoth(databases, columnProbes);
  // Parameters no column gave a value: their type's typical value.
  const typeProbes: TypeProbe[] = [];
  const typed = new Map<string, Map<number, number>>(); // key → parameter → index in typeProbes
  let next = 0;
  for (const [key, { targets, unmatched, statement }] of wanted) {
    const untyped: TypeProbe[] = [];
    for (const [number, target] of targets) {
      if (target.kind !== 'column') continue;
      const indexes = probesOf(target).map(() => next++);
      if (statement !== null && indexes.some((index) => columns.values[index] === null) && !indexes.some((index) => columns.differs.has(index))) {
        untyped.push({ statement, param: number, column: { relations: target.probe.relations, column: target.probe.column, array: target.array } });
      }
    }
    if (statement !== null) for (const param of unmatched) untyped.push({ statement, param });
    if (untyped.length === 0) continue;
    const indexes = new Map<number, number>();
    for (const probe of untyped) indexes.set(probe.param, typeProbes.push(probe) - 1);
    typed.set(key, indexes);
  }
  const types = await sampleOnBoth(databases, typeProbes);
  next = 0;
  for (const [key, { targets, unmatched, names }] of wanted) {
    const params = new Map<number, unknown>();
    const reasons: [number, string][] = [];
    const typical = (number: number): { value: string } | { why: string } => {
      const index = typed.get(key)?.get(number);
      const value = index === undefined ? null : types.values[index];
      if (index !== undefined && types.differs.has(index)) return { why: 'of another type on base than on head' };
      return value === null || value === undefined ? { why: 'of a type with no typical value (or one PostgreSQL cannot tell)' } : { value };
    };
    for (const [number, target] of targets) {
      if (target.kind === 'limit') params.set(number, INFERRED_LIMIT);
      else if (target.kind === 'offset') params.set(number, 0);
      else if (target.kind === 'value') params.set(number, target.value);
      else {
        const indexes = probesOf(target).map(() => next++);
        const found = indexes.map((index) => columns.values[index] ?? null);
        if (found.every((value) => value !== null)) {
          params.set(number, target.array ? `{${found.map(arrayElement).join(',')}}` : found[0]);
          continue;
        }
        const column = `${target.probe.relations.map((relation) => relation.name).join(' or ')}.${target.probe.column}`;
        const byType = typical(number);
        if ('value' in byType) params.set(number, byType.value);
        else
          reasons.push([
            number,
            `${paramName(number, names)}: ${indexes.some((index) => columns.differs.has(index)) ? `${column} has other values on base than on head` : `${column} has no statistics (an empty table, a view or an unknown column)`}`,
          ]);
      }
    }
    for (const number of unmatched) {
      const byType = typical(number);
      if ('value' in byType) params.set(number, byType.value);
      else reasons.push([number, `${paramName(number, names)}: compared with no column, and ${byType.why}`]);
    }
    // The first parameter left without a value says why, with how many more there are.
    if (reasons.length) inferred.genericReasons.set(key, `${reasons.sort(([a], [b]) => a - b)[0]![1]}${more(reasons.length)}`);
    else
      inferred.set(
        key,
        [...params.keys()].sort((a, b) => a - b).map((number) => params.get(number)),
      );
  }
  return inferred;
}

interface Wanted {
  targets: [number, ParamTarget][];
  /** Parameters compared with no column: their type tells their value. */
  unmatched: number[];
  names: Map<number, string>;
  /** The statement to prepare for the parameters' types; null when it is not one statement. */
  statement: string | null;
}

/**
 * The probes' values on base, or where base has none, on head; a value both sides have must be
 * the same on both (a column filled by now(), a trigger or a default differs between builds, a
 * type a pull request changed): else none, and its index is in `differs`.
 */
async function sampleOnBoth(databases: { base: Database; head: Database }, probes: ValueProbe[]): Promise<{ values: (string | null)[]; differs: Set<number> }> {
  const differs = new Set<number>();
  if (probes.length === 0) return { values: [], differs };
  const values = await databases.base.sampleValues(probes);
  if (databases.head !== databases.base) {
    const fromHead = await databases.head.sampleValues(probes);
    fromHead.forEach((headValue, index) => {
      const baseValue = values[index] ?? null;
      if (baseValue !== null && headValue !== null && headValue !== baseValue) differs.add(index);
      values[index] = baseValue === null ? headValue : headValue === null || headValue === baseValue ? baseValue : null;
    });
  }
  return { values, differs };
}

function probesOf(target: Extract<ParamTarget, { kind: 'column' }>): ColumnProbe[] {
  return target.array ? ARRAY_POSITIONS.map((position) => ({ ...target.probe, position })) : [target.probe];
}

/** `@tenantId ($1)` for a named-query tool's parameter, else `$1`. */
function paramName(number: number, names: ReadonlyMap<number, string>): string {
  const name = names.get(number);
  return name ? `${name} ($${number})` : `$${number}`;
}

function more(count: number): string {
  return count > 1 ? ` (and ${count - 1} more ${count === 2 ? 'parameter' : 'parameters'})` : '';
}

/** Inferred values belong to a query's text: a query that a pull request rewrote gets its own. */
export function inferenceKey(def: Pick<QueryDef, 'name' | 'sql'>): string {
  return `${def.name}\0${def.sql}`;
}

/** One element of a PostgreSQL array literal. */
function arrayElement(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
