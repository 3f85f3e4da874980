import { beforeAll, describe, expect, it } from 'vitest';
import { collectSqlFiles, type SqlFileLists } from '../../../../src/sides/files.ts';
import { compareVersions, versionParts } from '../../../../src/sides/migrations/names.ts';
import type { SideTree } from '../../../../src/sides/tree.ts';
import { loadParser, splitScript } from '../../../../src/engine/build/script.ts';
import { incrementalStart } from '../../../../src/engine/cache/build-sides.ts';

/** A side's tree from a record of files. */
function treeOf(files: Record<string, string>): SideTree {
  return { ref: 'head', sha: null, listFiles: async () => Object.keys(files), readText: async (path: string) => files[path] ?? null } as unknown as SideTree;
}

async function collect(files: Record<string, string>, lists: Partial<SqlFileLists> & { schema: string[] }) {
  return collectSqlFiles(treeOf(files), 'head', { seed: [], ...lists }, 'pg-plan-gate.yml', () => {});
}

const paths = (files: { path: string }[]) => files.map((file) => file.path);
/** The statements that run, without the empty lines left for line numbers. */
const statements = (text: string) => splitScript(text, 'test').map((step) => (step.kind === 'sql' ? `${step.line}: ${step.sql}` : step.kind));

describe('migration formats, read as the tool reads them', () => {
  beforeAll(loadParser);

  it('goose: only the Up section runs, on its original lines; versions compare as numbers', async () => {
    const files = await collect(
      {
        'db/migrations/00010_index.sql': '-- +goose Up\nCREATE INDEX users_email ON users (email);\n\n-- +goose Down\nDROP INDEX users_email;\n',
        'db/migrations/00002_users.sql': [
          '-- +goose Up',
          '-- +goose StatementBegin',
          'CREATE TABLE users (id int PRIMARY KEY, email text);',
          'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;',
          '-- +goose StatementEnd',
          '-- +goose Down',
          'DROP TABLE users;',
        ].join('\n'),
        'db/migrations/9_first.sql':
          '-- +goose Up\n-- +goose NO TRANSACTION\nCREATE EXTENSION IF NOT EXISTS pg_trgm;\n-- +goose Down\nDROP EXTENSION pg_trgm;\n',
      },
      { schema: ['db/migrations/*.sql'] },
    );
    expect(paths(files)).toEqual(['db/migrations/00002_users.sql', 'db/migrations/9_first.sql', 'db/migrations/00010_index.sql']);
    expect(files.every((file) => file.reading === 'goose Up section')).toBe(true);
    expect(statements(files[0]!.text)).toEqual([
      '3: CREATE TABLE users (id int PRIMARY KEY, email text)',
      '4: CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$',
    ]);
    expect(statements(files[2]!.text)).toEqual(['2: CREATE INDEX users_email ON users (email)']);
  });

  it('goose ENVSUB ON substitutes from the environment; placeholders: come first; unset is an error naming file and line', async () => {
    process.env.PGPG_TEST_SCHEMA = 'app';
    const text =
      "-- +goose Up\n-- +goose ENVSUB ON\nCREATE SCHEMA ${PGPG_TEST_SCHEMA};\nCREATE TABLE ${PGPG_TEST_SCHEMA}.t (x int DEFAULT ${PGPG_TEST_DEFAULT:-7});\n-- +goose ENVSUB OFF\nSELECT '${kept}';\n";
    const [file] = await collect({ 'm/001_a.sql': text }, { schema: ['m/*.sql'] });
    expect(statements(file!.text)).toEqual(['3: CREATE SCHEMA app', '4: CREATE TABLE app.t (x int DEFAULT 7)', "6: SELECT '${kept}'"]);
    const [given] = await collect({ 'm/001_a.sql': text }, { schema: ['m/*.sql'], placeholders: { '${PGPG_TEST_SCHEMA}': 'other' } });
    expect(statements(given!.text)[0]).toBe('3: CREATE SCHEMA other');
    delete process.env.PGPG_TEST_SCHEMA;
    await expect(collect({ 'm/001_a.sql': text }, { schema: ['m/*.sql'] })).rejects.toThrow(
      /^head: m\/001_a\.sql \(goose Up section\):3: \$\{PGPG_TEST_SCHEMA\} \(goose ENVSUB\) is not set in the environment/,
    );
  });

  it('goose: a Go migration beside the SQL ones is a one-line error naming it', async () => {
    const files = {
      'db/migrations/00001_a.sql': '-- +goose Up\nSELECT 1;\n',
      'db/migrations/00002_backfill.go': 'package migrations\n',
      'db/migrations/migrations_test.go': '',
    };
    await expect(collect(files, { schema: ['db/migrations/*.sql'] })).rejects.toThrow(
      /^head: db\/migrations\/00002_backfill\.go \(goose Go migration\): .*command:/,
    );
    const two = { ...files, 'db/migrations/00003_more.go': 'package migrations\n' };
    await expect(collect(two, { schema: ['db/migrations/*.sql'] })).rejects.toThrow(
      /^head: db\/migrations\/00002_backfill\.go, db\/migrations\/00003_more\.go \(goose Go migrations\): .* write them in SQL$/,
    );
  });

  it('dbmate: only migrate:up runs, options included', async () => {
    const [file] = await collect(
      {
        'db/migrations/20240101000000_users.sql':
          '-- migrate:up transaction:false\nCREATE TABLE users (id int);\nCREATE INDEX CONCURRENTLY u ON users (id);\n\n-- migrate:down\nDROP TABLE users;\n',
      },
      { schema: ['db/migrations/*.sql'] },
    );
    expect(file!.reading).toBe('dbmate migrate:up section');
    expect(statements(file!.text)).toEqual(['2: CREATE TABLE users (id int)', '3: CREATE INDEX CONCURRENTLY u ON users (id)']);
  });

  it('golang-migrate: up files in version order, down files never', async () => {
    const files = await collect(
      {
        'migrations/10_c.up.sql': 'SELECT 10;',
        'migrations/10_c.down.sql': 'SELECT -10;',
        'migrations/2_b.up.sql': 'SELECT 2;',
        'migrations/2_b.down.sql': 'SELECT -2;',
        'migrations/1_a.up.sql': 'SELECT 1;',
      },
      { schema: ['migrations/*.sql'] },
    );
    expect(paths(files)).toEqual(['migrations/1_a.up.sql', 'migrations/2_b.up.sql', 'migrations/10_c.up.sql']);
    expect(files[0]!.reading).toBe('golang-migrate up migration');
  });

  it('Flyway: versions as numbers (1 < 2 < 10 < 10.1 = 10_1 < 11), repeatables last by description, undo never', async () => {
    expect(compareVersions(versionParts('10.1'), versionParts('10_1'))).toBe(0);
    expect(compareVersions(versionParts('1.0'), versionParts('1'))).toBe(0);
    const files = await collect(
      {
        'db/migration/V11__k.sql': 'SELECT 11;',
        'db/migration/V10_1__j.sql': 'SELECT 10.1;',
        'db/migration/V10__i.sql': 'SELECT 10;',
        'db/migration/V2__b.sql': 'SELECT 2;',
        'db/migration/sub/V1__a.sql': 'SELECT 1;',
        'db/migration/R__b_views.sql': 'SELECT 0;',
        'db/migration/R__a_functions.sql': 'SELECT 0;',
        'db/migration/U2__b.sql': 'SELECT -2;',
      },
      { schema: ['db/migration/**/*.sql'] },
    );
    expect(paths(files)).toEqual([
      'db/migration/sub/V1__a.sql',
      'db/migration/V2__b.sql',
      'db/migration/V10__i.sql',
      'db/migration/V10_1__j.sql',
      'db/migration/V11__k.sql',
      'db/migration/R__a_functions.sql',
      'db/migration/R__b_views.sql',
    ]);
    expect(files[3]!.reading).toBe('Flyway versioned migration 10.1');
    expect(files[5]!.reading).toBe('Flyway repeatable migration');
  });

  it('Flyway: two files of one version are refused; placeholders come from placeholders:, a missing one names its line', async () => {
    await expect(collect({ 'm/V1__a.sql': '', 'm/V1.0__b.sql': '' }, { schema: ['m/*.sql'] })).rejects.toThrow(/are both flyway version 1;/);
    const text =
      'CREATE SCHEMA IF NOT EXISTS ${flyway:defaultSchema};\nCREATE TABLE ${schema}.t (x int); -- ${flyway:filename}\nGRANT SELECT ON ${schema}.t TO ${role};\n';
    await expect(collect({ 'm/V1__a.sql': text }, { schema: ['m/*.sql'], placeholders: { '${schema}': 'app' } })).rejects.toThrow(
      'head: m/V1__a.sql (Flyway versioned migration 1):3: no value for Flyway placeholder ${role}: give it in placeholders: ("${role}": ...)',
    );
    const [file] = await collect({ 'm/V1__a.sql': text }, { schema: ['m/*.sql'], placeholders: { '${schema}': 'app', '${role}': 'reader' } });
    expect(file!.text).toBe('CREATE SCHEMA IF NOT EXISTS public;\nCREATE TABLE app.t (x int); -- V1__a.sql\nGRANT SELECT ON app.t TO reader;\n');
  });

  it('Sqitch: the plan names deploy scripts in order; tags skipped; a reworked change runs its @tag script first', async () => {
    const plan = [
      '%syntax-version=1.0.0',
      '%project=flipr',
      '',
      'appschema 2024-01-01T00:00:00Z Ann <ann@example.com> # schema',
      'users [appschema] 2024-01-02T00:00:00Z Ann <ann@example.com> # users',
      '@v1.0 2024-01-03T00:00:00Z Ann <ann@example.com> # tag',
      'flips [users] 2024-01-04T00:00:00Z Ann <ann@example.com>',
      'users [users@v1.0] 2024-01-05T00:00:00Z Ann <ann@example.com> # reworked',
    ].join('\n');
    const files = await collect(
      {
        'db/sqitch.plan': plan,
        'db/deploy/appschema.sql': 'CREATE SCHEMA app;',
        'db/deploy/users.sql': 'ALTER TABLE app.users ADD email text;',
        'db/deploy/users@v1.0.sql': 'CREATE TABLE app.users (id int);',
        'db/deploy/flips.sql': 'CREATE TABLE app.flips (id int);',
        'db/revert/users.sql': 'DROP TABLE app.users;',
      },
      { schema: ['db/sqitch.plan'] },
    );
    expect(paths(files)).toEqual(['db/deploy/appschema.sql', 'db/deploy/users@v1.0.sql', 'db/deploy/flips.sql', 'db/deploy/users.sql']);
    expect(files[1]!.reading).toBe('Sqitch deploy script of change users');
    await expect(
      collect({ 'sqitch.plan': 'a 2024-01-01T00:00:00Z A <a@b>\nb 2024-01-01T00:00:00Z A <a@b>\n', 'deploy/a.sql': '' }, { schema: ['sqitch.plan'] }),
    ).rejects.toThrow('head: sqitch.plan (Sqitch plan):2: change b has no deploy script deploy/b.sql');
  });

  it('Liquibase formatted SQL: changesets run, rollbacks and other dbms do not, endDelimiter ends statements', async () => {
    const text = [
      '--liquibase formatted sql',
      '',
      '--changeset ann:1',
      'CREATE TABLE users (id int);',
      '--rollback DROP TABLE users;',
      '',
      '--changeset ann:2 dbms:oracle',
      'CREATE TABLE dual_thing (x number);',
      '',
      '--changeset ann:3 endDelimiter:/ splitStatements:false',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      '/',
      '/* liquibase rollback',
      'DROP FUNCTION f;',
      '*/',
      '--changeset ann:4 dbms:postgresql',
      'CREATE INDEX users_id ON users (id);',
    ].join('\n');
    const [file] = await collect({ 'db/changes.sql': text }, { schema: ['db/*.sql'] });
    expect(file!.reading).toBe('Liquibase formatted SQL');
    expect(statements(file!.text)).toEqual([
      '4: CREATE TABLE users (id int)',
      '11: CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      '17: CREATE INDEX users_id ON users (id)',
    ]);
  });

  it('Liquibase: a master changelog (YAML, XML, JSON) orders its includes; other change types are refused by changeset', async () => {
    const tree = {
      'src/main/resources/db/changelog/db.changelog-master.yaml': [
        'databaseChangeLog:',
        '  - include:',
        '      file: db/changelog/001-init.sql',
        '  - include:',
        '      file: more.xml',
        '      relativeToChangelogFile: true',
        '  - includeAll:',
        '      path: db/changelog/later/',
      ].join('\n'),
      'src/main/resources/db/changelog/more.xml':
        '<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n  <!-- <include file="nope.sql"/> -->\n  <changeSet id="2" author="a">\n    <sqlFile path="002-more.sql" relativeToChangelogFile="true"/>\n  </changeSet>\n  <include file="003.json" relativeToChangelogFile="true"/>\n</databaseChangeLog>\n',
      'src/main/resources/db/changelog/003.json': '{"databaseChangeLog": [{"include": {"file": "003-json.sql", "relativeToChangelogFile": true}}]}',
      'src/main/resources/db/changelog/001-init.sql': '--liquibase formatted sql\n--changeset a:1\nCREATE TABLE t (id int);\n',
      'src/main/resources/db/changelog/002-more.sql': 'CREATE INDEX t_id ON t (id);\n',
      'src/main/resources/db/changelog/003-json.sql': 'SELECT 3;\n',
      'src/main/resources/db/changelog/later/b.sql': 'SELECT 5;\n',
      'src/main/resources/db/changelog/later/a.sql': 'SELECT 4;\n',
    };
    const files = await collect(tree, { schema: ['src/main/resources/db/changelog/db.changelog-master.yaml'] });
    expect(paths(files).map((path) => path.replace('src/main/resources/db/changelog/', ''))).toEqual([
      '001-init.sql',
      '002-more.sql',
      '003-json.sql',
      'later/a.sql',
      'later/b.sql',
    ]);
    expect(files[0]!.reading).toBe('Liquibase formatted SQL');
    expect(files[1]!.reading).toBe('SQL file of Liquibase changelog src/main/resources/db/changelog/more.xml');
    const refused = {
      'changelog.xml': '<databaseChangeLog>\n  <changeSet id="7" author="a">\n    <createTable tableName="t"/>\n  </changeSet>\n</databaseChangeLog>\n',
    };
    await expect(collect(refused, { schema: ['changelog.xml'] })).rejects.toThrow(
      'head: changelog.xml (Liquibase changelog):3: changeset 7 uses createTable, which only Liquibase itself can run',
    );
  });

  it('migration_format: plain reads files as they are; a tool name reads only that tool', async () => {
    const files = { 'm/V10__b.sql': '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n', 'm/V9__a.sql': 'SELECT 0;' };
    const plain = await collect(files, { schema: ['m/*.sql'], migrationFormat: 'plain' });
    expect(paths(plain)).toEqual(['m/V10__b.sql', 'm/V9__a.sql']);
    expect(plain[0]!.reading).toBeUndefined();
    const flyway = await collect(files, { schema: ['m/*.sql'], migrationFormat: 'flyway' });
    expect(paths(flyway)).toEqual(['m/V9__a.sql', 'm/V10__b.sql']);
    expect(flyway[1]!.text).toContain('SELECT 2;');
    const auto = await collect(files, { schema: ['m/*.sql'] });
    expect(auto.map((file) => file.reading)).toEqual(['Flyway versioned migration 9', 'goose Up section']);
  });

  it('placeholders: apply to plain schema and seed files too, string literals included', async () => {
    const files = await collect(
      { 'db/005.sql': "SELECT to_regclass('/* TEMPLATE: schema */river_migration');\n", 'db/seed.sql': 'INSERT INTO /* TEMPLATE: schema */t VALUES (1);' },
      { schema: ['db/005.sql'], seed: ['db/seed.sql'], placeholders: { '/* TEMPLATE: schema */': 'app.' } },
    );
    expect(files.map((file) => file.text)).toEqual(["SELECT to_regclass('app.river_migration');\n", 'INSERT INTO app.t VALUES (1);']);
  });

  it('plain numbered files keep code-point order', async () => {
    const files = await collect({ 'm/10_b.sql': 'SELECT 1;', 'm/9_a.sql': 'SELECT 1;' }, { schema: ['m/*.sql'] });
    expect(paths(files)).toEqual(['m/10_b.sql', 'm/9_a.sql']);
  });
  it("incremental head: a new migration comes after base's in the tool's order, where code-point order would put it first", async () => {
    const base = { 'm/9_a.up.sql': 'SELECT 9;', 'm/9_a.down.sql': 'SELECT -9;', 'f/V9__a.sql': 'SELECT 9;', 'seed.sql': 'SELECT 0;' };
    const head = { ...base, 'm/10_b.up.sql': 'SELECT 10;', 'm/10_b.down.sql': 'SELECT -10;' };
    const lists = { schema: ['f/*.sql', 'm/*.sql'], seed: ['seed.sql'] };
    expect(incrementalStart(await collect(base, lists), await collect(head, lists))).toBe(2);
    const flyway = { ...base, 'f/V10__b.sql': 'SELECT 10;', 'f/U10__b.sql': 'SELECT -10;' };
    expect(
      incrementalStart(await collect(base, { schema: ['f/*.sql'], seed: ['seed.sql'] }), await collect(flyway, { schema: ['f/*.sql'], seed: ['seed.sql'] })),
    ).toBe(1);
    // Editing a down section changes nothing that runs: still base's files plus the new one.
    const editedDown = { ...head, 'm/9_a.down.sql': 'SELECT -99;' };
    expect(incrementalStart(await collect(base, lists), await collect(editedDown, lists))).toBe(2);
  });

  it('Flyway: the latest baseline replaces the versions up to it', async () => {
    const files = await collect(
      { 'm/V1__a.sql': '', 'm/V2__b.sql': '', 'm/B2__base.sql': '', 'm/B1__old.sql': '', 'm/V3__c.sql': '' },
      { schema: ['m/*.sql'] },
    );
    expect(paths(files)).toEqual(['m/B2__base.sql', 'm/V3__c.sql']);
    expect(files[0]!.reading).toBe('Flyway baseline migration 2');
  });

  it('goose and dbmate: a file without its up marker, or with an unknown goose annotation, is an error naming the line', async () => {
    await expect(collect({ 'm/1_a.sql': 'SELECT 1;\n-- +goose Down\nSELECT 2;\n' }, { schema: ['m/*.sql'] })).rejects.toThrow(
      "head: m/1_a.sql (goose Up section):1: no '-- +goose Up' annotation",
    );
    await expect(collect({ 'm/1_a.sql': '-- +goose Up\n-- +goose Sideways\n' }, { schema: ['m/*.sql'] })).rejects.toThrow(
      "head: m/1_a.sql (goose Up section):2: unknown goose annotation '-- +goose Sideways'",
    );
    await expect(collect({ 'm/1_a.sql': '-- migrate:down\nDROP TABLE t;\n' }, { schema: ['m/*.sql'] })).rejects.toThrow(
      "head: m/1_a.sql (dbmate migrate:up section):1: no '-- migrate:up' section",
    );
  });

  it('Liquibase formatted SQL: ignoreLines blocks and counts, a GO delimiter line, dbms:!postgresql', async () => {
    const text = [
      '-- liquibase formatted sql',
      '--changeset a:1 endDelimiter:\\nGO',
      'CREATE TABLE t (id int)',
      'GO',
      '--ignoreLines:start',
      'CREATE TABLE ignored (x int);',
      '--ignoreLines:end',
      '--ignoreLines:1',
      'CREATE TABLE ignored_too (x int);',
      'CREATE INDEX t_id ON t (id)',
      'GO',
      '--changeset a:2 dbms:!postgresql',
      'CREATE TABLE not_here (x int);',
    ].join('\n');
    const [file] = await collect({ 'c.sql': text }, { schema: ['c.sql'] });
    expect(statements(file!.text)).toEqual(['3: CREATE TABLE t (id int)', '10: CREATE INDEX t_id ON t (id)']);
  });

  it('placeholders: the longest key wins', async () => {
    const [file] = await collect(
      { 'a.sql': 'SELECT {{schema_name}}, {{schema}};' },
      { schema: ['a.sql'], placeholders: { '{{schema}}': 's', '{{schema_name}}': 'n' } },
    );
    expect(file!.text).toBe('SELECT n, s;');
  });
});
