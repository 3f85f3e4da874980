import { describe, expect, it } from 'vitest';
import { quoteIdent } from '../../../src/util/sql.ts';

describe('quoteIdent', () => {
  it('double-quotes any name, keeping its case and spaces', () => {
    expect(quoteIdent('users')).toBe('"users"');
    expect(quoteIdent('Order Items')).toBe('"Order Items"');
    expect(quoteIdent('select')).toBe('"select"');
    expect(quoteIdent('')).toBe('""');
  });

  it('doubles the double quotes inside, so a name cannot end the identifier', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(quoteIdent('x"; DROP TABLE users; --')).toBe('"x""; DROP TABLE users; --"');
  });
});
