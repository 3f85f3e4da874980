import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture } from '../helpers/fixtures.ts';
import { gate, query } from '../helpers/gate.ts';
import { repoPerTest } from '../helpers/repo.ts';
import { invalidUtf8Offset } from '../../src/util/text.ts';

const repo = repoPerTest();

describe('a query file that is not UTF-8', () => {
  it('is a query-error naming the byte offset, not a query explained with U+FFFD in it', async () => {
    const r = repo({
      'pg-plan-gate.yml': 'schema: db/schema.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n',
      'db/schema.sql': fixture('users/schema.sql'),
      'db/seed.sql': fixture('users/seed.sql'),
      'queries/by-email.sql': "SELECT id\nFROM users\nWHERE email = 'josé@example.com'\n",
    });
    // head: the same query saved as Latin-1 (bytes, so not through the string-based commit helper)
    writeFileSync(join(r.dir, 'queries/by-email.sql'), readFileSync(join(FIXTURES, 'encoding/latin1-query.sql')));
    r.git('commit', '-qam', 'latin-1');
    const report = await gate(r.dir, r.git('rev-parse', 'HEAD~1'), r.git('rev-parse', 'HEAD'));
    const byEmail = query(report, 'queries/by-email');
    expect(byEmail.status).toBe('error');
    expect(byEmail.head).toEqual({ error: 'queries/by-email.sql:4: not valid UTF-8 (byte offset 127); save the file as UTF-8' });
    expect(byEmail.findings).toEqual([expect.objectContaining({ rule: 'query-error', severity: 'error' })]);
    expect(report.verdict).toBe('fail');
  });

  it('finds the first bad byte after a U+FFFD the file spells out itself', () => {
    const bytes = Buffer.concat([Buffer.from('a\uFFFDb', 'utf8'), Buffer.from([0xc3]), Buffer.from('c')]);
    expect(invalidUtf8Offset(bytes)).toBe(5);
    expect(invalidUtf8Offset(Buffer.from('plain \uFFFD text', 'utf8'))).toBeNull();
  });
});
