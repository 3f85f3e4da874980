import { noop } from '../../util/ignore.ts';

/**
 * Calls that take turns: each starts when the one before it has settled, whether that one
 * answered or failed, and a failure reaches only its own caller. A database session runs one
 * statement sequence at a time, and an EXPLAIN's time bound must start when it is sent, not
 * while it waits behind another call.
 */
export type OneAtATime = <T>(run: () => Promise<T>) => Promise<T>;

export function oneAtATime(): OneAtATime {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    const result = last.then(run, run);
    // The caller sees this call's failure through `result`; the next call runs either way.
    last = result.catch(noop);
    return result;
  };
}
