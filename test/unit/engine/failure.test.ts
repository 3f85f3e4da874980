import { describe, expect, it } from 'vitest';
import { failureOf, kindOfCode, lasting, sqlstateOf } from '../../../src/engine/failure.ts';

/** An error as node-postgres and PGlite throw one for a server's ErrorResponse. */
function serverError(message: string, code: string): Error {
  return Object.assign(new Error(message), { severity: 'ERROR', code });
}

describe('typed failures', () => {
  it('a SQLSTATE decides the kind, whatever the message says', () => {
    expect(failureOf(serverError('relation "workers" does not exist', '42P01'))).toEqual({
      error: 'relation "workers" does not exist',
      kind: 'query',
      code: '42P01',
    });
    expect(failureOf(serverError('canceling statement due to statement timeout', '57014'))).toMatchObject({ kind: 'timeout', code: '57014' });
    expect(failureOf(serverError('permission denied to create database', '42501'))).toMatchObject({ kind: 'refused' });
    expect(failureOf(serverError('terminating connection due to administrator command', '57P01'))).toMatchObject({ kind: 'lost' });
    expect(failureOf(serverError('canceling statement due to lock timeout', '55P03'))).toMatchObject({ kind: 'query' });
  });

  it('class 08 is a lost connection, but a protocol violation is the server answering what it was sent', () => {
    expect(kindOfCode('08006')).toBe('lost');
    expect(kindOfCode('08P01')).toBe('query');
  });

  it('an error with no SQLSTATE came from the client side: lost, not remembered', () => {
    expect(failureOf(new Error('Connection terminated unexpectedly'))).toEqual({ error: 'Connection terminated unexpectedly', kind: 'lost' });
    // A Node system error's code is no SQLSTATE, even five capitals long.
    expect(sqlstateOf(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }))).toBeUndefined();
    expect(lasting('query') && lasting('refused')).toBe(true);
    expect(lasting('timeout') || lasting('lost')).toBe(false);
  });

  it('keeps the first line only, as the report shows it', () => {
    expect(failureOf(serverError('syntax error at or near "FORM"\nLINE 1: SELECT * FORM t', '42601')).error).toBe('syntax error at or near "FORM"');
  });
});
