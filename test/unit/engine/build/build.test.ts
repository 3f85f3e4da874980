import { describe, expect, it } from 'vitest';
import { dependencyOrder, newSchemaFiles, withEarlier } from '../../../../src/engine/build/build.ts';
import type { BuildInput, ScriptFile } from '../../../../src/engine/database.ts';

// build.ts's procedures need a database (test/integration covers them on every engine); these are its pure parts.

const file = (path: string, phase: ScriptFile['phase']): ScriptFile => ({ path, phase, steps: [] });
const input = (files: ScriptFile[], startAt?: number): BuildInput => ({ extensions: [], files, ...(startAt !== undefined && { startAt }) });

describe('newSchemaFiles: what an incremental head runs on a copy of base', () => {
  const files = [file('db/001.sql', 'schema'), file('db/seed.sql', 'seed'), file('db/002.sql', 'schema'), file('db/003.sql', 'schema')];

  it('is the schema files after the ones base already ran, never a seed file (base ran the seed)', () => {
    expect(newSchemaFiles(input(files, 1)).map((entry) => entry.path)).toEqual(['db/002.sql', 'db/003.sql']);
    expect(newSchemaFiles(input(files, 3))).toEqual([]);
  });

  it('is every schema file without a start', () => {
    expect(newSchemaFiles(input(files)).map((entry) => entry.path)).toEqual(['db/001.sql', 'db/002.sql', 'db/003.sql']);
  });
});

describe("withEarlier: base's build notes replayed on head's", () => {
  it("puts base's warnings and notes first and says each once, keeping head's other fields", () => {
    const merged = withEarlier(
      { warnings: ['materialized view a could not be refreshed'], notes: ['extension x skipped'] },
      {
        warnings: ['materialized view b could not be refreshed', 'materialized view a could not be refreshed'],
        notes: ['extension x skipped'],
        origin: 'incremental' as const,
      },
    );
    expect(merged).toEqual({
      warnings: ['materialized view a could not be refreshed', 'materialized view b could not be refreshed'],
      notes: ['extension x skipped'],
      origin: 'incremental',
    });
  });
});

describe('dependencyOrder: materialized views refreshed after the ones they read', () => {
  it('puts each dependency before its dependants, and keeps the given order where there is none', () => {
    const reads: Record<string, string[]> = { totals: ['daily'], daily: ['raw'], raw: [], other: [] };
    expect(dependencyOrder(['totals', 'other', 'daily', 'raw'], (view) => reads[view]!)).toEqual(['raw', 'daily', 'totals', 'other']);
    expect(dependencyOrder(['other', 'raw'], (view) => reads[view]!)).toEqual(['other', 'raw']);
  });

  it('lists a view two others read once', () => {
    const reads: Record<string, string[]> = { a: ['shared'], b: ['shared'], shared: [] };
    expect(dependencyOrder(['a', 'b', 'shared'], (view) => reads[view]!)).toEqual(['shared', 'a', 'b']);
  });

  it('ends on a cycle, each item once', () => {
    const reads: Record<string, string[]> = { a: ['b'], b: ['a'] };
    expect(dependencyOrder(['a', 'b'], (view) => reads[view]!)).toEqual(['b', 'a']);
  });
});
