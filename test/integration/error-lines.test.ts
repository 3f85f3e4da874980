import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.ts';
import { gate } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

const repo = repoPerTest();

/** A failing schema or seed statement names the line PostgreSQL points at, on every kind of backend. */
describe.each(['embedded', 'server'])('error lines on engine %s', (engine) => {
  const config = (file: string) => `engine: ${engine}\nschema: db/${file}\nqueries:\n  - name: q\n    sql: SELECT 1\n`;

  it("an error inside a multi-line statement names the line of its position, not the statement's first line", async () => {
    const r = repo({ 'pg-plan-gate.yml': config('schema.sql'), 'db/schema.sql': fixture('error-lines/schema.sql') });
    await expect(gate(r.dir, r.shas[0]!, r.shas[0])).rejects.toThrow(/^base\+head: db\/schema\.sql:6: type "numerc" does not exist$/);
  });

  it('a bad COPY row names the data line that failed', async () => {
    const r = repo({ 'pg-plan-gate.yml': config('seed.sql'), 'db/seed.sql': fixture('error-lines/seed.sql') });
    await expect(gate(r.dir, r.shas[0]!, r.shas[0])).rejects.toThrow(/^base\+head: db\/seed\.sql:8: invalid input syntax for type integer: "four"$/);
  });
});
