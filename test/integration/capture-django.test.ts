import { afterEach, describe, expect, it } from 'vitest';
import { gate } from '../helpers/gate.ts';
import { ormRepo } from '../helpers/orm.ts';
import { pythonWith } from '../helpers/python.ts';
import type { TestRepo } from '../helpers/repo.ts';

// The Django 3.2 shop of test/fixtures/orm/django (psycopg2), through the real gate. Its tables
// come from its own migration (run by the command); the sqlcommenter middleware tags each
// request's queries with controller and route (and traceparent with SQLCOMMENTER_TRACEPARENT=1).
const python = pythonWith(['django', 'psycopg2']);

const repos: TestRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

function djangoRepo(engine: string, command: string): TestRepo {
  const config = `engine: ${engine}\nschema: []\ncapture:\n  command: ${command}\n  n_plus_one: 5\n`;
  const repo = ormRepo('django', config);
  repos.push(repo);
  return repo;
}

describe.skipIf(!python.path)('Django through the gate', () => {
  describe.each(['embedded', 'server'])('engine %s', (engine) => {
    it('test-Client recipe: head forgets select_related (n-plus-one) and adds a count() (query-count); A/A passes', { timeout: 300_000 }, async () => {
      const repo = djangoRepo(engine, `SQLCOMMENTER_TRACEPARENT=1 ${python.path} drive.py`);
      const report = await gate(repo.dir, repo.shas[0]!, repo.shas[1]);
      expect(report.verdict).toBe('fail');
      const errors = report.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.endpoint}:${finding.rule}`);
      expect(errors.sort()).toEqual(['authors/:query-count', 'books/:n-plus-one', 'books/:query-count']);
      const books = report.endpoints.find((endpoint) => endpoint.endpoint === 'books/')!;
      expect(books.captured?.base).toMatchObject({ requests: 3, queriesPerRequest: 1 });
      expect(books.captured?.head).toMatchObject({ requests: 3, queriesPerRequest: 21 });
      const same = await gate(repo.dir, repo.shas[0]!, repo.shas[0]);
      expect(same.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(same.verdict).toBe('pass');
    });

    it('test-runner recipe (TEST: NAME = PGDATABASE, manage.py test --keepdb): runs in the built database', { timeout: 300_000 }, async () => {
      const repo = djangoRepo(engine, `SQLCOMMENTER_TRACEPARENT=1 ${python.path} manage.py test --keepdb --noinput`);
      const report = await gate(repo.dir, repo.shas[0]!, repo.shas[1]);
      const errors = report.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.endpoint}:${finding.rule}`);
      expect(errors).toContain('books/:n-plus-one');
      expect(report.endpoints.find((endpoint) => endpoint.endpoint === 'books/')!.captured?.head).toMatchObject({ queriesPerRequest: 21 });
      // Django's existence check on the maintenance database "postgres" is served, not refused.
      expect(report.warnings.filter((warning) => warning.includes('refused'))).toEqual([]);
    });

    it("Django's default test database (test_<name>) is refused with the recipe, the same way", { timeout: 300_000 }, async () => {
      const repo = djangoRepo(engine, `DJANGO_DEFAULT_TEST_DB=1 ${python.path} manage.py test --noinput`);
      const failure = await gate(repo.dir, repo.shas[0]!, repo.shas[0]).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/^base: capture\.command failed \(exit \d\)/);
      expect(failure).toMatch(/database "test_[a-z0-9_]+" is not served by pg-plan-gate/);
      expect(failure).toMatch(
        /base: refused 1 connection to database "test_[a-z0-9_]+": [^\n]*TEST"\] = \{"NAME": os.environ\["PGDATABASE"\]\} with manage\.py test --keepdb/,
      );
    });
  });
});
