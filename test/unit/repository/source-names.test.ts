import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [relative(ROOT, join(directory, entry.name))] : [],
  );
}

/** Names shared by two or more modules of src/, each with its paths. `index.ts` is a folder's door
 * (src/index.ts is the action's entry, src/engine/index.ts the engine's only import), not a module name. */
function sharedNames(paths: readonly string[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    const name = path.split(/[\\/]/).pop()!;
    if (name === 'index.ts') continue;
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  return new Map([...byName].filter(([, all]) => all.length > 1));
}

describe('module names in src/', () => {
  it('no two modules share a file name, so a name in a stack trace or a review says which one', () => {
    expect(Object.fromEntries(sharedNames(sourceFiles(join(ROOT, 'src'))))).toEqual({});
  });

  it('a shared name is caught with both paths', () => {
    expect(Object.fromEntries(sharedNames(['src/a/types.ts', 'src/b/types.ts', 'src/a/index.ts', 'src/index.ts', 'src/c/one.ts']))).toEqual({
      'types.ts': ['src/a/types.ts', 'src/b/types.ts'],
    });
  });
});
