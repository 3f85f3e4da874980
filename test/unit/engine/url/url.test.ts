import { describe, expect, it } from 'vitest';
import type { BuildInput, BuiltDatabase } from '../../../../src/engine/database.ts';
import { urlEngine } from '../../../../src/engine/url/url.ts';
import { UserError } from '../../../../src/util/errors.ts';
import { fakeDatabase } from '../../../helpers/fake-database.ts';

// What engine url does without a server (test/integration and test/e2e run it on a real one):
// nothing listens on port 1, so every connection is refused at once.
const UNREACHABLE = 'postgresql://gate:s3cret@127.0.0.1:1/postgres';
const INPUT: BuildInput = { extensions: [], files: [] };

describe('urlEngine', () => {
  it('says in one line which server it cannot reach, never printing the password', async () => {
    const engine = urlEngine(UNREACHABLE);
    const error = await engine.build('base', INPUT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^engine url: cannot connect to .*127\.0\.0\.1.*: /);
    expect((error as Error).message).not.toContain('s3cret');
    expect((error as Error).message).not.toContain('\n');
    await engine.close();
  });

  it('builds an incremental head only from a database it built itself', async () => {
    const engine = urlEngine(UNREACHABLE);
    const foreign: BuiltDatabase = {
      database: fakeDatabase(),
      timings: { startMs: 0, schemaMs: 0, seedMs: 0, analyzeMs: 0 },
      warnings: [],
      notes: [],
      origin: 'fresh',
    };
    await expect(engine.buildFrom!('head', async () => foreign, { ...INPUT, startAt: 0 })).rejects.toThrow(
      'incremental build from a database this engine did not build',
    );
    await engine.close();
  });

  it('closes once, whoever asks first, and has nothing to drop when it created nothing', async () => {
    const engine = urlEngine(UNREACHABLE);
    const first = engine.close();
    expect(engine.close()).toBe(first);
    await expect(first).resolves.toBeUndefined();
    // A build after the close creates nothing: it cannot even connect, and says so.
    await expect(engine.build('head', INPUT)).rejects.toThrow(/^engine url: cannot connect/);
  });
});
