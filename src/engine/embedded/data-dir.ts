import { mkdtempSync, rmSync } from 'node:fs';
import { exitCleanup } from '../../util/exit-cleanup.ts';
import { ownedTempPrefix } from '../../util/dead-runs.ts';

/** A PGlite data directory on disk, removed by its owner, at exit, or on Ctrl-C. */
export interface DataDir {
  path: string;
  remove(): void;
}

const live = exitCleanup<string>((path) => rmSync(path, { recursive: true, force: true }));

/**
 * On disk, a PGlite's data and WAL sit in the page cache instead of the process's memory
 * (measured on the 2,000-table bench A/A: 1.30 GB → 0.86 GB). Made and removed by the thread that
 * owns the build: a terminated worker cannot clean up after itself.
 */
export function makeDataDir(): DataDir {
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
