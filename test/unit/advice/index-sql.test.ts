import { beforeAll, describe, expect, it } from 'vitest';
import { identifier } from '../../../src/advice/index-sql.ts';
import { loadParser } from '../../../src/engine/build/script.ts';

// identifier() asks libpg-query's scanner which words are keywords: its WASM must be loaded.
beforeAll(loadParser);

describe('identifier', () => {
  it('is bare where PostgreSQL reads it back unchanged', () => {
    expect(['email', 'name', 'user', 'Email', 'time', 'a b'].map((name) => identifier(name))).toEqual([
      'email',
      'name',
      '"user"',
      '"Email"',
      '"time"',
      '"a b"',
    ]);
    expect(identifier('left', true)).toBe('left');
  });
});
