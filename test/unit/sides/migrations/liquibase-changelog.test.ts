import { describe, expect, it } from 'vitest';
import { ChangelogError, changelogFiles, isChangelog, type ChangelogTree } from '../../../../src/sides/migrations/liquibase-changelog.ts';

function treeOf(files: Record<string, string>): ChangelogTree {
  return { paths: Object.keys(files), read: async (path) => files[path] ?? null };
}

/** The SQL files a changelog names, as `path (from changelog)`. */
async function named(master: string, files: Record<string, string>): Promise<string[]> {
  return (await changelogFiles(master, treeOf(files))).map((file) => `${file.path} (from ${file.changelog})`);
}

/** The changelog error, as `changelog:line: message`. */
async function failure(master: string, files: Record<string, string>): Promise<string> {
  try {
    await changelogFiles(master, treeOf(files));
  } catch (error) {
    if (error instanceof ChangelogError) return `${error.changelog}:${error.line}: ${error.message}`;
    throw error;
  }
  throw new Error('did not throw');
}

const RESOURCES = 'src/main/resources';
const MASTER = `${RESOURCES}/db/changelog/db.changelog-master.yaml`;

describe('which files are Liquibase changelogs', () => {
  it('a YAML, JSON or XML file that says databaseChangeLog', () => {
    expect(isChangelog('db/changelog/db.changelog-master.yaml', 'databaseChangeLog:\n  - include:\n      file: a.sql\n')).toBe(true);
    expect(isChangelog('changelog.YML', 'databaseChangeLog: []')).toBe(true);
    expect(isChangelog('changelog.json', '{ "databaseChangeLog": [] }')).toBe(true);
    expect(isChangelog('changelog.xml', '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"/>')).toBe(true);
    expect(isChangelog('docker-compose.yml', 'services:\n  db:\n    image: postgres:16\n')).toBe(false);
    expect(isChangelog('changelog.sql', '-- databaseChangeLog')).toBe(false);
  });
});

describe('the SQL files a master changelog names, in order', () => {
  it("a Spring Boot YAML master: include from the search path, relativeToChangelogFile, a changeset's sqlFile, includeAll", async () => {
    const files = {
      [MASTER]: [
        'databaseChangeLog:',
        '  - include:',
        '      file: db/changelog/changes/001-create-users.sql',
        '  - include:',
        '      file: changes/002-create-orders.sql',
        '      relativeToChangelogFile: true',
        '  - changeSet:',
        '      id: seed-countries',
        '      author: ops',
        '      changes:',
        '        - sqlFile:',
        '            path: data/countries.sql',
        '            relativeToChangelogFile: "true"',
        '  - includeAll:',
        '      path: classpath:db/changelog/views/',
      ].join('\n'),
      [`${RESOURCES}/db/changelog/changes/001-create-users.sql`]: 'CREATE TABLE users (id int);',
      [`${RESOURCES}/db/changelog/changes/002-create-orders.sql`]: 'CREATE TABLE orders (id int);',
      [`${RESOURCES}/db/changelog/data/countries.sql`]: "INSERT INTO countries VALUES ('NL');",
      [`${RESOURCES}/db/changelog/views/2-totals.sql`]: 'CREATE VIEW totals AS SELECT 1;',
      [`${RESOURCES}/db/changelog/views/10-recent.sql`]: 'CREATE VIEW recent AS SELECT 1;',
      [`${RESOURCES}/db/changelog/views/README.md`]: 'not SQL',
      [`${RESOURCES}/db/changelog/views/archive/1-old.sql`]: 'CREATE VIEW old AS SELECT 1;',
    };
    expect(await named(MASTER, files)).toEqual(
      [
        'changes/001-create-users.sql',
        'changes/002-create-orders.sql',
        'data/countries.sql',
        // includeAll: the folder's files and its subfolders', in path order (10 before 2), other files skipped.
        'views/10-recent.sql',
        'views/2-totals.sql',
        'views/archive/1-old.sql',
      ].map((path) => `${RESOURCES}/db/changelog/${path} (from ${MASTER})`),
    );
  });

  it('nested changelogs (YAML, XML, JSON) are followed, each SQL file naming the changelog that named it', async () => {
    const files = {
      'db/master.yaml':
        'databaseChangeLog:\n  - include:\n      file: db/release-1.xml\n  - include:\n      file: release-2.json\n      relativeToChangelogFile: true\n',
      'db/release-1.xml': [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">',
        '  <!-- <include file="db/old.sql"/> was folded into 001 -->',
        '  <include file="db/1/001-users.sql"/>',
        '  <changeSet id="1-2" author="ana">',
        '    <comment>Orders and their index</comment>',
        '    <sqlFile path="1/002-orders.sql" relativeToChangelogFile="true" splitStatements="true"/>',
        '    <rollback>DROP TABLE orders;</rollback>',
        '  </changeSet>',
        '</databaseChangeLog>',
      ].join('\n'),
      'db/release-2.json': JSON.stringify({ databaseChangeLog: [{ include: { file: 'db/2/001-payments.sql' } }] }, null, 2),
      'db/1/001-users.sql': '',
      'db/1/002-orders.sql': '',
      'db/2/001-payments.sql': '',
    };
    expect(await named('db/master.yaml', files)).toEqual([
      'db/1/001-users.sql (from db/release-1.xml)',
      'db/1/002-orders.sql (from db/release-1.xml)',
      'db/2/001-payments.sql (from db/release-2.json)',
    ]);
  });

  it('XML with a namespace prefix and single-quoted attributes; classpath*: and a leading / are search-path names', async () => {
    const files = {
      'changelog.xml': [
        "<lb:databaseChangeLog xmlns:lb='http://www.liquibase.org/xml/ns/dbchangelog'>",
        "  <lb:include file='classpath*:/sql/a.sql'/>",
        "  <lb:includeAll path='/sql/more'/>",
        '</lb:databaseChangeLog>',
      ].join('\n'),
      'sql/a.sql': '',
      'sql/more/b.sql': '',
    };
    expect(await named('changelog.xml', files)).toEqual(['sql/a.sql (from changelog.xml)', 'sql/more/b.sql (from changelog.xml)']);
  });
});

