import { beforeAll, describe, expect, it } from 'vitest';
import { clockReadAt } from '../../../../src/engine/build/clock.ts';
import { loadParser, splitScript } from '../../../../src/engine/build/script.ts';
import type { ScriptFile } from '../../../../src/engine/database.ts';

beforeAll(() => loadParser());

const file = (path: string, phase: 'schema' | 'seed', text: string): ScriptFile => ({ path, phase, steps: splitScript(text, path) });

describe('a build whose rows hold the time it ran', () => {
  let schema: ScriptFile;
  beforeAll(() => {
    schema = file('db/schema.sql', 'schema', 'CREATE TABLE users (id int PRIMARY KEY, email text, created_at timestamptz NOT NULL DEFAULT now());\n');
  });

  it('is found where a statement that runs reads the clock, in any of its spellings', () => {
    for (const read of [
      'now()',
      'CURRENT_TIMESTAMP',
      'current_date',
      'localtimestamp',
      "'now'::timestamptz",
      "timestamptz 'today'",
      'clock_timestamp()',
      'pg_catalog.now()',
    ]) {
      const seed = file('db/seed.sql', 'seed', `\nINSERT INTO users (id, email, created_at) SELECT g, 'u', ${read} FROM generate_series(1, 10) g;\n`);
      expect(clockReadAt([schema, seed]), read).toBe('db/seed.sql:2');
    }
    expect(clockReadAt([schema, file('db/seed.sql', 'seed', 'UPDATE users SET email = now()::text;\n')])).toBe('db/seed.sql:1');
  });

  it('is found where rows are inserted without a column whose default reads the clock, also by COPY', () => {
    expect(clockReadAt([schema, file('db/seed.sql', 'seed', "INSERT INTO users (id, email) VALUES (1, 'a');\n")])).toBe('db/seed.sql:1');
    expect(clockReadAt([schema, file('db/seed.sql', 'seed', 'COPY users (id, email) FROM stdin;\n1\ta\n\\.\n')])).toBe('db/seed.sql:1');
    const altered = file('db/migrations/2.sql', 'schema', 'CREATE TABLE t (id int);\nALTER TABLE t ALTER COLUMN id SET DEFAULT extract(epoch FROM now());\n');
    expect(clockReadAt([altered, file('db/seed.sql', 'seed', 'INSERT INTO t (id) VALUES (1);\nINSERT INTO t DEFAULT VALUES;\n')])).toBe('db/seed.sql:2');
  });

  it('is not found where the clock is only stored (defaults, views, functions) or every clocked column is given', () => {
    const view = file('db/views.sql', 'schema', "CREATE VIEW recent AS SELECT * FROM users WHERE created_at > now() - interval '1 day';\n");
    const given = file(
      'db/seed.sql',
      'seed',
      "INSERT INTO users (id, email, created_at) VALUES (1, 'a', '2026-01-01');\nINSERT INTO users VALUES (2, 'b', '2026-01-02');\n",
    );
    expect(clockReadAt([schema, view, given])).toBeNull();
    expect(clockReadAt([schema, file('db/seed.sql', 'seed', 'COPY users (id, email, created_at) FROM stdin;\n1\ta\t2026-01-01\n\\.\n')])).toBeNull();
  });

  it('on an incremental head: a column added with a clocked default fills the rows already there', () => {
    const seed = file('db/seed.sql', 'seed', "INSERT INTO users (id, email, created_at, seen_at) VALUES (1, 'a', '2026-01-01', '2026-01-02');\n");
    const added = file('db/migrations/3.sql', 'schema', 'ALTER TABLE users ADD COLUMN seen_at timestamptz DEFAULT now();\n');
    expect(clockReadAt([schema, seed], [added])).toBe('db/migrations/3.sql:1');
    // Before the seed (a fresh build) the table is empty, and the seed gives the column.
    expect(clockReadAt([schema, added, seed])).toBeNull();
  });
});
