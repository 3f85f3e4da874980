import { beforeAll, describe, expect, it } from 'vitest';
import { candidateFromDefinition } from '../../../src/advice/lost-index.ts';
import { loadParser } from '../../../src/engine/build/script.ts';

beforeAll(loadParser);

describe('the index base used, from pg_get_indexdef', () => {
  it('comes back in the short form with its name, or without it when head uses the name', () => {
    const definition = 'CREATE INDEX orders_customer_created_idx ON public.orders USING btree (customer_id, created_at)';
    expect(candidateFromDefinition(definition, true)).toMatchObject({
      sql: 'CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at)',
      keys: ['customer_id', 'created_at'],
      expressions: false,
    });
    expect(candidateFromDefinition(definition, false)?.sql).toBe('CREATE INDEX ON orders (customer_id, created_at)');
  });

  it('keeps UNIQUE, other schemas, expressions, operator classes and directions', () => {
    expect(candidateFromDefinition('CREATE UNIQUE INDEX "Login" ON app.users USING btree (lower(email) text_pattern_ops DESC NULLS LAST)', true)).toMatchObject(
      {
        sql: 'CREATE UNIQUE INDEX "Login" ON app.users (lower(email) text_pattern_ops DESC NULLS LAST)',
        table: 'app.users',
        expressions: true,
      },
    );
  });

  it('keeps a partial, covering or non-B-tree index as PostgreSQL wrote it', () => {
    expect(candidateFromDefinition('CREATE INDEX docs_gin ON public.docs USING gin (data)', true)?.sql).toBe(
      'CREATE INDEX docs_gin ON public.docs USING gin (data)',
    );
    expect(candidateFromDefinition('CREATE INDEX live_idx ON public.users USING btree (org_id) WHERE (deleted_at IS NULL)', false)?.sql).toBe(
      'CREATE INDEX ON public.users USING btree (org_id) WHERE (deleted_at IS NULL)',
    );
  });
});
