import { isUtf8 } from 'node:buffer';

/** Windows line endings and a byte-order mark are editor accidents, not SQL. */
export function normalizeSqlText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * The 0-based offset of the first byte that is not valid UTF-8, or null when all are.
 * Decoding turns each invalid sequence into U+FFFD, so the first U+FFFD that the file did not
 * spell out itself (as EF BF BD) marks it, and everything before it decoded exactly.
 */
export function invalidUtf8Offset(bytes: Buffer): number | null {
  if (isUtf8(bytes)) return null;
  const text = bytes.toString('utf8');
  let offset = 0;
  let counted = 0;
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
    offset += Buffer.byteLength(text.slice(counted, index));
    counted = index;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
  }
  return null;
}

/** Orders strings by code point, so every machine and locale agrees on the order. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A scalar read from an untyped row or document (a catalog column, a parse-tree field, YAML) as
 * text. Anything else is a shape nobody expected, shown as JSON rather than as "[object Object]".
 */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return JSON.stringify(value) ?? typeof value;
}
