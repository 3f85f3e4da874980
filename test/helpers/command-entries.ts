import type { BuildEntry } from '../../src/config/config.ts';
import { collectSqlFiles } from '../../src/sides/files.ts';
import type { SideTree } from '../../src/sides/tree.ts';

/** A side's tree from a record of files, materialized nowhere (a path is enough here). */
export function treeOf(files: Record<string, string>): SideTree {
  return {
    ref: 'head',
    sha: null,
    listFiles: async () => Object.keys(files),
    readText: async (path: string) => files[path] ?? null,
    readBytes: async (path: string) => (path in files ? Buffer.from(files[path]!) : null),
    materialize: async () => '/tree',
    dispose: async () => {},
  };
}

/** Django's `migrate` as a schema entry of the config, reading `inputs` (null: every file of the tree). */
export const migrate = (inputs: string[] | null): BuildEntry => ({ command: 'python manage.py migrate', inputs, timeoutMinutes: 10, line: 2 });

/** The SQL files (and commands) head's side reads from a tree of these files: `schema`, then `seed` (db/seed.sql unless told). */
export const collect = (files: Record<string, string>, schema: BuildEntry[], seed: BuildEntry[] = ['db/seed.sql']) =>
  collectSqlFiles(treeOf(files), 'head', { schema, seed }, 'pg-plan-gate.yml', () => {});

/** A Django app on base: one migration, its models, a seed file. */
export const BASE = { 'shop/migrations/0001_initial.py': 'create', 'shop/models.py': 'models v1', 'db/seed.sql': 'INSERT ...' };
