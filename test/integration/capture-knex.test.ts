import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliFromSource } from '../helpers/cli.ts';
import { ormFiles } from '../helpers/orm.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

/**
 * The README's Node recipe with Knex: queries tagged with Knex's own .comment() (route and a
 * request_id), the app run by a plain script against DATABASE_URL. Head loads books one query
 * per author.
 */
const ROOT_MODULES = join(import.meta.dirname, '..', '..', 'node_modules');
const repos: TestRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

function knexRepo(engine: string, head: 'batch' | 'lazy'): TestRepo {
  const { 'schema.sql': schema, 'seed.sql': seed } = ormFiles('sqlalchemy');
  const repo = makeRepo();
  // The app imports knex and pg: its tree gets this project's node_modules, committed as a symlink.
  symlinkSync(ROOT_MODULES, join(repo.dir, 'node_modules'));
  repo.commit({
    'pg-plan-gate.yml': `engine: ${engine}\nschema: schema.sql\nseed: seed.sql\ncapture:\n  command: node drive.mjs\n`,
    'schema.sql': schema!,
    'seed.sql': seed!,
    ...ormFiles('knex'),
  });
  repo.commit({ 'loading.txt': `${head}\n` });
  repos.push(repo);
  return repo;
}

async function gate(repo: TestRepo) {
  const result = await runCliFromSource(['--base', repo.shas[0]!, '--head', repo.shas[1]!, '--json', 'report.json'], repo.dir);
  const report = result.code <= 1 ? JSON.parse(readFileSync(join(repo.dir, 'report.json'), 'utf8')) : null;
  return { ...result, report };
}

describe.each(['embedded', 'server'])('the Knex recipe on engine %s', (engine) => {
  it('catches the N+1 head by request_id, with the cost of a request rising', { timeout: 300_000 }, async () => {
    const { code, report, stdout, stderr } = await gate(knexRepo(engine, 'lazy'));
    expect(code, `${stdout}\n${stderr}`).toBe(1);
    const authors = report.endpoints.find((endpoint: { endpoint: string }) => endpoint.endpoint === '/authors');
    expect(authors.findings.map((finding: { rule: string }) => finding.rule)).toContain('n-plus-one');
    expect(authors.captured.head).toMatchObject({ boundaries: 'trace', requests: 2, queriesPerRequest: 21 });
    expect(authors.captured.base).toMatchObject({ boundaries: 'trace', requests: 2, queriesPerRequest: 2 });
    expect(authors.captured.head.costPerRequest).toBeGreaterThan(authors.captured.base.costPerRequest);
  });

  it('gives an A/A no findings', { timeout: 300_000 }, async () => {
    const { code, report, stdout, stderr } = await gate(knexRepo(engine, 'batch'));
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(
      report.endpoints
        .flatMap((endpoint: { findings: { severity: string }[] }) => endpoint.findings)
        .filter((finding: { severity: string }) => finding.severity !== 'info'),
    ).toEqual([]);
  });
});
