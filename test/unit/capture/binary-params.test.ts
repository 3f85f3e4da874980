import { describe, expect, it } from 'vitest';
import { decodeBinary } from '../../../src/capture/binary-params.ts';

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

describe('decodeBinary', () => {
  const int64 = (value: bigint) => {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(value);
    return b;
  };
  it('decodes the common scalar types', () => {
    expect(decodeBinary(Buffer.from([1]), 16)).toBe('true');
    expect(decodeBinary(int64(9007199254740993n), 20)).toBe('9007199254740993');
    expect(decodeBinary(Buffer.from([0x00, 0x07]), 21)).toBe('7');
    const float = Buffer.alloc(8);
    float.writeDoubleBE(1.5);
    expect(decodeBinary(float, 701)).toBe('1.5');
    expect(decodeBinary(Buffer.from('héllo'), 25)).toBe('héllo');
    expect(decodeBinary(Buffer.concat([Buffer.from([1]), Buffer.from('{"a":1}')]), 3802)).toBe('{"a":1}');
    expect(decodeBinary(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'), 2950)).toBe('01234567-89ab-cdef-0123-456789abcdef');
  });
  it('decodes dates and timestamps from the 2000-01-01 epoch', () => {
    expect(decodeBinary(int32(9132), 1082)).toBe('2025-01-01');
    expect(decodeBinary(int64(789_048_000_123_456n), 1114)).toBe('2025-01-01 12:00:00.123456');
    expect(decodeBinary(int64(-1_500n), 1184)).toBe('1999-12-31 23:59:59.998500+00');
    expect(decodeBinary(int64(0x7fffffffffffffffn), 1114)).toBe('infinity');
  });
  it('returns null for unknown types and short values', () => {
    expect(decodeBinary(Buffer.from([1, 2]), 0)).toBeNull();
    expect(decodeBinary(Buffer.from([1, 2]), 23)).toBeNull();
  });
});
