import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.ts';
import { ormFiles } from '../helpers/orm.ts';
import { pythonWith } from '../helpers/python.ts';
import { runCliFromSource } from '../helpers/cli.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

/**
 * Captured traffic of real ORMs (issue 15, items 1, 4, 5, 6): Django's `migrate` is setup
 * traffic that does not fail a migration-only pull request; SQLAlchemy requests told apart by
 * their endpoint tags alone; the cost of one request rises on an N+1 head; the JSON has the SQL.
 */

const ORM = join(FIXTURES, 'orm');

const PYTHON = pythonWith(['django', 'sqlalchemy', 'psycopg2', 'psycopg', 'pytest']).path;

const repos: TestRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

interface JsonReport {
  verdict: string;
  queries: { name: string; endpoint: string | null; status: string; sql?: string }[];
  endpoints: {
    endpoint: string;
    base: { queries: number; totalCost: number } | null;
    head: { queries: number; totalCost: number } | null;
    findings: { rule: string; severity: string; query?: string | null; message: string }[];
    captured?: Record<
      'base' | 'head',
      {
        requests: number | null;
        queries: number;
        queriesPerRequest: number | null;
        boundaries: string;
        totalCost: number | null;
        costPerRequest: number | null;
      } | null
    >;
  }[];
}

async function runGate(repo: TestRepo): Promise<{ code: number; report: JsonReport; stdout: string; stderr: string; markdown: string }> {
  const result = await runCliFromSource(['--base', repo.shas[0]!, '--head', repo.shas[1]!, '--json', 'report.json', '--markdown', 'comment.md'], repo.dir);
  const report = result.code <= 1 ? (JSON.parse(readFileSync(join(repo.dir, 'report.json'), 'utf8')) as JsonReport) : (null as unknown as JsonReport);
  const markdown = result.code <= 1 ? readFileSync(join(repo.dir, 'comment.md'), 'utf8') : '';
  return { ...result, report, markdown };
}

