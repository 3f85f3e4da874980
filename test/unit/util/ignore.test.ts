import { describe, expect, it } from 'vitest';
import { markHandled, noop, noopAsync } from '../../../src/util/ignore.ts';

describe('ignore', () => {
  it('noop and noopAsync do nothing and answer nothing', async () => {
    expect(noop()).toBeUndefined();
    await expect(noopAsync()).resolves.toBeUndefined();
  });

  it('markHandled keeps a rejection from being unhandled, while its owner still sees it when awaiting', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const failing = Promise.reject(new Error('seen later'));
      markHandled(failing);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      await expect(failing).rejects.toThrow('seen later');
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});
