import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.ts';
import { gate, query } from '../helpers/gate.ts';
import { downloadUnavailable, readableCacheDir } from '../helpers/registry.ts';
import { repoPerTest } from '../helpers/repo.ts';

/**
 * `postgres_version:` through the whole gate: the machine's installed major (15 here), and a
 * major that is not installed (16), downloaded from the npm registry into a throwaway cache.
 */
const repo = repoPerTest();
let cacheDir: string;
let unavailable: string | undefined;

beforeAll(async () => {
  cacheDir = readableCacheDir('pgpg-version-cache-');
  unavailable = await downloadUnavailable();
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const files = (version: number) => ({
  'db/schema.sql': fixture('users/schema.sql'),
  'db/seed.sql': fixture('users/seed.sql'),
  'queries/by-org.sql': '-- params: [7]\nSELECT id FROM users WHERE org_id = $1\n',
  'queries/login.sql': '-- params: ["user7@example.com"]\nSELECT id FROM users WHERE email = $1\n',
  'pg-plan-gate.yml': `postgres_version: ${version}\nschema:\n  - db/schema.sql\n  - db/migrations/*.sql\nseed: db/seed.sql\nqueries:\n  - file: queries/*.sql\n`,
});

describe('postgres_version', () => {
  it('uses the installed binaries of that major', async () => {
    const r = repo(files(15), { 'db/migrations/1.sql': 'DROP INDEX users_org_idx;\n' });
    const report = await gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', {}, { cacheDir });
    expect(report.engine).toEqual({ kind: 'server', serverVersion: expect.stringMatching(/^15\./) });
    expect(query(report, 'queries/by-org').status).toBe('regressed');
  });

  it('downloads a major that is not installed, and gives an A/A with zero findings on it', async (context) => {
    if (unavailable) return context.skip(unavailable);
    const r = repo(files(16), { 'db/schema.sql': `-- other bytes, same schema: built twice\n${fixture('users/schema.sql')}` });
    const report = await gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', {}, { cacheDir });
    expect(report.engine).toEqual({ kind: 'server', serverVersion: expect.stringMatching(/^16\./) });
    expect(report.findings).toEqual([]);
    expect(report.warnings).toEqual([]);
    for (const entry of report.queries) expect(entry.head).toEqual(entry.base);
  }, 180_000);

  it('refuses server.bin of another major than postgres_version', async () => {
    const r = repo({
      ...files(16),
      'pg-plan-gate.yml': files(16)['pg-plan-gate.yml'].replace('postgres_version: 16\n', 'postgres_version: 16\nserver:\n  bin: /usr/lib/postgresql/15/bin\n'),
    });
    await expect(gate(r.dir, r.shas[0]!, r.shas[0])).rejects.toThrow(
      /^postgres_version is 16, but server\.bin \/usr\/lib\/postgresql\/15\/bin runs PostgreSQL 15\.\d+/,
    );
  });
});
