import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../helpers/fixtures.ts';
import { costs, gate, query, rules } from '../helpers/gate.ts';
import { repoPerTest, type FileChanges } from '../helpers/repo.ts';

/**
 * Issue 25 part 1: a project in each migration tool's own layout (test/fixtures/migration-tools),
 * with the config a user writes first. Down sections, down files, undo files, revert and verify
 * scripts and rollback lines would each break the build or drop the index if they ran; the
 * versions are numbered so that code-point order is the wrong order. A pull request that adds a
 * harmless migration must give zero findings and identical costs, built incrementally (head is
 * base's migrations plus the new one, in the tool's order); one that adds a migration dropping
 * `orders_user_id` must fail on `orders-of-user`. Both engines.
 */
const repo = repoPerTest();
const projectFiles = (tool: string) => fixtureFiles(`migration-tools/${tool}`);

const AUDIT = 'CREATE TABLE audit_log (id bigint PRIMARY KEY, note text);\n';
const DROP = 'DROP INDEX orders_user_id;\n';

interface ToolProject {
  tool: string;
  /** A pull request adding a migration with this up SQL, as the tool's user writes it. */
  adds: (name: string, sql: string, files: Record<string, string>) => FileChanges;
}

const sqitchChange = (name: string, sql: string, files: Record<string, string>): FileChanges => ({
  'sqitch.plan': `${files['sqitch.plan']}${name} [order_indexes] 2024-03-01T12:00:00Z Bob Example <bob@example.com> # ${name}\n`,
  [`deploy/${name}.sql`]: `-- Deploy shop:${name} to pg\n\nBEGIN;\n\n${sql}\nCOMMIT;\n`,
  [`revert/${name}.sql`]: `-- Revert shop:${name} from pg\n\nBEGIN;\nSELECT 1/0;\nCOMMIT;\n`,
  [`verify/${name}.sql`]: `-- Verify shop:${name} on pg\n\nSELECT 1/0;\n`,
});

const PROJECTS: ToolProject[] = [
  {
    tool: 'goose',
    adds: (name, sql) => ({
      [`db/migrations/00004_${name}.sql`]: `-- +goose Up\n${sql}\n-- +goose Down\nCREATE INDEX orders_user_id ON orders (user_id);\nDROP TABLE users CASCADE;\n`,
    }),
  },
  {
    tool: 'dbmate',
    adds: (name, sql) => ({ [`db/migrations/20240301000000_${name}.sql`]: `-- migrate:up\n${sql}\n-- migrate:down\nDROP TABLE users CASCADE;\n` }),
  },
  {
    tool: 'golang-migrate',
    adds: (name, sql) => ({ [`migrations/12_${name}.up.sql`]: sql, [`migrations/12_${name}.down.sql`]: 'DROP TABLE users CASCADE;\n' }),
  },
  {
    tool: 'flyway',
    adds: (name, sql) => ({
      [`src/main/resources/db/migration/V11__${name}.sql`]: sql,
      [`src/main/resources/db/migration/U11__${name}.sql`]: 'DROP TABLE users CASCADE;\n',
    }),
  },
  { tool: 'sqitch', adds: sqitchChange },
  {
    tool: 'liquibase',
    adds: (name, sql, files) => ({
      'src/main/resources/db/changelog/db.changelog-master.yaml': `${files['src/main/resources/db/changelog/db.changelog-master.yaml']}  - include:\n      file: changes/003-${name}.sql\n      relativeToChangelogFile: true\n`,
      [`src/main/resources/db/changelog/changes/003-${name}.sql`]: `--liquibase formatted sql\n\n--changeset bob:6\n${sql}--rollback DROP TABLE users CASCADE;\n`,
    }),
  },
];

const ENGINES = [
  { engine: 'embedded', header: 'engine: embedded\n' },
  { engine: 'server', header: 'engine: server\n' },
];

describe.each(ENGINES)('migration tools as they are, on engine $engine', ({ header }) => {
  it.for(PROJECTS)(
    '$tool: A/A with a new migration passes with identical costs, incrementally; a migration dropping an index is caught',
    { timeout: 240_000 },
    async ({ tool, adds }) => {
      const files = projectFiles(tool);
      const base = { ...files, 'pg-plan-gate.yml': header + files['pg-plan-gate.yml']! };
      const r = repo(base);
      const harmless = r.commit(adds('audit_log', AUDIT, files));
      r.git('checkout', '-q', r.shas[0]!);
      const dropping = r.commit(adds('drop_orders_index', DROP, files));

      const same = await gate(r.dir, r.shas[0]!, harmless);
      expect(same.warnings).toEqual([]);
      expect(same.findings).toEqual([]);
      expect(same.verdict).toBe('pass');
      expect(same.build).toEqual({ base: 'fresh', head: 'incremental' });
      expect(same.queries.map((entry) => entry.status)).toEqual(['unchanged', 'unchanged']);
      for (const entry of same.queries) expect(entry.head, entry.name).toEqual(entry.base);
      expect(Object.values(costs(same)).every(([before, after]) => before !== null && before === after)).toBe(true);

      const broken = await gate(r.dir, r.shas[0]!, dropping);
      expect(broken.build).toEqual({ base: 'fresh', head: 'incremental' });
      expect(broken.verdict).toBe('fail');
      expect(query(broken, 'queries/orders-of-user').status).toBe('regressed');
      expect(rules(query(broken, 'queries/orders-of-user'))).toContain('error:cost-regression');
      expect(query(broken, 'queries/users-of-org').status).toBe('unchanged');
    },
  );

  it('a failing statement names the file, how it was read and its line in the original file', { timeout: 120_000 }, async () => {
    const files = projectFiles('goose');
    const r = repo(
      { ...files, 'pg-plan-gate.yml': `${header}build: fresh\n${files['pg-plan-gate.yml']}` },
      {
        'db/migrations/00004_bad.sql':
          '-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\nALTER TABLE userz ADD note text;\n-- +goose StatementEnd\n-- +goose Down\nSELECT 1;\n',
      },
    );
    await expect(gate(r.dir, r.shas[0]!, r.shas[1])).rejects.toThrow(
      /^head: db\/migrations\/00004_bad\.sql \(goose Up section\):4: relation "userz" does not exist$/,
    );
  });
});
