import type { WireValue } from './frontend-parser.ts';

/** Binary-format parameter values in the text form PostgreSQL would accept for their type. */
export function textParams(params: WireValue[], paramTypes: number[]): { values: (string | null)[]; exact: boolean } {
  let exact = true;
  const values = params.map((value, index) => {
    if (value === null || typeof value === 'string') return value;
    const decoded = decodeBinary(value, paramTypes[index] ?? 0);
    if (decoded === null) {
      exact = exact && (paramTypes[index] ?? 0) === BYTEA;
      return `\\x${value.toString('hex')}`;
    }
    return decoded;
  });
  return { values, exact };
}

const BYTEA = 17;
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);

/** Text form of a binary value of a common type; null when the type is unknown or unspecified. */
export function decodeBinary(value: Buffer, oid: number): string | null {
  try {
    switch (oid) {
      case 16: // bool
        return value[0] ? 'true' : 'false';
      case 17: // bytea
        return `\\x${value.toString('hex')}`;
      case 18: // "char"
      case 19: // name
      case 25: // text
      case 114: // json
      case 1042: // bpchar
      case 1043: // varchar
        return value.toString('utf8');
      case 3802: // jsonb: a version byte, then the text
        return value.subarray(1).toString('utf8');
      case 21:
        return String(value.readInt16BE(0));
      case 23:
        return String(value.readInt32BE(0));
      case 26:
        return String(value.readUInt32BE(0));
      case 20:
        return value.readBigInt64BE(0).toString();
      case 700:
        return String(value.readFloatBE(0));
      case 701:
        return String(value.readDoubleBE(0));
      case 2950: {
        const hex = value.toString('hex');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      }
      case 1082: {
        const days = value.readInt32BE(0);
        if (days === 0x7fffffff) return 'infinity';
        if (days === -0x80000000) return '-infinity';
        return new Date(PG_EPOCH_MS + days * 86_400_000).toISOString().slice(0, 10);
      }
      case 1114:
      case 1184: {
        const micros = value.readBigInt64BE(0);
        if (micros === 0x7fffffffffffffffn) return 'infinity';
        if (micros === -0x8000000000000000n) return '-infinity';
        let whole = micros / 1000n; // BigInt division truncates: floor it for negative values
        if (micros % 1000n < 0n) whole -= 1n;
        const ms = Number(whole);
        const rest = Number(micros - whole * 1000n);
        const iso = new Date(PG_EPOCH_MS + ms).toISOString(); // 2024-01-02T03:04:05.678Z
        const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}${String(rest).padStart(3, '0')}`;
        return oid === 1184 ? `${text}+00` : text;
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
}
