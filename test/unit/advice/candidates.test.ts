import { parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { candidatesFromTree, indexCandidates } from '../../../src/advice/candidates.ts';
import { loadParser } from '../../../src/engine/build/script.ts';

beforeAll(loadParser);

const sqlOf = (query: string) => indexCandidates(query).map((candidate) => candidate.sql);

describe('index candidates from the parse tree', () => {
  it('takes the expression compared with a parameter, not the column inside it', () => {
    expect(sqlOf('SELECT id FROM users WHERE lower(email) = lower($1)')).toEqual(['CREATE INDEX ON users (lower(email))']);
    expect(indexCandidates('SELECT id FROM users WHERE lower(email) = lower($1)')[0]).toMatchObject({
      table: 'users',
      keys: ['lower(email)'],
      expressions: true,
    });
  });

  it('orders equality, then range, then sort keys, alone and as multicolumn indexes', () => {
    expect(sqlOf('SELECT id FROM orders o WHERE o.customer_id = $1 AND o.created_at >= $2 AND o.status IN (1, 2) ORDER BY o.total DESC LIMIT 20')).toEqual([
      'CREATE INDEX ON orders (customer_id)',
      'CREATE INDEX ON orders (status)',
      'CREATE INDEX ON orders (customer_id, status)',
      'CREATE INDEX ON orders (customer_id, status, created_at)',
      'CREATE INDEX ON orders (customer_id, status, total)',
      'CREATE INDEX ON orders (created_at)',
      'CREATE INDEX ON orders (total)',
    ]);
  });

  it('keeps DESC only where sort directions are mixed (a backward scan serves one direction)', () => {
    expect(sqlOf('SELECT * FROM billing.invoices i WHERE i.customer_id = any($1) ORDER BY i.due, i.id DESC')).toEqual([
      'CREATE INDEX ON billing.invoices (customer_id)',
      'CREATE INDEX ON billing.invoices (customer_id, due, id DESC)',
      'CREATE INDEX ON billing.invoices (due, id DESC)',
    ]);
  });

  it('accepts constants, parameters, BETWEEN and outer columns as values; join columns and NOT are not', () => {
    expect(sqlOf("SELECT * FROM users WHERE created_at BETWEEN $1 AND now() AND org_id <> 3 AND NOT (email = 'x')")).toEqual([
      'CREATE INDEX ON users (created_at)',
    ]);
    // A correlated subquery's outer column is fixed per outer row: the subquery's table can use an index on it.
    expect(sqlOf('SELECT * FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id)')).toEqual(['CREATE INDEX ON orders (user_id)']);
    expect(sqlOf('SELECT * FROM users u JOIN orders o ON o.user_id = u.id')).toEqual([]);
  });

  it('proposes each OR branch alone: a multicolumn index serves neither', () => {
    expect(sqlOf('SELECT * FROM users WHERE org_id = 1 OR email = $1')).toEqual(['CREATE INDEX ON users (org_id)', 'CREATE INDEX ON users (email)']);
  });

  it('puts an unqualified column of a join on each table (the trial tells which has it), and a qualified one on its own', () => {
    expect(sqlOf("SELECT * FROM orders o JOIN users u ON u.id = o.user_id WHERE u.org_id = 4 AND status = 'open'")).toEqual([
      'CREATE INDEX ON users (org_id)',
      'CREATE INDEX ON users (status)',
      'CREATE INDEX ON users (org_id, status)',
      'CREATE INDEX ON orders (status)',
    ]);
  });

  it('skips CTE names, and looks inside the CTE', () => {
    expect(sqlOf("WITH recent AS (SELECT * FROM events WHERE created_at >= now() - interval '1 day') SELECT * FROM recent WHERE kind = 'x'")).toEqual([
      'CREATE INDEX ON events (created_at)',
    ]);
  });

  it('writes operator and cast expressions in parentheses and quotes names that need it', () => {
    expect(sqlOf(`SELECT * FROM docs WHERE data->>'email' = $1 AND created_at::date = '2024-01-01' AND "Order" = 3 AND "user" = 1`)).toEqual([
      "CREATE INDEX ON docs ((data ->> 'email'))",
      'CREATE INDEX ON docs ((created_at::date))',
      'CREATE INDEX ON docs ("Order")',
      'CREATE INDEX ON docs ("user")',
      `CREATE INDEX ON docs ((data ->> 'email'), (created_at::date), "Order", "user")`,
    ]);
  });

  it('covers UPDATE and DELETE conditions', () => {
    expect(sqlOf("UPDATE users SET email = 'x' WHERE org_id = $1")).toEqual(['CREATE INDEX ON users (org_id)']);
    expect(sqlOf('DELETE FROM sessions WHERE expires_at < now()')).toEqual(['CREATE INDEX ON sessions (expires_at)']);
  });

  it('gives nothing for aggregates as keys, whole-table reads and text that does not parse', () => {
    expect(sqlOf('SELECT count(*) FROM users')).toEqual([]);
    expect(sqlOf('SELECT org_id FROM users GROUP BY org_id HAVING count(*) > 3')).toEqual([]);
    expect(sqlOf('SELEC nope')).toEqual([]);
  });

  it('is a function of the parse tree alone', () => {
    const tree = parseSync('SELECT 1 FROM film WHERE lower(title) = $1').stmts![0]!.stmt as unknown as Record<string, unknown>;
    expect(candidatesFromTree(tree).map((candidate) => candidate.sql)).toEqual(['CREATE INDEX ON film (lower(title))']);
  });
});
