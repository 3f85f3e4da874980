import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const UNIT = join(ROOT, 'test', 'unit');

/**
 * What a unit test file's path must name (CONTRIBUTING.md, "Tests"): `test/unit/<folder>/<module>.test.ts`
 * tests `src/<folder>/<module>.ts`, `scripts/` tests a script of `scripts/`, `docs/` a page of `docs/`,
 * and `repository/` holds the checks that read the repository as a whole. Returns what a misplaced file
 * should mirror, or null when it mirrors something.
 */
function misplaced(path: string, exists: (path: string) => boolean): string | null {
  const stem = path.replace(/\.test\.ts$/, '');
  const [first, ...rest] = stem.split('/');
  if (first === 'repository' && rest.length === 1) return null;
  const mirrored = first === 'scripts' ? `scripts/${rest.join('/')}.mjs` : first === 'docs' ? `docs/${rest.join('/')}.md` : `src/${stem}.ts`;
  return exists(mirrored) ? null : mirrored;
}

function unitTestFiles(directory = UNIT): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? unitTestFiles(join(directory, entry.name)) : [relative(UNIT, join(directory, entry.name)).split('\\').join('/')],
  );
}

describe('unit test files are named after what they test', () => {
  it('each mirrors a module of src/, a script, a docs page, or is a check of the repository', () => {
    const files = unitTestFiles();
    // Anything else (a helper, a fixture) belongs in test/helpers or test/fixtures, where vitest does not look for tests.
    expect(files.filter((file) => !file.endsWith('.test.ts'))).toEqual([]);
    const wrong = files.flatMap((file) => {
      const mirrored = misplaced(file, (path) => existsSync(join(ROOT, path)));
      return mirrored ? [`test/unit/${file} mirrors nothing: no ${mirrored}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('a file named after no module is caught, with what it would have to mirror', () => {
    const exists = (path: string) => existsSync(join(ROOT, path));
    // A bare name at the top of test/unit/ mirrors a module at the top of src/.
    expect(misplaced('summary.test.ts', exists)).toBe('src/summary.ts');
    expect(misplaced('github/job-summary.test.ts', exists)).toBeNull();
    expect(misplaced('capture-proxy.test.ts', exists)).toBe('src/capture-proxy.ts');
    expect(misplaced('scripts/check-layers.test.ts', exists)).toBeNull();
    expect(misplaced('scripts/layers.test.ts', exists)).toBe('scripts/layers.mjs');
    expect(misplaced('docs/rules.test.ts', exists)).toBeNull();
    expect(misplaced('repository/nested/thing.test.ts', exists)).toBe('src/repository/nested/thing.ts');
  });
});
