import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Every Markdown file a reader is sent to: the README, CONTRIBUTING.md, docs/ (the config page's template too), the changelog. */
function documents(): string[] {
  return [
    'README.md',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join('docs', name)),
  ].filter((path) => existsSync(join(ROOT, path)));
}

/** The anchors GitHub gives a page's headings: lowercased, punctuation but hyphens and underscores dropped, spaces as hyphens. */
function anchors(document: string): Set<string> {
  const text = readFileSync(join(ROOT, document), 'utf8').replace(/^(`{3,})[^\n]*\n[^]*?^\1[ \t]*$/gm, '');
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const match of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = match[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}_\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    out.add(count ? `${slug}-${count}` : slug);
  }
  return out;
}

/** The folders directly under `root` (`src`, `test`): a path named in the docs whose first folder is none of them is a user's own. */
function folders(root: string): string[] {
  return readdirSync(join(ROOT, root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * The paths of ours a document's text names that `exists` does not find: `src/engine/build/clock.ts`, or
 * `engine/cache/fixture-cache.ts` (a source file named from src/), and `test/unit/repository/docs-paths.test.ts`.
 */
function missingPaths(document: string, text: string, exists: (path: string) => boolean): string[] {
  const missing: string[] = [];
  const sourceFolders = folders('src');
  const source = new RegExp(`(?<![\\w./-])(?:src/([\\w./-]*[\\w/])|((?:${sourceFolders.join('|')})/[\\w./-]*\\.(?:ts|mjs)))(?![\\w/])`, 'g');
  for (const match of text.matchAll(source)) {
    const path = match[1] ?? match[2]!;
    // A user's own src/ (Flyway's src/main/resources/...) is not ours.
    const first = path.split('/')[0]!;
    if (!sourceFolders.includes(first) && !/\.(ts|mjs)$/.test(first)) continue;
    if (!exists(join('src', path))) missing.push(`${document}: ${match[0]}`);
  }
  const testFolders = folders('test');
  for (const match of text.matchAll(/(?<![\w./-])test\/([\w./-]*[\w/])(?![\w/])/g)) {
    // A user's own test/ (Rails' `bin/rails test test/controllers`) is not ours.
    if (!testFolders.includes(match[1]!.split('/')[0]!)) continue;
    if (!exists(join('test', match[1]!))) missing.push(`${document}: ${match[0]}`);
  }
  return missing;
}

describe('the docs', () => {
  it('are the pages the README links to, and CONTRIBUTING.md', () => {
    const pages = documents();
    for (const page of [
      'README.md',
      'CONTRIBUTING.md',
      'docs/getting-started.md',
      'docs/action.md',
      'docs/cli.md',
      'docs/config.md',
      'docs/queries.md',
      'docs/captured-traffic.md',
      'docs/engines.md',
      'docs/rules.md',
      'docs/measured-work.md',
      'docs/index-advice.md',
      'docs/caching.md',
      'docs/json-report.md',
      'docs/performance.md',
      'docs/troubleshooting.md',
      'docs/architecture.md',
    ])
      expect(pages).toContain(page);
  });

  it('link only to pages and files that exist', () => {
    const missing: string[] = [];
    for (const document of documents()) {
      // Not inside fenced code: the comment sample's shortened links are text there.
      const text = readFileSync(join(ROOT, document), 'utf8').replace(/^(`{3,})[^\n]*\n[^]*?^\1[ \t]*$/gm, '');
      for (const match of text.matchAll(/\]\(((?!https?:|mailto:)[^)#\s]*)(?:#([^)\s]*))?\)/g)) {
        const target = match[1] ? join(dirname(document), match[1]) : document;
        if (!existsSync(join(ROOT, target))) missing.push(`${document}: ${match[0]}`);
        else if (match[2] && target.endsWith('.md') && !anchors(target).has(match[2])) missing.push(`${document}: ${match[0]} (no such heading)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('name only source and test files and folders that exist', () => {
    const missing = documents().flatMap((document) =>
      missingPaths(document, readFileSync(join(ROOT, document), 'utf8'), (path) => existsSync(join(ROOT, path))),
    );
    expect(missing).toEqual([]);
  });

  it("a missing src/ or test/ path of ours is reported; a user's own is not", () => {
    const text = [
      'See `src/engine/build/clock.ts`, `engine/cache/fixture-cache.ts` and `test/unit/repository/docs-paths.test.ts`.',
      'Gone: `src/engine/build/clocks.ts`, `engine/cache/cache.ts`, `test/unit/explain/types.test.ts` and test/fixtures/no-such-app/.',
      "A user's own: src/main/resources/db/migration, `bin/rails test test/controllers`.",
    ].join('\n');
    expect(missingPaths('docs/example.md', text, (path) => existsSync(join(ROOT, path)))).toEqual([
      'docs/example.md: src/engine/build/clocks.ts',
      'docs/example.md: engine/cache/cache.ts',
      'docs/example.md: test/unit/explain/types.test.ts',
      'docs/example.md: test/fixtures/no-such-app/',
    ]);
  });
});
