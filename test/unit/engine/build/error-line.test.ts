import { describe, expect, it } from 'vitest';
import { errorLine } from '../../../../src/engine/build/error-line.ts';

/** Line 20 of a schema file: a CREATE TABLE over four lines. */
const CREATE = {
  kind: 'sql' as const,
  sql: ['CREATE TABLE orders (', '  id bigint PRIMARY KEY,', '  user_id bigint REFERENCES userz (id),', '  total numeric', ')'].join('\n'),
  line: 20,
};

/** PostgreSQL's 1-based character position of some text in the step's statement. */
const positionOf = (text: string) => String(CREATE.sql.indexOf(text) + 1);

describe("the line a failed step's error points at", () => {
  it("a statement: the line of PostgreSQL's position in it", () => {
    expect(errorLine(CREATE, { message: 'relation "userz" does not exist', position: positionOf('userz') })).toBe(22);
    expect(errorLine(CREATE, { position: positionOf('CREATE') })).toBe(20);
    expect(errorLine(CREATE, { position: positionOf('total') })).toBe(23);
    // The embedded engine gives the position as a number.
    expect(errorLine(CREATE, { position: CREATE.sql.length })).toBe(24);
  });

  it('a position past a newline is on the next line; the newline itself is still on its line', () => {
    const sql = 'SELECT 1,\nnope';
    expect(errorLine({ kind: 'sql', sql, line: 5 }, { position: '10' })).toBe(5);
    expect(errorLine({ kind: 'sql', sql, line: 5 }, { position: '11' })).toBe(6);
  });

  it('counts characters as PostgreSQL does: an emoji is one', () => {
    // S E L E C T _ ' 😀 ' , \n: the newline is character 12; character 13 is on the next line.
    const sql = "SELECT '😀',\n  nope";
    expect(errorLine({ kind: 'sql', sql, line: 1 }, { position: '13' })).toBe(2);
    expect(errorLine({ kind: 'sql', sql, line: 1 }, { position: '12' })).toBe(1);
  });

  it("without a usable position, the step's first line", () => {
    for (const error of [new Error('connection lost'), { position: '0' }, { position: 'x' }, { position: '2.5' }]) {
      expect(errorLine(CREATE, error)).toBe(20);
    }
  });

  it('COPY: the data row of the error context, counted from the COPY line; else the COPY line', () => {
    const copy = { kind: 'copy' as const, sql: 'COPY public.users (id, email) FROM stdin', data: '1\ta@example.com\nx\tb@example.com\n', line: 40 };
    expect(errorLine(copy, { message: 'invalid input syntax for type bigint: "x"', where: 'COPY users, line 2, column id: "x"' })).toBe(42);
    expect(errorLine(copy, { where: 'SQL statement "..."\nCOPY users, line 7' })).toBe(47);
    expect(errorLine(copy, { position: '5' })).toBe(40);
    expect(errorLine(copy, { where: 'PL/pgSQL function f() line 3' })).toBe(40);
  });
});
