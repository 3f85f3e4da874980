import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { unexplainableKinds } from '../../../src/explain/statement-kind.ts';

beforeAll(() => loadModule());

describe('statements EXPLAIN cannot take are skipped, not query-errors (issue 27, item 2)', () => {
  it('classifies by the parser', () => {
    expect(unexplainableKinds('ANALYZE v1_task')).toEqual(['ANALYZE']);
    expect(unexplainableKinds('VACUUM t; SET x = 1; LOCK t; NOTIFY c; REFRESH MATERIALIZED VIEW m')).toEqual([
      'VACUUM',
      'SET',
      'LOCK',
      'NOTIFY',
      'REFRESH MATERIALIZED VIEW',
    ]);
    expect(unexplainableKinds('CREATE TABLE t2 (LIKE t INCLUDING ALL)')).toEqual(['CREATE TABLE']);
    expect(unexplainableKinds('SELECT 1')).toBeNull();
    expect(unexplainableKinds('CREATE TABLE t (a int); SELECT 1')).toBeNull();
    expect(unexplainableKinds('SELEC 1')).toBeNull();
  });
});
