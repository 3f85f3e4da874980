import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every Markdown file a reader is sent to: the README, docs/, the changelog. */
function documents(): string[] {
  return ['README.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))].filter((path) =>
    existsSync(join(ROOT, path)),
  );
}

describe('the docs', () => {
  it('name only source files and folders that exist', () => {
    const missing: string[] = [];
    for (const document of documents()) {
      const text = readFileSync(join(ROOT, document), 'utf8');
      // `src/engine/build/clock.ts`, or `engine/cache/fixture-cache.ts` (a source file named from src/): either must exist.
      const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      const pattern = new RegExp(`(?<![\\w./-])(?:src/([\\w./-]*[\\w/])|((?:${folders.join('|')})/[\\w./-]*\\.(?:ts|mjs)))(?![\\w/])`, 'g');
      for (const match of text.matchAll(pattern)) {
        const path = match[1] ?? match[2]!;
        // A user's own src/ (Flyway's src/main/resources/...) is not ours.
        const first = path.split('/')[0]!;
        if (!folders.includes(first) && !/\.(ts|mjs)$/.test(first)) continue;
        if (!existsSync(join(ROOT, 'src', path))) missing.push(`${document}: ${match[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
