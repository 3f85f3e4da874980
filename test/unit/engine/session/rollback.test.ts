import { describe, expect, it } from 'vitest';
import { rollbackQuietly } from '../../../../src/engine/session/rollback.ts';

describe('rollbackQuietly', () => {
  it('sends ROLLBACK', async () => {
    const sent: string[] = [];
    await rollbackQuietly({ exec: async (sql) => (sent.push(sql), []) });
    expect(sent).toEqual(['ROLLBACK']);
  });

  it('does not let a lost session turn the caller failure into another one', async () => {
    await expect(rollbackQuietly({ exec: async () => Promise.reject(new Error('Connection terminated')) })).resolves.toBeUndefined();
  });
});
