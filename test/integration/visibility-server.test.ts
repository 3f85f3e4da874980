import { describe, expect, it } from 'vitest';
import { gate, query } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';

/**
 * A build's VACUUM marks every page all-visible however the seed committed. With the WAL writer
 * slowed and the seed committing asynchronously, VACUUM right after the seed once found the rows'
 * commits unflushed, left the pages unmarked, and the count below was a seq scan; on the next
 * run, a moment later, an index-only scan (CI: a cached run "differed" from an uncached one).
 */
const repo = repoPerTest();

describe('server builds settle whatever the seed did to commits', () => {
  it('a seed committed asynchronously, with the WAL writer asleep, still gives index-only scans', { timeout: 300_000 }, async () => {
    const r = repo({
      'pg-plan-gate.yml': 'engine: server\nschema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n',
      // fillfactor 10: 2,500 heap pages against a 55-page index, so only all-visible pages make the index-only scan cheaper.
      'db/schema.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, note text) WITH (fillfactor = 10);\n',
      'db/seed.sql':
        "ALTER SYSTEM SET wal_writer_delay = '10s';\nALTER SYSTEM SET synchronous_commit = off;\nSELECT pg_reload_conf();\nSELECT pg_sleep(0.3);\n" +
        "INSERT INTO orders SELECT g, repeat('x', 40) FROM generate_series(1, 20000) g;\n",
      'queries/count.sql': 'SELECT count(*) FROM orders\n',
    });
    const report = await gate(r.dir, r.shas[0]!, r.shas[0]);
    const count = query(report, 'queries/count');
    expect(count.base && 'shape' in count.base ? count.base.shape : count.base).toMatch(/Index Only Scan using orders_pkey/);
    expect(count.head && 'shape' in count.head ? count.head.shape : count.head).toMatch(/Index Only Scan using orders_pkey/);
    expect(report.findings).toEqual([]);
  });
});
