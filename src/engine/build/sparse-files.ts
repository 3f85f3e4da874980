import { chownSync, closeSync, existsSync, openSync, statSync, truncateSync } from 'node:fs';

/**
 * Grows a relation to `bytes` as sparse files: the first segment to at most `segmentBytes`, then
 * `<path>.1`, `<path>.2`, ... as PostgreSQL lays out a relation past its segment size. Nothing is
 * written but the files' lengths (a 573 MB heap took 56 KB on disk). `owner`: who new segment
 * files must belong to (the server runs as an unprivileged user when we are root).
 */
/** A relation's bytes on disk now: its first file and every segment file after it. */
export function relationFileSize(path: string, segmentBytes: number): number {
  let total = 0;
  for (let segment = 0; ; segment++) {
    const file = segment === 0 ? path : `${path}.${segment}`;
    if (!existsSync(file)) return total;
    const size = statSync(file).size;
    total += size;
    // A segment short of the segment size is the last, as md.c reads it.
    if (size < segmentBytes) return total;
  }
}

export function growRelationFile(path: string, bytes: number, segmentBytes: number, owner?: { uid: number; gid: number }): void {
  for (let segment = 0, left = bytes; left > 0; segment++, left -= segmentBytes) {
    const file = segment === 0 ? path : `${path}.${segment}`;
    const length = Math.min(left, segmentBytes);
    if (!existsSync(file)) {
      closeSync(openSync(file, 'w', 0o600));
      if (owner) chownSync(file, owner.uid, owner.gid);
    }
    if (statSync(file).size < length) truncateSync(file, length);
  }
}
