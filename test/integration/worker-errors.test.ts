import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedEngine } from '../../src/engine/embedded/embedded.ts';
import { loadParser, scriptFiles } from '../../src/engine/build/script.ts';
import type { Engine } from '../../src/engine/database.ts';
import { ConfigValueError } from '../../src/util/errors.ts';

/**
 * What decides what happens after an error thrown in the embedded engine's worker thread
 * crosses to the main thread as fields (engine/embedded/worker-protocol.ts), not as words.
 */
describe('errors from the embedded worker keep their type', () => {
  let engine: Engine;
  beforeAll(async () => {
    await loadParser();
    engine = embeddedEngine({ workers: true });
  });
  afterAll(() => engine?.close());

  it('a setting the server rejects is a ConfigValueError naming its key', async () => {
    const files = scriptFiles([{ path: 'db/schema.sql', text: 'CREATE TABLE t (id int);\n', phase: 'schema' }], 'base', new Set());
    const failure = await engine.build('base', { extensions: [], files, settings: { no_such_setting: 'on' } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigValueError);
    expect(failure).toMatchObject({
      key: 'settings.no_such_setting',
      message: expect.stringMatching(/^settings\.no_such_setting: unrecognized configuration parameter/),
    });
  });

  it('a CREATE EXTENSION of an extension PGlite does not ship gets the advice, by its SQLSTATE', async () => {
    const files = scriptFiles([{ path: 'db/schema.sql', text: 'CREATE EXTENSION no_such_ext;\n', phase: 'schema' }], 'base', new Set());
    const failure = await engine.build('base', { extensions: [], files }).catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(
      /^base: db\/schema\.sql:1: extension "no_such_ext" is not available \(the embedded engine ships .*\)\. To go on: /,
    );
  });
});
