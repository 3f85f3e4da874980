import picomatch from 'picomatch';
import { compareCodePoints } from './text.ts';

/**
 * Globs in the config, for repository paths (always '/'-separated) and for query and endpoint
 * names: picomatch's syntax, as in .gitignore-style tools — `*` and `?` stay inside one path
 * segment, `**` spans segments, `{a,b}` alternates, `[abc]` is a class, a leading `!` negates.
 * Dotfiles match like any other name. A pattern also matches the text it spells exactly, so a
 * file named `app/[id].sql` or the endpoint `(untagged)` needs no escaping.
 */
const OPTIONS: picomatch.PicomatchOptions = { dot: true };
const compiled = new Map<string, (text: string) => boolean>();

function matcher(glob: string): (text: string) => boolean {
  let match = compiled.get(glob);
  if (!match) {
    const test = picomatch(glob, OPTIONS);
    match = (text: string) => text === glob || test(text);
    compiled.set(glob, match);
  }
  return match;
}

export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/**
 * A pattern that a user may mean as one path: no wildcard, brace or extglob. Brackets alone
 * may be part of a file name (Next.js's `app/[id].sql`), so such a pattern that matches
 * nothing is a missing file, not an empty glob.
 */
export function namesOnePath(pattern: string): boolean {
  return !/[*?{}]|[@!+]\(/.test(pattern);
}

export function matchesGlob(glob: string, text: string): boolean {
  return matcher(glob)(text);
}

/** Paths matching the pattern, sorted by code point so every machine agrees on the order. */
export function expandGlob(pattern: string, paths: readonly string[]): string[] {
  const normalized = normalizeRepoPath(pattern);
  if (!isGlob(normalized)) return paths.includes(normalized) ? [normalized] : [];
  const match = matcher(normalized);
  return paths.filter(match).sort(compareCodePoints);
}

export function normalizeRepoPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .replace(/\/{2,}/g, '/');
}
