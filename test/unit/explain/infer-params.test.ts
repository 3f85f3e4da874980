import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database, ValueProbe } from '../../../src/engine/database.ts';
import { inferenceKey, inferParams } from '../../../src/explain/infer-params.ts';
import type { QueryDef } from '../../../src/explain/queries.ts';
import { fakeDatabase } from '../../helpers/fake-database.ts';

beforeAll(() => loadModule());

/** A database whose columns and parameter types answer as told: `t.a` → value, `$1` → a typical value of its type. */
function database(columns: Record<string, string>, types: Record<number, string>, asked: ValueProbe[] = []): Database {
  return fakeDatabase({
    sampleValues: async (probes) => {
      asked.push(...probes);
      return probes.map((probe) => ('statement' in probe ? (types[probe.param] ?? null) : (columns[`${probe.relations[0]!.name}.${probe.column}`] ?? null)));
    },
  });
}

function def(name: string, sql: string): QueryDef {
  return { name, endpoint: null, file: 'db/query.sql', line: 1, sql, dialect: 'sqlc' };
}

async function infer(query: QueryDef, base: Database, head: Database = base): Promise<unknown[] | string | undefined> {
  const inferred = await inferParams([query], {}, { base, head });
  return inferred.get(inferenceKey(query)) ?? inferred.genericReasons.get(inferenceKey(query));
}

describe('parameters compared with no column take a typical value of their type (issue 27)', () => {
  it("a function's argument gets its type's typical value; a column comparison still wins for the others", async () => {
    const asked: ValueProbe[] = [];
    const query = def('CreatePartition', "SELECT create_partition('t', @date::date) FROM t WHERE a = @a");
    expect(await infer(query, database({ 't.a': '7' }, { 1: '2026-01-01' }, asked))).toEqual(['2026-01-01', '7']);
    // The type is asked of the statement EXPLAIN gets, for the unmatched parameter only.
    expect(asked.filter((probe) => 'statement' in probe)).toEqual([{ statement: "SELECT create_partition('t', $1::date) FROM t WHERE a = $2", param: 1 }]);
  });

  it("a column without statistics (an empty table) falls back to a type: the column's, as an array where the parameter is one", async () => {
    const asked: ValueProbe[] = [];
    expect(
      await infer(def('ByStep', 'SELECT * FROM step WHERE id = ANY(@ids::uuid[])'), database({}, { 1: '{"00000000-0000-4000-8000-000000000001"}' }, asked)),
    ).toEqual(['{"00000000-0000-4000-8000-000000000001"}']);
    expect(asked.filter((probe) => 'statement' in probe)).toEqual([
      { statement: 'SELECT * FROM step WHERE id = ANY($1::uuid[])', param: 1, column: { relations: [{ name: 'step' }], column: 'id', array: true } },
    ]);
  });

  it('stays generic, saying why, when the type has no typical value or differs between the sides', async () => {
    expect(await infer(def('Near', 'SELECT * FROM t WHERE a = @a AND box(@p::point, @p::point) IS NOT NULL'), database({ 't.a': '7' }, {}))).toBe(
      'p ($2): compared with no column, and of a type with no typical value (or one PostgreSQL cannot tell)',
    );
    expect(await infer(def('Empty', 'SELECT * FROM step WHERE id = @id'), database({}, {}))).toBe(
      'id ($1): step.id has no statistics (an empty table, a view or an unknown column)',
    );
    expect(await infer(def('Retyped', 'SELECT f(@n)'), database({}, { 1: '1' }), database({}, { 1: 'a' }))).toBe(
      'n ($1): compared with no column, and of another type on base than on head',
    );
  });

  it('counts the other parameters left without a value', async () => {
    expect(await infer(def('Two', 'SELECT f(@x::point, @y::point)'), database({}, {}))).toMatch(
      /^x \(\$1\): compared with no column, .* \(and 1 more parameter\)$/,
    );
  });
});
