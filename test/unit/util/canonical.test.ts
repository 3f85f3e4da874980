import { describe, expect, it } from 'vitest';
import { canonical } from '../../../src/util/canonical.ts';

describe('canonical: one spelling per value, for cache keys', () => {
  it('spells each value with its type tag, object keys sorted', () => {
    expect(canonical({ sql: 'SELECT $1', params: [42, 'x', true, null], generic: false })).toBe(
      '["o",[["generic",["b",false]],["params",["a",[["n","42"],["s","x"],["b",true],["z"]]]],["sql",["s","SELECT $1"]]]]',
    );
  });

  it('values JSON.stringify would write alike stay apart: Infinity, -Infinity, NaN, null, undefined', () => {
    const spellings = [[Infinity], [-Infinity], [NaN], [null], [undefined], []].map(canonical);
    expect(new Set(spellings).size).toBe(6);
    expect(canonical([Infinity])).toBe('["a",[["n","Infinity"]]]');
    expect(canonical(undefined)).toBe('["u"]');
  });

  it('0 and -0, 1 and "1", true and "true", 10 and 10n are different questions', () => {
    expect(canonical(-0)).toBe('["n","-0"]');
    expect(canonical(0)).toBe('["n","0"]');
    expect(canonical(1)).not.toBe(canonical('1'));
    expect(canonical(true)).not.toBe(canonical('true'));
    expect(canonical(10n)).toBe('["i","10"]');
    expect(canonical(10n)).not.toBe(canonical(10));
  });

  it('key order does not matter; a key set to undefined is not a missing key', () => {
    expect(canonical({ a: 1, b: { d: [1], c: 2 } })).toBe(canonical({ b: { c: 2, d: [1] }, a: 1 }));
    expect(canonical({ a: undefined })).not.toBe(canonical({}));
    expect(canonical(Object.assign(Object.create(null) as object, { a: 1 }))).toBe(canonical({ a: 1 }));
  });

  it('dates by their instant, bytes by their hex (a Buffer as a Uint8Array)', () => {
    expect(canonical(new Date('2024-02-29T12:00:00+01:00'))).toBe('["d","2024-02-29T11:00:00.000Z"]');
    expect(canonical(new Date('not a date'))).toBe('["d","invalid"]');
    expect(canonical(new Uint8Array([0xde, 0xad, 0x01]))).toBe('["x","dead01"]');
    expect(canonical(Buffer.from('ab'))).toBe(canonical(new Uint8Array([0x61, 0x62])));
    expect(canonical(new Date(0))).not.toBe(canonical('1970-01-01T00:00:00.000Z'));
  });

  it('a value that cannot be spelled throws, naming what it is', () => {
    expect(() => canonical([() => 1])).toThrow(new TypeError('cannot spell a function'));
    expect(() => canonical({ ids: new Map() })).toThrow(new TypeError('cannot spell a Map'));
    expect(() => canonical(Symbol('x'))).toThrow(new TypeError('cannot spell a symbol'));
  });
});
