import { onInterrupt } from './interrupt.ts';

/**
 * What a process leaves on disk or running (data directories, native servers) and must remove
 * however it ends: when it exits, and on Ctrl-C or a cancelled job. `clean` is synchronous, as
 * the 'exit' event allows nothing else; each item is cleaned once, then forgotten. The handlers
 * are installed with the first item, so a process that never adds one gets none.
 */
export interface ExitCleanup<T> {
  add(item: T): void;
  has(item: T): boolean;
  /** Cleaned up by its owner already: nothing left to do at exit. */
  delete(item: T): void;
}

export function exitCleanup<T>(clean: (item: T) => void): ExitCleanup<T> {
  const live = new Set<T>();
  let installed = false;
  const cleanAll = () => {
    for (const item of live) clean(item);
    live.clear();
  };
  return {
    add(item) {
      if (!installed) {
        installed = true;
        process.on('exit', cleanAll);
        onInterrupt(cleanAll);
      }
      live.add(item);
    },
    has(item) {
      return live.has(item);
    },
    delete(item) {
      live.delete(item);
    },
  };
}
