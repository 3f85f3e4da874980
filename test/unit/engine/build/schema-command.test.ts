import { describe, expect, it } from 'vitest';
import { connectionEnvironment } from '../../../../src/engine/build/schema-command.ts';

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