describe("a changelog's errors name the changelog and the line", () => {
  it('a change type only Liquibase can run is refused with its changeset id (YAML)', async () => {
    const files = {
      'db/changelog.yaml': [
        'databaseChangeLog:',
        '  - changeSet:',
        '      id: create-customer',
        '      author: liquibase-docs',
        '      changes:',
        '        - createTable:',
        '            tableName: customer',
        '            columns:',
        '              - column:',
        '                  name: id',
        '                  type: int',
      ].join('\n'),
    };
    // The change's own line, as in XML.
    expect(await failure('db/changelog.yaml', files)).toBe(
      'db/changelog.yaml:6: changeset create-customer uses createTable, which only Liquibase itself can run; write it as formatted SQL (--changeset) or sqlFile',
    );
  });

  it('inline <sql> in an XML changeset is refused on its own line; comment, preConditions, rollback are not changes', async () => {
    const files = {
      'changelog.xml': [
        '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">',
        '  <changeSet id="42" author="bob">',
        '    <preConditions onFail="MARK_RAN"><tableExists tableName="legacy"/></preConditions>',
        '    <comment>Drop the legacy table</comment>',
        '    <sql>DROP TABLE legacy;</sql>',
        '  </changeSet>',
        '</databaseChangeLog>',
      ].join('\n'),
    };
    expect(await failure('changelog.xml', files)).toBe(
      'changelog.xml:5: changeset 42 uses sql, which only Liquibase itself can run; write it as formatted SQL (--changeset) or sqlFile',
    );
  });

  it('an include or includeAll that names nothing in the tree', async () => {
    const yaml = 'databaseChangeLog:\n  - include:\n      file: db/a.sql\n  - include:\n      file: db/missing.sql\n';
    expect(await failure('master.yaml', { 'master.yaml': yaml, 'db/a.sql': '' })).toBe('master.yaml:5: include db/missing.sql names no file in the tree');
    const xml = '<databaseChangeLog>\n\n  <includeAll path="db/views/" relativeToChangelogFile="true"/>\n</databaseChangeLog>';
    expect(await failure('db/master.xml', { 'db/master.xml': xml, 'db/views/a.sql': '' })).toBe(
      'db/master.xml:3: includeAll db/views/ names no folder in the tree',
    );
  });

  it('a changelog that includes itself again, through another', async () => {
    const files = {
      'a.yaml': 'databaseChangeLog:\n  - include:\n      file: b.yaml\n',
      'b.yaml': 'databaseChangeLog:\n  - include:\n      file: a.yaml\n',
    };
    expect(await failure('a.yaml', files)).toBe('b.yaml:1: includes a.yaml, which includes it again');
  });

  it('a master changelog that does not exist, unreadable YAML, and a databaseChangeLog that is not a list', async () => {
    expect(await failure('db/master.yaml', {})).toBe('db/master.yaml:1: db/master.yaml does not exist');
    expect(await failure('m.yaml', { 'm.yaml': 'databaseChangeLog:\n  - include: [\n' })).toMatch(/^m\.yaml:3: not a readable changelog: [^\n]+$/);
    expect(await failure('m.yaml', { 'm.yaml': 'databaseChangeLog:\n  include:\n    file: a.sql\n' })).toBe('m.yaml:1: databaseChangeLog is not a list');
  });

  it("a line is the entry's own, even when its id or path also appears earlier in the file (YAML and JSON)", async () => {
    const yaml = [
      'databaseChangeLog:',
      '  - include:',
      '      file: db/001-init.sql',
      '  - changeSet:',
      '      id: 1',
      '      author: a',
      '      changes:',
      '        - createTable:',
      '            tableName: t',
    ].join('\n');
    expect(await failure('db/master.yaml', { 'db/master.yaml': yaml, 'db/001-init.sql': '' })).toMatch(/^db\/master\.yaml:8: changeset 1 uses createTable/);
    const json = '{\n  "databaseChangeLog": [\n    { "include": { "file": "a.sql" } },\n    { "include": { "file": "a" } }\n  ]\n}\n';
    expect(await failure('m.json', { 'm.json': json, 'a.sql': '' })).toBe('m.json:4: include a names no file in the tree');
  });
});

