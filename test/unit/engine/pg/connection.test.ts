import { describe, expect, it } from 'vitest';
import { parseConnectionString, describeConnection } from '../../../../src/engine/pg/connection.ts';

describe('connection strings', () => {
  it('reads URLs with a socket host and libpq key/value strings, and never prints the password', () => {
    expect(parseConnectionString('postgresql://app:s3cret@db:6543/shop?sslmode=disable')).toMatchObject({
      user: 'app',
      password: 's3cret',
      host: 'db',
      port: '6543',
      database: 'shop',
      ssl: false,
    });
    expect(parseConnectionString('postgresql://postgres@localhost/postgres?host=%2Ftmp%2Fsock')).toMatchObject({ host: '/tmp/sock', database: 'postgres' });
    const keyValue = parseConnectionString("host=localhost port=55432 user=postgres password='se cret' dbname=app");
    expect(keyValue).toEqual({ host: 'localhost', port: 55432, user: 'postgres', password: 'se cret', database: 'app' });
    expect(describeConnection(keyValue)).toBe('postgres@localhost:55432/app');
  });
});
