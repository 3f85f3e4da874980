import { describe, expect, it } from 'vitest';
import { copyOfBase } from '../../../../src/engine/build/from-base.ts';
import type { BuiltDatabase, Database } from '../../../../src/engine/database.ts';
import { fakeDatabase } from '../../../helpers/fake-database.ts';

function built(database: Database, warnings: string[], notes: string[]): BuiltDatabase {
  return { database, timings: { startMs: 0, schemaMs: 0, seedMs: 0, analyzeMs: 0 }, warnings, notes, origin: 'fresh' };
}

describe('copyOfBase', () => {
  it("opens base, copies it from its home and hands on base's warnings and notes under head's label", async () => {
    const database = fakeDatabase();
    const base = built(database, ['base: view v not refreshed', 'a warning of no side'], ['base: skipped extension x']);
    const homes = new Map([[database, { label: 'base', path: '/tmp/base' }]]);
    const events: string[] = [];
    const { home, prebuilt, copyMs } = await copyOfBase(
      'head',
      async () => (events.push('open base'), base),
      homes,
      async (home, opened) => {
        events.push(`copy ${home.path}`);
        expect(opened).toBe(base);
      },
    );
    expect(events).toEqual(['open base', 'copy /tmp/base']);
    expect(home.path).toBe('/tmp/base');
    expect(prebuilt).toEqual({ warnings: ['head: view v not refreshed', 'a warning of no side'], notes: ['head: skipped extension x'], increment: true });
    expect(copyMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses a base this engine did not build, copying nothing', async () => {
    let copied = false;
    const attempt = copyOfBase(
      'head',
      async () => built(fakeDatabase(), [], []),
      new Map<Database, { label: string }>(),
      async () => {
        copied = true;
      },
    );
    await expect(attempt).rejects.toThrow('incremental build from a database this engine did not build');
    expect(copied).toBe(false);
  });

  it("a failed copy is head's failure", async () => {
    const database = fakeDatabase();
    const attempt = copyOfBase(
      'head',
      async () => built(database, [], []),
      new Map([[database, { label: 'base' }]]),
      async () => {
        throw new Error('CREATE DATABASE failed');
      },
    );
    await expect(attempt).rejects.toThrow('CREATE DATABASE failed');
  });
});
