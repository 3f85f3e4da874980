import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { leftoverPlaceholders } from '../../../src/explain/placeholders.ts';
import { toExplainRequest } from '../../../src/explain/prepare.ts';
import { fromQueryFile, type QueryDef } from '../../../src/explain/queries.ts';
import { queryDef } from '../../helpers/queries.ts';

beforeAll(() => loadModule());

describe('placeholders', () => {
  it('a leftover placeholder is a query-error that names the placeholders map', () => {
    const def: QueryDef = { name: 'search', endpoint: null, file: 'q.sql', line: 3, sql: "SELECT * FROM t WHERE name LIKE '%x%' AND {{where}}" };
    expect(toExplainRequest(def)).toEqual({
      error: 'the query contains the application placeholder {{where}}: give it replacement text in the placeholders: map of the config',
    });
    expect(toExplainRequest(def, { '{{where}}': 'id = $1' })).toMatchObject({ sql: "SELECT * FROM t WHERE name LIKE '%x%' AND id = $1", generic: true });
    // Inside a string, it is data.
    expect(leftoverPlaceholders("SELECT '%query%', '{{x}}' FROM t WHERE a = %s")).toEqual(['%s']);
  });
});

describe('params and plan modes', () => {
  it('plans with values, generically without them, and generically when plan_mode says so', () => {
    expect(toExplainRequest(queryDef('a', { params: [5] }))).toMatchObject({ params: [5], generic: false, planMode: 'params' });
    expect(toExplainRequest(queryDef('b'))).toMatchObject({ generic: true, planMode: 'generic' });
    expect(toExplainRequest(queryDef('c', { params: [5], planMode: 'generic' }))).toMatchObject({ generic: true, planMode: 'generic' });
    expect(toExplainRequest({ ...queryDef('d'), sql: 'SELECT 1' })).toMatchObject({ generic: false, planMode: 'params' });
  });
});

describe('named-query edge cases found in review', () => {
  it('a single yesql query with :name parameters is recognised by parsing', () => {
    const [def] = fromQueryFile('sql/get-user.sql', '-- name: get-user\nSELECT * FROM users WHERE id = :id\n', {});
    expect(toExplainRequest(def!)).toMatchObject({ sql: 'SELECT * FROM users WHERE id = $1', paramCount: 1 });
  });
});
