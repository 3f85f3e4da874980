import { describe, expect, it } from 'vitest';
import { MissingExtensionError, commandFailure, withExtensionAdvice } from '../../../../src/engine/build/extensions.ts';
import { UserError } from '../../../../src/util/errors.ts';

describe('advice for a missing extension', () => {
  it('is given for the extension the failed step created, by its type, not by the words of the error', () => {
    const missing = new MissingExtensionError('vector', 'base: db/schema.sql:1: extension "vector" is not available');
    expect(String((withExtensionAdvice(missing, 'server') as Error).message)).toMatch(
      /^base: db\/schema\.sql:1: extension "vector" is not available \(this server does not have it\)\. To go on: skip it with skip_extensions: \[vector\]/,
    );
    // A query error that happens to use the same words is left as it is.
    const worded = new UserError('base: db/seed.sql:3: relation "extension "vector" is not available" does not exist');
    expect(withExtensionAdvice(worded, 'server')).toBe(worded);
  });

  it("reads a command's output, the only account of what failed in it", () => {
    const failure = commandFailure('base: schema command \'psql -f schema.sql\' exited 3\n  psql:schema.sql:1: ERROR:  extension "postgis" is not available');
    expect(failure).toBeInstanceOf(MissingExtensionError);
    expect((failure as MissingExtensionError).extension).toBe('postgis');
    expect(commandFailure("base: schema command 'make db' exited 2")).not.toBeInstanceOf(MissingExtensionError);
  });
});
