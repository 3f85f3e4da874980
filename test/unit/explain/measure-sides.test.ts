import { describe, expect, it } from 'vitest';
import { workFromOutcome } from '../../../src/explain/measure-sides.ts';

describe('workFromOutcome', () => {
  it('gives no numbers for a run through a GiST index, whose blocks differ between identical builds', () => {
    const plan = [
      {
        Plan: {
          'Node Type': 'Index Scan',
          'Shared Hit Blocks': 45,
          'Shared Read Blocks': 0,
          'Temp Written Blocks': 0,
          'Actual Rows': 3,
          'Plan Rows': 3,
          'Actual Loops': 1,
        },
      },
    ];
    expect(workFromOutcome({ ok: true, plan, unrepeatable: 'gist index film_fulltext_idx' }, 60_000)).toEqual({
      unmeasured: {
        reason: 'unrepeatable',
        message:
          'not measured: uses the gist index film_fulltext_idx, whose pages differ from build to build (PostgreSQL breaks ties at random while building it)',
      },
    });
    expect(workFromOutcome({ ok: true, plan }, 60_000).work).toMatchObject({ blocks: 45, rows: 3 });
  });
});
