import { describe, expect, it } from 'vitest';
import { MigrationError } from '../../../../src/sides/migrations/error.ts';
import { ChangelogError } from '../../../../src/sides/migrations/liquibase-changelog.ts';

describe('MigrationError', () => {
  it('is an Error carrying the line of the original file and the bare message', () => {
    const error = new MigrationError(7, "unknown goose annotation '-- +goose Sideways'");
    expect(error).toBeInstanceOf(Error);
    expect(error.line).toBe(7);
    expect(error.message).toBe("unknown goose annotation '-- +goose Sideways'");
  });

  it('a changelog error is one too, so the reader catches both the same way, and keeps its changelog', () => {
    const error = new ChangelogError('db/changelog/master.yaml', 3, 'include x.sql names no file in the tree');
    expect(error).toBeInstanceOf(MigrationError);
    expect([error.changelog, error.line, error.message]).toEqual(['db/changelog/master.yaml', 3, 'include x.sql names no file in the tree']);
  });
});
