import { MigrationError } from './error.ts';
import { substituteEnvironment } from './substitute.ts';

/*
 * goose and dbmate keep a migration's up and down halves in one file, marked by comment lines.
 * Only the up half runs. Lines that do not run become empty lines, so every statement keeps
 * its line number in the original file and errors point at it.
 *
 * goose's `StatementBegin`/`StatementEnd` exist because goose splits on semicolons itself;
 * the gate splits with PostgreSQL's own parser, which already keeps a function body or a DO
 * block whole. `NO TRANSACTION` (goose) and `transaction:false` (dbmate) need nothing: the
 * gate runs every statement on its own, so CREATE INDEX CONCURRENTLY works anyway.
 */

const GOOSE_ANNOTATION = /^--\s*\+goose\s+(.*?)\s*$/i;
const DBMATE_SECTION = /^--\s*migrate:(up|down)\b/i;

export function isGoose(text: string): boolean {
  return /^--\s*\+goose\s+/im.test(text);
}

export function isDbmate(text: string): boolean {
  return /^--\s*migrate:(up|down)\b/im.test(text);
}

/**
 * The `-- +goose Up` section; `-- +goose ENVSUB ON` ... `OFF` substitutes `${VAR}` from the
 * environment in the lines between, as goose does.
 */
export function gooseUp(text: string, env: Readonly<Record<string, string | undefined>>): string {
  const lines = text.split('\n');
  let section: 'before' | 'up' | 'down' = 'before';
  let envsub = false;
  let sawUp = false;
  const kept = lines.map((line, index) => {
    const annotation = GOOSE_ANNOTATION.exec(line);
    if (annotation) {
      const command = annotation[1]!.toLowerCase().replace(/\s+/g, ' ');
      if (command === 'up') [section, sawUp] = ['up', true];
      else if (command === 'down') section = 'down';
      else if (command === 'envsub on') envsub = true;
      else if (command === 'envsub off') envsub = false;
      else if (!['statementbegin', 'statementend', 'no transaction'].includes(command)) {
        throw new MigrationError(index + 1, `unknown goose annotation '${line.trim()}'`);
      }
      return '';
    }
    if (section !== 'up') return '';
    return envsub ? substituteEnvironment(line, env, index + 1) : line;
  });
  if (!sawUp) throw new MigrationError(1, "no '-- +goose Up' annotation: goose needs one to know what to run");
  return kept.join('\n');
}

/** The `-- migrate:up` section of a dbmate migration. */
export function dbmateUp(text: string): string {
  let section: 'before' | 'up' | 'down' = 'before';
  let sawUp = false;
  const kept = text.split('\n').map((line) => {
    const marker = DBMATE_SECTION.exec(line);
    if (marker) {
      section = marker[1]!.toLowerCase() as 'up' | 'down';
      if (section === 'up') sawUp = true;
      return '';
    }
    return section === 'up' ? line : '';
  });
  if (!sawUp) throw new MigrationError(1, "no '-- migrate:up' section: dbmate needs one to know what to run");
  return kept.join('\n');
}