describe.skipIf(!PYTHON).each(['embedded', 'server'])('captured traffic of real ORMs on engine %s', (engine) => {
  it('passes a Django migration-only pull request: migrate is reported under (untagged), not gated', { timeout: 300_000 }, async () => {
    const dir = join(ORM, 'django-migrate');
    const repo = makeRepo();
    repos.push(repo);
    const config = `engine: ${engine}\ncapture:\n  command: ${PYTHON} manage.py migrate --noinput && ${PYTHON} drive.py\n`;
    repo.commit({ 'pg-plan-gate.yml': config, ...ormFiles('django-migrate', (path) => path.startsWith('head/')) });
    repo.commit({
      'library/models.py': readFileSync(join(dir, 'head', 'models.py'), 'utf8'),
      'library/migrations/0002_review.py': readFileSync(join(dir, 'head', '0002_review.py'), 'utf8'),
    });

    const { code, report, stdout, stderr, markdown } = await runGate(repo);
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(report.verdict).toBe('pass');
    const untagged = report.endpoints.find((endpoint) => endpoint.endpoint === '(untagged)')!;
    // The new model's table, content type and permissions: more setup statements on head, reported.
    expect(untagged.captured!.head!.queries).toBeGreaterThan(untagged.captured!.base!.queries);
    expect(untagged.captured!.head!.boundaries).toBe('none');
    expect(untagged.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toContain('info:query-count');
    expect(untagged.findings.every((finding) => finding.severity === 'info')).toBe(true);
    // What (untagged) ran is in the JSON and, collapsed, in the comment.
    const untaggedSql = report.queries.filter((query) => query.endpoint === '(untagged)').map((query) => query.sql ?? '');
    expect(untaggedSql.some((sql) => /INSERT INTO "django_migrations"/.test(sql))).toBe(true);
    expect(markdown).toContain('<details><summary><code>(untagged)</code>: SQL of');
    // The requests of the test Client were told apart by their endpoint tags, and did not change.
    const books = report.endpoints.find((endpoint) => endpoint.endpoint === 'books/')!;
    expect(books.captured!.base).toMatchObject({ boundaries: 'tags', requests: 2, queriesPerRequest: 1 });
    expect(books.findings).toEqual([]);

    // The same pull request, with the setup traffic gated on purpose, fails.
    if (engine !== 'embedded') return;
    repo.write({ 'pg-plan-gate.yml': `${config}  gate_untagged: true\n` });
    repo.git('commit', '-qam', 'gate untagged');
    repo.shas[1] = repo.git('rev-parse', 'HEAD');
    const gated = await runGate(repo);
    expect(gated.code, `${gated.stdout}\n${gated.stderr}`).toBe(1);
    expect(
      gated.report.endpoints.find((endpoint) => endpoint.endpoint === '(untagged)')!.findings.map((finding) => `${finding.severity}:${finding.rule}`),
    ).toContain('error:query-count');
  });

  /** The SQLAlchemy app: base loads books with selectinload, head (unless `same`) lazily, one query per author. */
  function sqlalchemyRepo(same = false, command = `${PYTHON} drive.py`): TestRepo {
    const repo = makeRepo();
    repos.push(repo);
    const config = `engine: ${engine}\nschema: schema.sql\nseed: seed.sql\ncapture:\n  command: ${command}\n`;
    repo.commit({ 'pg-plan-gate.yml': config, ...ormFiles('sqlalchemy') });
    repo.commit({ 'loading.txt': same ? 'selectin\n' : 'lazy\n' }, same ? 'no change' : 'lazy loading');
    return repo;
  }

  it('catches a SQLAlchemy N+1 told apart by endpoint tags alone; the cost of a request rises; the JSON has the SQL', { timeout: 300_000 }, async () => {
    const { code, report, stdout, stderr, markdown } = await runGate(sqlalchemyRepo());
    expect(code, `${stdout}\n${stderr}`).toBe(1);
    const authors = report.endpoints.find((endpoint) => endpoint.endpoint === '/authors')!;
    expect(authors.findings.map((finding) => `${finding.severity}:${finding.rule}`).sort()).toEqual(['error:n-plus-one', 'error:query-count']);
    // No traceparent: requests come from the route tag on a connection, and the pool's ROLLBACK
    // between two /authors requests on the same connection keeps them apart (3, not 2).
    expect(authors.captured!.base).toMatchObject({ boundaries: 'tags', requests: 3, queriesPerRequest: 2 });
    expect(authors.captured!.head).toMatchObject({ boundaries: 'tags', requests: 3, queriesPerRequest: 21 });
    // Summed over distinct queries head looks cheaper (no batch); one request costs far more.
    const [base, head] = [authors.captured!.base!, authors.captured!.head!];
    expect(head.costPerRequest!).toBeGreaterThan(base.costPerRequest! * 1.5);
    expect(authors.head!.totalCost).toBe(head.costPerRequest);
    expect(markdown).toMatch(/\| \/authors \| — \| 3 → 3 \(by tags\) \| 2 → 21 \| 2 → 2 \| [\d.,]+ → [\d.,]+ \| \+\d+%/);
    // The repeated query's SQL: in the JSON, and collapsed in the comment.
    const nPlusOne = authors.findings.find((finding) => finding.rule === 'n-plus-one')!;
    const repeated = report.queries.find((query) => query.name === nPlusOne.query)!;
    expect(repeated.sql).toMatch(/^SELECT books\.id AS books_id, .* FROM books WHERE \$1 = books\.author_id ORDER BY books\.id$/);
    expect(report.queries.filter((query) => query.endpoint === '/authors').every((query) => typeof query.sql === 'string')).toBe(true);
    expect(markdown).toContain('<details><summary><code>/authors</code>: SQL of');
    const other = report.endpoints.find((endpoint) => endpoint.endpoint === '/authors/<id>')!;
    expect(other.captured!.head).toMatchObject({ boundaries: 'tags', requests: 1, queriesPerRequest: 1 });
    expect(other.findings).toEqual([]);
  });

  it("runs the pytest + SQLAlchemy recipe: a test suite against the side's database catches the N+1 head", { timeout: 300_000 }, async () => {
    const { code, report, stdout, stderr } = await runGate(sqlalchemyRepo(false, `${PYTHON} -m pytest -q -p no:cacheprovider tests`));
    expect(code, `${stdout}\n${stderr}`).toBe(1);
    const authors = report.endpoints.find((endpoint) => endpoint.endpoint === '/authors')!;
    expect(authors.findings.map((finding) => `${finding.severity}:${finding.rule}`)).toContain('error:n-plus-one');
    expect(authors.captured!.head).toMatchObject({ boundaries: 'tags', requests: 2 });
  });

  it('gives an A/A of the SQLAlchemy app no findings', { timeout: 300_000 }, async () => {
    const { code, report, stdout, stderr } = await runGate(sqlalchemyRepo(true));
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(report.endpoints.flatMap((endpoint) => endpoint.findings).filter((finding) => finding.severity !== 'info')).toEqual([]);
    const authors = report.endpoints.find((endpoint) => endpoint.endpoint === '/authors')!;
    expect(authors.captured!.base!.costPerRequest).toBe(authors.captured!.head!.costPerRequest);
  });
});
