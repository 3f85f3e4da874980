import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.ts';
import { gate, query } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

const repo = repoPerTest();

/** 5 MB of IN list: parsing and planning it peaked at 1.1 GB before the bound. */
const hugeInList = (bytes: number) => {
  const ids: string[] = [];
  for (let length = 0, id = 1; length < bytes; id++) length += (ids[ids.length] = String(id)).length + 2;
  return `SELECT id FROM users WHERE id IN (${ids.join(', ')})\n`;
};

describe('a query text over 1 MB', () => {
  it('is a query-error naming its size and the bound, and the other queries still run', async () => {
    const r = repo({
      'pg-plan-gate.yml': 'schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n',
      'db/schema.sql': fixture('users/schema.sql'),
      'db/seed.sql': fixture('users/seed.sql'),
      'queries/huge.sql': hugeInList(5 * 1024 * 1024),
      'queries/small.sql': hugeInList(1000 * 1024),
    });
    const sha = r.shas[0]!;
    const report = await gate(r.dir, sha, sha);
    const huge = query(report, 'queries/huge');
    expect(huge.head).toEqual({
      error: expect.stringMatching(
        /^queries\/huge\.sql:1: the query is 5\.0 MB, over the 1\.0 MB pg-plan-gate explains \(send a list this long as one array parameter: = ANY\(\$1\)\)$/,
      ),
    });
    // The same on both sides: a warning, as for any query that fails on base too.
    expect(huge.findings).toEqual([expect.objectContaining({ rule: 'query-error', severity: 'warning' })]);
    expect(query(report, 'queries/small').status).toBe('unchanged');
  });
});
