/** A commit as people read it: the first 7 hex digits. */
export function shortSha(sha: string | null): string {
  return sha ? sha.slice(0, 7) : '';
}

/** `main (1a2b3c4)`; a ref that is itself a SHA is shortened rather than repeated. */
export function sideLabel(side: { ref: string; sha: string | null }): string {
  if (!side.sha) return side.ref;
  if (/^[0-9a-f]{7,40}$/i.test(side.ref) && side.sha.startsWith(side.ref.toLowerCase())) return shortSha(side.sha);
  return `${side.ref} (${shortSha(side.sha)})`;
}
