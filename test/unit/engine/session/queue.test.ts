import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../../src/engine/session/queue.ts';

/** A call whose end the test decides. */
function gate<T>() {
  let open!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => ((open = resolve), (fail = reject)));
  return { promise, open, fail };
}

describe('oneAtATime', () => {
  it('starts each call only when the one before it has settled, in the order they were made', async () => {
    const exclusive = oneAtATime();
    const events: string[] = [];
    const first = gate<string>();
    const a = exclusive(async () => (events.push('a starts'), first.promise));
    const b = exclusive(async () => (events.push('b starts'), 'b'));
    const c = exclusive(async () => (events.push('c starts'), 'c'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['a starts']);
    first.open('a');
    expect(await Promise.all([a, b, c])).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['a starts', 'b starts', 'c starts']);
  });

  it('gives a failure to its own caller only: the next call runs and answers', async () => {
    const exclusive = oneAtATime();
    const first = gate<string>();
    const a = exclusive(() => first.promise);
    const b = exclusive(async () => 'b');
    first.fail(new Error('connection lost'));
    await expect(a).rejects.toThrow('connection lost');
    await expect(b).resolves.toBe('b');
  });

  it('waits for a failing call to settle before starting the next', async () => {
    const exclusive = oneAtATime();
    const events: string[] = [];
    const first = gate<never>();
    const a = exclusive(() => first.promise).catch(() => events.push('a failed'));
    const b = exclusive(async () => void events.push('b starts'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual([]);
    first.fail(new Error('timeout'));
    await Promise.all([a, b]);
    expect(events).toEqual(['a failed', 'b starts']);
  });

  it('a call that throws before returning a promise fails alone too', async () => {
    const exclusive = oneAtATime();
    const a = exclusive((): Promise<string> => {
      throw new Error('thrown at once');
    });
    await expect(a).rejects.toThrow('thrown at once');
    await expect(exclusive(async () => 'after')).resolves.toBe('after');
  });

  it('two queues do not wait for each other', async () => {
    const one = oneAtATime();
    const other = oneAtATime();
    const stuck = gate<string>();
    void one(() => stuck.promise);
    await expect(other(async () => 'free')).resolves.toBe('free');
    stuck.open('done');
  });
});
