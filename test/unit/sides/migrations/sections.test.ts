import { describe, expect, it } from 'vitest';
import { MigrationError } from '../../../../src/sides/migrations/error.ts';
import { dbmateUp, gooseUp, isDbmate, isGoose } from '../../../../src/sides/migrations/sections.ts';

/** The error a function throws, as `line: message`. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof MigrationError) return `${error.line}: ${error.message}`;
    throw error;
  }
  throw new Error('did not throw');
}

const GOOSE = [
  '-- +goose Up',
  '-- +goose StatementBegin',
  'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$',
  'BEGIN NEW.updated_at := now(); RETURN NEW; END $$;',
  '-- +goose StatementEnd',
  'CREATE TABLE users (id bigserial PRIMARY KEY, updated_at timestamptz);',
  '',
  '-- +goose Down',
  'DROP TABLE users;',
  'DROP FUNCTION touch();',
].join('\n');

describe('which tool wrote a migration', () => {
  it('goose: a `-- +goose` annotation at the start of any line, any case, with or without the space', () => {
    expect(isGoose(GOOSE)).toBe(true);
    expect(isGoose('CREATE TABLE t (x int);\n--+GOOSE up\n')).toBe(true);
    expect(isGoose("SELECT '-- +goose Up';")).toBe(false);
    expect(isGoose('-- +goose')).toBe(false);
    expect(isGoose('-- migrate:up\nCREATE TABLE t (x int);')).toBe(false);
  });

  it('dbmate: a `-- migrate:up` or `-- migrate:down` marker line', () => {
    expect(isDbmate('-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (x);\n-- migrate:down\n')).toBe(true);
    expect(isDbmate('-- migrate:down\nDROP TABLE t;')).toBe(true);
    expect(isDbmate('-- MIGRATE:UP\n')).toBe(true);
    expect(isDbmate('-- migrate:upgrade\n')).toBe(false);
    expect(isDbmate(GOOSE)).toBe(false);
  });
});

describe('goose: the Up section', () => {
  it('keeps only the Up lines, every other line empty, so each statement keeps its line', () => {
    const up = gooseUp(GOOSE, {});
    expect(up.split('\n')).toEqual([
      '',
      '',
      'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$',
      'BEGIN NEW.updated_at := now(); RETURN NEW; END $$;',
      '',
      'CREATE TABLE users (id bigserial PRIMARY KEY, updated_at timestamptz);',
      '',
      '',
      '',
      '',
    ]);
  });

  it('drops what comes before Up; annotations are read in any case and spacing; NO TRANSACTION needs nothing', () => {
    const text =
      'SELECT 1;\n--  +goose   up\n-- +goose no   Transaction\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n-- +GOOSE DOWN\nDROP INDEX users_email;';
    expect(gooseUp(text, {})).toBe('\n\n\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n\n');
  });

  it('a second Up section after Down runs too, as goose reads annotations in order', () => {
    expect(gooseUp('-- +goose Up\nA;\n-- +goose Down\nB;\n-- +goose Up\nC;', {})).toBe('\nA;\n\n\n\nC;');
  });

  it('ENVSUB ON substitutes from the environment until ENVSUB OFF, with the line of the file', () => {
    const text = [
      '-- +goose Up',
      'CREATE SCHEMA ${SCHEMA};',
      '-- +goose ENVSUB ON',
      'CREATE TABLE ${SCHEMA}.events (id int, kind text DEFAULT ${KIND:-$$signup$$});',
      '-- +goose ENVSUB OFF',
      "SELECT '${SCHEMA}';",
    ].join('\n');
    expect(gooseUp(text, { SCHEMA: 'app' }).split('\n')).toEqual([
      '',
      'CREATE SCHEMA ${SCHEMA};',
      '',
      'CREATE TABLE app.events (id int, kind text DEFAULT $$signup$$);',
      '',
      "SELECT '${SCHEMA}';",
    ]);
    expect(failure(() => gooseUp(text, {}))).toBe(
      '4: ${SCHEMA} (goose ENVSUB) is not set in the environment; set it, or give it a value in placeholders: ("${SCHEMA}": ...)',
    );
  });

  it('ENVSUB in the Down section is never applied: Down does not run', () => {
    expect(gooseUp('-- +goose Up\nA;\n-- +goose Down\n-- +goose ENVSUB ON\nDROP SCHEMA ${UNSET};', {})).toBe('\nA;\n\n\n');
  });

  it('an unknown annotation is an error on its line; a file without Up is an error on line 1', () => {
    expect(failure(() => gooseUp('-- +goose Up\nCREATE TABLE t (x int);\n-- +goose StatementBgin\n', {}))).toBe(
      "3: unknown goose annotation '-- +goose StatementBgin'",
    );
    expect(failure(() => gooseUp('-- +goose Down\nDROP TABLE t;\n', {}))).toBe("1: no '-- +goose Up' annotation: goose needs one to know what to run");
  });
});

describe('dbmate: the migrate:up section', () => {
  it('keeps the up lines on their own lines; the marker, its options and the down section become empty lines', () => {
    const text = [
      '-- migrate:up transaction:false',
      'CREATE INDEX CONCURRENTLY orders_user_id ON orders (user_id);',
      '',
      '-- migrate:down',
      'DROP INDEX orders_user_id;',
    ].join('\n');
    expect(dbmateUp(text).split('\n')).toEqual(['', 'CREATE INDEX CONCURRENTLY orders_user_id ON orders (user_id);', '', '', '']);
  });

  it('drops text before the first marker', () => {
    expect(dbmateUp('-- created by dbmate new\n-- migrate:up\nCREATE TABLE t (x int);\n')).toBe('\n\nCREATE TABLE t (x int);\n');
  });

  it('a file with only a down section is an error on line 1', () => {
    expect(failure(() => dbmateUp('-- migrate:down\nDROP TABLE t;\n'))).toBe("1: no '-- migrate:up' section: dbmate needs one to know what to run");
  });
});
