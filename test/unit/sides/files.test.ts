import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.ts';
import type { BuildEntry } from '../../../src/config/config.ts';
import { connectionEnvironment } from '../../../src/engine/build/schema-command.ts';
import { incrementalStart } from '../../../src/engine/cache/build-sides.ts';
import { collectSqlFiles, commandExtends, sameSqlFiles } from '../../../src/sides/files.ts';
import type { SideTree } from '../../../src/sides/tree.ts';

/** A side's tree from a record of files, materialized nowhere (a path is enough here). */
function treeOf(files: Record<string, string>): SideTree {
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

const migrate = (inputs: string[] | null): BuildEntry => ({ command: 'python manage.py migrate', inputs, timeoutMinutes: 10, line: 2 });
const collect = (files: Record<string, string>, schema: BuildEntry[], seed: BuildEntry[] = ['db/seed.sql']) =>
  collectSqlFiles(treeOf(files), 'head', { schema, seed }, 'pg-plan-gate.yml', () => {});
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const BASE = { 'shop/migrations/0001_initial.py': 'create', 'shop/models.py': 'models v1', 'db/seed.sql': 'INSERT ...' };

describe('schema and seed commands in the config', () => {
  it('takes { command, inputs, timeout_minutes } beside paths, with defaults and the line', () => {
    const config = parseConfig(
      'schema:\n  - db/extensions.sql\n  - command: python manage.py migrate --noinput\n    inputs: ["*/migrations/*.py"]\nseed:\n  - command: ./seed.sh\n    timeout_minutes: 2\n',
      'pg-plan-gate.yml',
      {},
    );
    expect(config.schema).toEqual(['db/extensions.sql', { command: 'python manage.py migrate --noinput', inputs: ['*/migrations/*.py'], timeoutMinutes: 10, line: 3 }]);
    expect(config.seed).toEqual([{ command: './seed.sh', inputs: null, timeoutMinutes: 2, line: 6 }]);
  });

  it('a wrong key or type in an entry is an error naming it and its line', () => {
    const error = (text: string) => {
      try {
        parseConfig(text, 'pg-plan-gate.yml', {});
      } catch (thrown) {
        return (thrown as Error).message;
      }
      return null;
    };
    expect(error('schema:\n  - command: migrate\n    input: ["a"]\n')).toBe('pg-plan-gate.yml:3: schema[0].input is not a known key');
    expect(error('schema:\n  - inputs: ["a"]\n')).toBe('pg-plan-gate.yml:2: schema[0] must be a path or a { command, inputs } entry');
    expect(error('seed:\n  - 3\n')).toBe('pg-plan-gate.yml:2: seed[0] must be a path or a { command, inputs } entry');
    expect(error('schema:\n  - command: migrate\n    timeout_minutes: 0\n')).toMatch(/^pg-plan-gate\.yml:3: schema\[0\]\.timeout_minutes /);
  });
});

describe('a command entry as a side reads it', () => {
  it('spells the command and its inputs by content: the cache key and "identical" follow the inputs, not other files', async () => {
    const [file] = await collect(BASE, [migrate(['*/migrations/*.py'])], []);
    expect(file).toMatchObject({ path: 'python manage.py migrate', phase: 'schema', command: { run: 'python manage.py migrate', cwd: '/tree', inputs: { 'shop/migrations/0001_initial.py': sha('create') } } });
    const models = await collect({ ...BASE, 'shop/models.py': 'models v2' }, [migrate(['*/migrations/*.py'])], []);
    expect(sameSqlFiles([file!], models)).toBe(true);
    const edited = await collect({ ...BASE, 'shop/migrations/0001_initial.py': 'create v2' }, [migrate(['*/migrations/*.py'])], []);
    expect(sameSqlFiles([file!], edited)).toBe(false);
    // Without inputs every file counts.
    const [whole] = await collect(BASE, [migrate(null)], []);
    expect(Object.keys(whole!.command!.inputs)).toEqual(['db/seed.sql', 'shop/migrations/0001_initial.py', 'shop/models.py']);
    expect(sameSqlFiles([whole!], await collect({ ...BASE, 'shop/models.py': 'models v2' }, [migrate(null)], []))).toBe(false);
  });

  it("goes on from base's when its inputs are base's unchanged plus new ones", async () => {
    const entry = [migrate(['*/migrations/*.py'])];
    const base = await collect(BASE, entry);
    const added = { ...BASE, 'shop/migrations/0002_remove_index.py': 'remove', 'shop/models.py': 'models v2' };
    const head = await collect(added, entry);
    expect(commandExtends(base[0]!.command, head[0]!.command)).toEqual(['shop/migrations/0002_remove_index.py']);
    expect(incrementalStart(base, head)).toBe(0);
    // A new file after the command: the command runs again, then the file.
    expect(incrementalStart(base, await collect({ ...added, 'db/views.sql': 'CREATE VIEW v AS SELECT 1;' }, [...entry, 'db/views.sql']))).toBe(0);
    // An SQL file before it stays as base's.
    expect(incrementalStart(await collect({ ...BASE, 'db/ext.sql': 'SELECT 1;' }, ['db/ext.sql', ...entry]), await collect({ ...added, 'db/ext.sql': 'SELECT 1;' }, ['db/ext.sql', ...entry]))).toBe(1);
    // An edited migration, another command, another seed or nothing new: built afresh.
    expect(incrementalStart(base, await collect({ ...added, 'shop/migrations/0001_initial.py': 'create v2' }, entry))).toBeNull();
    expect(incrementalStart(base, await collect(added, [{ command: 'python manage.py migrate --noinput', inputs: ['*/migrations/*.py'], timeoutMinutes: 10, line: 2 }]))).toBeNull();
    expect(incrementalStart(base, await collect({ ...added, 'db/seed.sql': 'INSERT 2' }, entry))).toBeNull();
    expect(incrementalStart(base, await collect({ ...BASE, 'shop/models.py': 'models v2' }, entry))).toBeNull();
  });
});

describe('the connection a command gets', () => {
  it('TCP (embedded, url) and a unix socket directory (server), PGPASSWORD always set', () => {
    expect(connectionEnvironment({ host: '127.0.0.1', port: 5433, user: 'postgres', database: 'postgres' })).toEqual({
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5433/postgres?sslmode=disable',
      PGHOST: '127.0.0.1',
      PGPORT: '5433',
      PGUSER: 'postgres',
      PGPASSWORD: '',
      PGDATABASE: 'postgres',
      PGSSLMODE: 'disable',
    });
    expect(connectionEnvironment({ host: '/tmp/pgpg-x', port: 5432, user: 'pgpg', database: 'side base', password: 'p@ss' })).toEqual({
      DATABASE_URL: 'postgresql://pgpg:p%40ss@/side%20base?host=%2Ftmp%2Fpgpg-x&port=5432',
      PGHOST: '/tmp/pgpg-x',
      PGPORT: '5432',
      PGUSER: 'pgpg',
      PGPASSWORD: 'p@ss',
      PGDATABASE: 'side base',
    });
  });
});
