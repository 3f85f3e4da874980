import { describe, expect, it } from 'vitest';
import { isLiquibaseSql, liquibaseSql } from '../../../../src/sides/migrations/liquibase-sql.ts';

/** The lines that run, as `line: text`, without the empty lines kept for line numbers. */
const running = (text: string) =>
  liquibaseSql(text)
    .split('\n')
    .flatMap((line, index) => (line.trim() ? [`${index + 1}: ${line}`] : []));

describe('which files are Liquibase formatted SQL', () => {
  it('the first non-blank line is the header, in any case and spacing', () => {
    expect(isLiquibaseSql('--liquibase formatted sql\n--changeset a:1\nSELECT 1;')).toBe(true);
    expect(isLiquibaseSql('\n\n  -- Liquibase  Formatted SQL\n')).toBe(true);
    expect(isLiquibaseSql('-- the schema\n--liquibase formatted sql\n')).toBe(false);
    expect(isLiquibaseSql('--liquibase formatted sqlite\n')).toBe(false);
    expect(isLiquibaseSql('')).toBe(false);
  });
});

describe('Liquibase formatted SQL as Liquibase runs it on PostgreSQL', () => {
  it('runs the changesets on their original lines; the header, text before the first changeset and --rollback lines do not run', () => {
    const text = [
      '--liquibase formatted sql',
      '-- Created by the Spring Boot template',
      '',
      '--changeset nvoxland:1',
      'create table test1 (',
      '    id int primary key,',
      '    name varchar(255)',
      ');',
      '--rollback drop table test1;',
      '',
      '--changeset nvoxland:2 labels:setup context:dev',
      "insert into test1 (id, name) values (1, 'name 1');",
      "-- a comment that runs as SQL's own comment",
    ].join('\n');
    expect(running(text)).toEqual([
      '5: create table test1 (',
      '6:     id int primary key,',
      '7:     name varchar(255)',
      '8: );',
      "12: insert into test1 (id, name) values (1, 'name 1');",
      "13: -- a comment that runs as SQL's own comment",
    ]);
    expect(liquibaseSql(text).split('\n')).toHaveLength(13);
  });

  it('dbms: postgresql, all and !h2 run; oracle, none and !postgresql do not', () => {
    const changeset = (id: number, dbms: string) => [`--changeset app:${id} dbms:${dbms}`, `SELECT ${id}; -- ${dbms}`];
    const text = [
      '--liquibase formatted sql',
      ...changeset(1, 'postgresql'),
      ...changeset(2, 'all'),
      ...changeset(3, '!h2'),
      ...changeset(4, 'h2,PostgreSQL'),
      ...changeset(5, 'oracle'),
      ...changeset(6, 'none'),
      ...changeset(7, '!postgresql'),
      ...changeset(8, 'mysql,!postgresql'),
    ].join('\n');
    expect(running(text)).toEqual(['3: SELECT 1; -- postgresql', '5: SELECT 2; -- all', '7: SELECT 3; -- !h2', '9: SELECT 4; -- h2,PostgreSQL']);
  });

  it('a /* liquibase rollback */ block does not run, on one line or several', () => {
    const text = [
      '--liquibase formatted sql',
      '--changeset app:1',
      'CREATE TABLE orders (id bigint PRIMARY KEY);',
      '/* liquibase rollback',
      'DROP TABLE orders;',
      '*/',
      'CREATE INDEX orders_id ON orders (id);',
      '/* liquibase rollback DROP INDEX orders_id; */',
      'ANALYZE orders;',
    ].join('\n');
    expect(running(text)).toEqual(['3: CREATE TABLE orders (id bigint PRIMARY KEY);', '7: CREATE INDEX orders_id ON orders (id);', '9: ANALYZE orders;']);
  });

  it('--ignoreLines:start ... end and --ignoreLines:N leave lines out', () => {
    const text = [
      '--liquibase formatted sql',
      '--changeset app:1',
      '--ignoreLines:start',
      'SET SESSION AUTHORIZATION admin;',
      'SET ROLE admin;',
      '--ignoreLines:end',
      'CREATE TABLE a (x int);',
      '--ignoreLines:2',
      '\\set ON_ERROR_STOP on',
      '\\connect app',
      'CREATE TABLE b (x int);',
    ].join('\n');
    expect(running(text)).toEqual(['7: CREATE TABLE a (x int);', '11: CREATE TABLE b (x int);']);
  });

  it("endDelimiter: a line that is or ends with the changeset's delimiter ends the statement with ;", () => {
    const text = [
      '--liquibase formatted sql',
      '--changeset app:1 endDelimiter:GO splitStatements:true',
      'CREATE TABLE t (x int)',
      'GO',
      'INSERT INTO t VALUES (1) GO',
      '--changeset app:2 endDelimiter:/',
      'CREATE VIEW v AS SELECT x FROM t/',
      '--changeset app:3 endDelimiter:"\\nGO"',
      'DROP VIEW v',
      'go',
      '--changeset app:4',
      'SELECT 1 GO',
    ].join('\n');
    expect(running(text)).toEqual([
      '3: CREATE TABLE t (x int)',
      '4: ;',
      '5: INSERT INTO t VALUES (1) ;',
      '7: CREATE VIEW v AS SELECT x FROM t;',
      '9: DROP VIEW v',
      '10: ;',
      // A changeset without endDelimiter keeps its lines as written.
      '12: SELECT 1 GO',
    ]);
  });

  it('endDelimiter:; changes nothing: a function body with semicolons stays whole for the parser', () => {
    const body = ['CREATE FUNCTION one() RETURNS int LANGUAGE plpgsql AS $$', 'BEGIN RETURN 1; END', '$$;'];
    const text = ['--liquibase formatted sql', '--changeset app:1 endDelimiter:; splitStatements:false', ...body].join('\n');
    expect(running(text)).toEqual(body.map((line, index) => `${index + 3}: ${line}`));
  });
});
