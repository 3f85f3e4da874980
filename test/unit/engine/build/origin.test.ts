import { describe, expect, it } from 'vitest';
import { buildForOrigin, originOf } from '../../../../src/engine/build/origin.ts';
import type { BuildProcedure } from '../../../../src/engine/build/build.ts';
import type { BuildInput, Session } from '../../../../src/engine/database.ts';

const input: BuildInput = { files: [], extensions: [] };

/** A session nothing may run on: a cached side runs no statement. */
const untouchable: Session = {
  exec: async (sql) => {
    throw new Error(`ran ${sql}`);
  },
  query: async (sql) => {
    throw new Error(`ran ${sql}`);
  },
  copyFrom: async (sql) => {
    throw new Error(`ran ${sql}`);
  },
};

describe('originOf', () => {
  it('names a side by what was in its place before the build', () => {
    expect(originOf(undefined)).toBe('fresh');
    expect(originOf({ warnings: [], notes: [] })).toBe('cached');
    expect(originOf({ warnings: [], notes: [], increment: false })).toBe('cached');
    expect(originOf({ warnings: [], notes: [], increment: true })).toBe('incremental');
  });
});

describe('buildForOrigin', () => {
  it('fresh: runs the procedure it is given, with everything it was handed', async () => {
    const calls: unknown[][] = [];
    const fresh: BuildProcedure = async (...args) => {
      calls.push(args);
      return { timings: { schemaMs: 1, seedMs: 2, analyzeMs: 3 }, warnings: ['w'], notes: [] };
    };
    const signal = new AbortController().signal;
    const options = { checkpoints: true };
    const built = await buildForOrigin(undefined, untouchable, 'head', input, signal, options, fresh);
    expect(calls).toEqual([[untouchable, 'head', input, signal, options]]);
    expect(built).toEqual({ timings: { schemaMs: 1, seedMs: 2, analyzeMs: 3 }, warnings: ['w'], notes: [] });
  });

  it("cached: runs nothing and says again what the entry's build said", async () => {
    const fresh: BuildProcedure = async () => {
      throw new Error('a cached side was built');
    };
    const built = await buildForOrigin({ warnings: ['head: a warning'], notes: ['head: a note'] }, untouchable, 'head', input, undefined, {}, fresh);
    expect(built.timings).toEqual({ schemaMs: 0, seedMs: 0, analyzeMs: 0 });
    expect(built.warnings).toEqual(['head: a warning']);
    expect(built.notes).toEqual(['head: a note']);
  });
});
