import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromQueryFile, withConfiguredParams, withoutStatements } from '../../../src/explain/queries.ts';
import { queryDef } from '../../helpers/queries.ts';

beforeAll(() => loadModule());

describe('params and plan modes', () => {
  it("the params: map gives values by exact name, else the last matching glob; the query's own values win", () => {
    const map = { 'users/*': [1], 'users/by-*': [2], 'users/by-id': [3] };
    expect(withConfiguredParams(queryDef('users/by-id'), map).params).toEqual([3]);
    expect(withConfiguredParams(queryDef('users/by-org'), map).params).toEqual([2]);
    expect(withConfiguredParams(queryDef('users/list'), map).params).toEqual([1]);
    expect(withConfiguredParams(queryDef('orders/list'), map).params).toBeUndefined();
    expect(withConfiguredParams(queryDef('users/by-id', { params: [9] }), map).params).toEqual([9]);
  });
});

describe('statements EXPLAIN cannot take are skipped, not query-errors (issue 27, item 2)', () => {
  const FILE = `CREATE UNLOGGED TABLE river_leader(
  elected_at timestamptz NOT NULL,
  name text PRIMARY KEY DEFAULT 'default' CHECK (name = 'default')
);

-- name: LeaderGet :one
SELECT * FROM river_leader WHERE name = @name;

-- name: AnalyzeV1Task :exec
ANALYZE v1_task;

-- name: LockLeader :exec
LOCK TABLE river_leader IN EXCLUSIVE MODE;
`;

  it('sqlc DDL above the first marker and named utility statements are listed with their kind and line', () => {
    const defs = fromQueryFile('db/river_leader.sql', FILE, {});
    const { queries, skipped } = withoutStatements(defs, {}, 'head', {});
    expect(queries.map((def) => def.name)).toEqual(['LeaderGet']);
    expect(skipped).toEqual([
      { name: 'db/river_leader', file: 'db/river_leader.sql', line: 1, reason: 'CREATE TABLE: schema above the first -- name: marker, not a query' },
      { name: 'AnalyzeV1Task', file: 'db/river_leader.sql', line: 10, reason: 'ANALYZE: not a query EXPLAIN takes' },
      { name: 'LockLeader', file: 'db/river_leader.sql', line: 13, reason: 'LOCK: not a query EXPLAIN takes' },
    ]);
  });

  it('a query file that is also a schema file is skipped whole, with one info line', () => {
    const defs = fromQueryFile('db/tables.sql', 'CREATE TABLE tmp_slot (LIKE slot INCLUDING ALL);\n', {});
    const info: string[] = [];
    const { queries, skipped } = withoutStatements(defs, {}, 'head', { schemaFiles: ['db/tables.sql'], info: (line) => info.push(line) });
    expect(queries).toEqual([]);
    expect(skipped).toEqual([{ name: 'db/tables', file: 'db/tables.sql', line: 1, reason: 'a schema or seed file that a queries: glob also matched' }]);
    expect(info).toHaveLength(1);
  });
});
