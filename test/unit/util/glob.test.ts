import { describe, expect, it } from 'vitest';
import { expandGlob, isGlob, matchesGlob, namesOnePath } from '../../../src/util/glob.ts';
import { collectSqlFiles } from '../../../src/sides/files.ts';
import type { SideTree } from '../../../src/sides/tree.ts';

describe('config globs (picomatch syntax)', () => {
  const paths = ['db/migrations/002_b.sql', 'db/migrations/001_a.sql', 'db/migrations/old/000.sql', 'db/.hidden.sql', 'app/[id].sql', 'app/i.sql'];

  it('`*` stays in a segment, `**` spans them, results sorted by code point', () => {
    expect(expandGlob('db/migrations/*.sql', paths)).toEqual(['db/migrations/001_a.sql', 'db/migrations/002_b.sql']);
    expect(expandGlob('db/**/*.sql', paths)).toEqual(['db/.hidden.sql', 'db/migrations/001_a.sql', 'db/migrations/002_b.sql', 'db/migrations/old/000.sql']);
    expect(expandGlob('./db//migrations/00?_a.sql', paths)).toEqual(['db/migrations/001_a.sql']);
  });

  it('classes, braces and the literal name a class would spell', () => {
    expect(expandGlob('db/migrations/00[12]_*.sql', paths)).toEqual(['db/migrations/001_a.sql', 'db/migrations/002_b.sql']);
    expect(expandGlob('db/migrations/{001_a,002_b}.sql', paths)).toEqual(['db/migrations/001_a.sql', 'db/migrations/002_b.sql']);
    // A Next.js-style file name is found as written, besides what the class matches.
    expect(expandGlob('app/[id].sql', paths)).toEqual(['app/[id].sql', 'app/i.sql']);
  });

  it('names: endpoint and query names with spaces, slashes and parentheses', () => {
    expect(matchesGlob('(untagged)', '(untagged)')).toBe(true);
    expect(matchesGlob('GET /users/*', 'GET /users/:id')).toBe(true);
    expect(matchesGlob('GET /users/*', 'GET /users/:id/orders')).toBe(false);
    expect(matchesGlob('GET /users/**', 'GET /users/:id/orders')).toBe(true);
    expect(matchesGlob('reports/*', 'reports/monthly')).toBe(true);
    expect(matchesGlob('!reports/*', 'billing/monthly')).toBe(true);
    expect(isGlob('queries/login.sql')).toBe(false);
    expect(isGlob('queries/*.sql')).toBe(true);
  });

  it('a path with brackets that matches nothing is a missing file, not an empty glob', async () => {
    expect(namesOnePath('app/[id].sql')).toBe(true);
    expect(namesOnePath('queries/login.sql')).toBe(true);
    expect(namesOnePath('queries/*.sql')).toBe(false);
    expect(namesOnePath('queries/{a,b}.sql')).toBe(false);
    expect(namesOnePath('queries/@(a|b).sql')).toBe(false);
    const tree = { ref: 'head', listFiles: async () => paths, readText: async (path: string) => `-- ${path}\n` } as unknown as SideTree;
    await expect(collectSqlFiles(tree, 'head', { schema: ['db/[tenant].sql'], seed: [] }, 'pg-plan-gate.yml', () => {})).rejects.toThrow(
      'pg-plan-gate.yml: schema file db/[tenant].sql does not exist on head',
    );
    const warned: string[] = [];
    await collectSqlFiles(tree, 'base', { schema: ['db/[tenant].sql', 'db/*.nothing'], seed: [] }, 'pg-plan-gate.yml', (message) => warned.push(message));
    expect(warned).toEqual(['schema file db/[tenant].sql does not exist on base (head); skipped there']);
  });

  it('a `!` entry in a schema list drops what the entries before it matched', async () => {
    const tree = { ref: 'head', listFiles: async () => paths, readText: async (path: string) => `-- ${path}\n` } as unknown as SideTree;
    const files = await collectSqlFiles(tree, 'head', { schema: ['db/migrations/**/*.sql', '!db/migrations/old/**'], seed: [] }, 'pg-plan-gate.yml', () => {});
    expect(files.map((file) => file.path)).toEqual(['db/migrations/001_a.sql', 'db/migrations/002_b.sql']);
  });
});
