import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sameSqlFiles } from '../../../src/sides/files.ts';
import { BASE, collect, migrate } from '../../helpers/command-entries.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('a command entry as a side reads it', () => {
  it('spells the command and its inputs by content: the cache key and "identical" follow the inputs, not other files', async () => {
    const [file] = await collect(BASE, [migrate(['*/migrations/*.py'])], []);
    expect(file).toMatchObject({
      path: 'python manage.py migrate',
      phase: 'schema',
      command: { run: 'python manage.py migrate', cwd: '/tree', inputs: { 'shop/migrations/0001_initial.py': sha('create') } },
    });
    const models = await collect({ ...BASE, 'shop/models.py': 'models v2' }, [migrate(['*/migrations/*.py'])], []);
    expect(sameSqlFiles([file!], models)).toBe(true);
    const edited = await collect({ ...BASE, 'shop/migrations/0001_initial.py': 'create v2' }, [migrate(['*/migrations/*.py'])], []);
    expect(sameSqlFiles([file!], edited)).toBe(false);
    // Without inputs every file counts.
    const [whole] = await collect(BASE, [migrate(null)], []);
    expect(Object.keys(whole!.command!.inputs)).toEqual(['db/seed.sql', 'shop/migrations/0001_initial.py', 'shop/models.py']);
    expect(sameSqlFiles([whole!], await collect({ ...BASE, 'shop/models.py': 'models v2' }, [migrate(null)], []))).toBe(false);
  });
});