describe('an include that is not relative to its changelog is looked up along the search path', () => {
  it("from the repository root down to the changelog: the folder a Java project's classpath starts at wins over the changelog's own", async () => {
    const master = `${RESOURCES}/db/changelog/master.yaml`;
    const files = {
      [master]: 'databaseChangeLog:\n  - include:\n      file: changes/001.sql\n',
      [`${RESOURCES}/changes/001.sql`]: '',
      [`${RESOURCES}/db/changelog/changes/001.sql`]: '',
    };
    expect(await named(master, files)).toEqual([`${RESOURCES}/changes/001.sql (from ${master})`]);
  });
});

describe('YAML anchors and aliases are read as Liquibase reads them', () => {
  it('an aliased entry, changes list, flag or change counts as written out', async () => {
    const yaml = [
      'databaseChangeLog:',
      '  - &shared',
      '    include:',
      '      file: a.sql',
      '      relativeToChangelogFile: &yes true',
      '  - *shared',
      '  - changeSet:',
      '      id: one',
      '      author: a',
      '      changes: &files',
      '        - sqlFile:',
      '            path: b.sql',
      '            relativeToChangelogFile: *yes',
      '  - changeSet:',
      '      id: two',
      '      author: a',
      '      changes: *files',
    ].join('\n');
    expect(await named('d/c.yaml', { 'd/c.yaml': yaml, 'd/a.sql': '', 'a.sql': '', 'd/b.sql': '' })).toEqual([
      'd/a.sql (from d/c.yaml)',
      'd/a.sql (from d/c.yaml)',
      'd/b.sql (from d/c.yaml)',
      'd/b.sql (from d/c.yaml)',
    ]);
  });

  it('an aliased change only Liquibase can run is still refused, on the line of the alias', async () => {
    const yaml = [
      'databaseChangeLog:',
      '  - changeSet:',
      '      id: one',
      '      author: a',
      '      changes:',
      '        - &table',
      '          createTable:',
      '            tableName: t',
      '  - changeSet:',
      '      id: two',
      '      author: a',
      '      changes:',
      '        - *table',
    ].join('\n');
    expect(await failure('c.yaml', { 'c.yaml': yaml })).toMatch(/^c\.yaml:7: changeset one uses createTable/);
    const second = yaml.replace(
      '        - &table\n          createTable:\n            tableName: t',
      '        - sqlFile:\n            path: a.sql\n  - x: &table\n      createTable: {}',
    );
    expect(await failure('c.yaml', { 'c.yaml': second, 'a.sql': '' })).toMatch(/^c\.yaml:14: changeset two uses createTable/);
  });

  it('an alias to nothing is unreadable, and changes that are not a list are an error, not skipped', async () => {
    expect(await failure('c.yaml', { 'c.yaml': 'databaseChangeLog:\n  - include:\n      file: *nowhere\n' })).toMatch(
      /^c\.yaml:\d+: not a readable changelog: /,
    );
    const map = 'databaseChangeLog:\n  - changeSet:\n      id: one\n      changes:\n        createTable:\n          tableName: t\n';
    expect(await failure('c.yaml', { 'c.yaml': map })).toBe('c.yaml:5: changeset one: changes is not a list');
  });
});
