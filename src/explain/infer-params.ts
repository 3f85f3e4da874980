import type { Database, ValueProbe } from '../engine/index.ts';
import { paramAnalysis, type ParamTarget } from './param-targets.ts';
import { toPostgresSqlNamed } from './placeholders.ts';
import type { QueryDef } from './queries.ts';

export { paramAnalysis, paramTargets, queryLevel, scopeOf, type ParamTarget, type RelationEntry, type Scope } from './param-targets.ts';

/** A LIMIT $n is planned for one page of this many rows. */
export const INFERRED_LIMIT = 20;

/** An array parameter gets the column's values at these points of its data: a few common values. */
const ARRAY_POSITIONS: ValueProbe['position'][] = ['low', 'middle', 'high'];

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
 * gives none. A query whose parameters cannot all be inferred keeps its generic plan.
 */
export async function inferParams(
  defs: readonly QueryDef[],
  placeholders: Readonly<Record<string, string>>,
  databases: { base: Database; head: Database },
): Promise<InferredParams> {
  const inferred = new InferredParams();
  const wanted = new Map<string, { targets: [number, ParamTarget][]; names: Map<number, string> }>();
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
    if (unmatched.length) {
      inferred.genericReasons.set(key, `${paramName(unmatched[0]!, names)}: compared with no column${more(unmatched.length)}`);
      continue;
    }
    if (targets.size === 0) continue;
    // $n numbers with gaps (only $2 used) cannot be bound in order.
    if (![...targets.keys()].every((number) => number <= targets.size)) {
      inferred.genericReasons.set(key, `its parameters skip numbers (${[...targets.keys()].sort((a, b) => a - b).map((n) => `$${n}`).join(', ')})`);
      continue;
    }
    wanted.set(key, { targets: [...targets.entries()].sort(([a], [b]) => a - b), names });
  }
  const probes: ValueProbe[] = [];
  for (const { targets } of wanted.values()) {
    for (const [, target] of targets) if (target.kind === 'column') probes.push(...probesOf(target));
  }
  const values = probes.length ? await databases.base.sampleValues(probes) : [];
  const differs = new Set<number>();
  if (probes.length && databases.head !== databases.base) {
    // A value both sides have must be the same on both (a column filled by now(), a trigger or
    // a default differs between builds): else the query keeps its generic plan on both.
    const fromHead = await databases.head.sampleValues(probes);
    fromHead.forEach((headValue, index) => {
      const baseValue = values[index] ?? null;
      if (baseValue !== null && headValue !== null && headValue !== baseValue) differs.add(index);
      values[index] = baseValue === null ? headValue : headValue === null || headValue === baseValue ? baseValue : null;
    });
  }
  let next = 0;
  for (const [key, { targets, names }] of wanted) {
    const params: unknown[] = [];
    let reason: string | undefined;
    for (const [number, target] of targets) {
      if (target.kind === 'limit') params.push(INFERRED_LIMIT);
      else if (target.kind === 'offset') params.push(0);
      else if (target.kind === 'value') params.push(target.value);
      else {
        const indexes = probesOf(target).map(() => next++);
        const found = indexes.map((index) => values[index] ?? null);
        if (found.some((value) => value === null)) {
          const column = `${target.probe.relations.map((relation) => relation.name).join(' or ')}.${target.probe.column}`;
          reason ??= `${paramName(number, names)}: ${indexes.some((index) => differs.has(index)) ? `${column} has other values on base than on head` : `${column} has no statistics (an empty table, a view or an unknown column)`}`;
          params.push(null);
        } else params.push(target.array ? `{${(found as string[]).map(arrayElement).join(',')}}` : found[0]);
      }
    }
    if (reason) inferred.genericReasons.set(key, reason);
    else inferred.set(key, params);
  }
  return inferred;
}

function probesOf(target: Extract<ParamTarget, { kind: 'column' }>): ValueProbe[] {
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
