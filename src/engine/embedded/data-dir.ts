import { mkdtempSync, rmSync } from 'node:fs';
import { onInterrupt } from '../../util/interrupt.ts';
import { ownedTempPrefix } from '../../util/dead-runs.ts';

/** A PGlite data directory on disk, removed by its owner, at exit, or on Ctrl-C. */
export interface DataDir {
  path: string;
  remove(): void;
}

const live = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const path of live) rmSync(path, { recursive: true, force: true });
  live.clear();
}

/**
 * On disk, a PGlite's data and WAL sit in the page cache instead of the process's memory
 * (measured on the 2,000-table bench A/A: 1.30 GB → 0.86 GB). Made and removed by the thread that
 * owns the build: a terminated worker cannot clean up after itself.
 */
export function makeDataDir(): DataDir {
  if (!installed) {
    installed = true;
    process.on('exit', removeAll);
    onInterrupt(removeAll);
  }
  const path = mkdtempSync(ownedTempPrefix('pglite'));
  live.add(path);
  return {
    path,
    remove() {
      rmSync(path, { recursive: true, force: true });
      live.delete(path);
    },
  };
}
