/** Windows line endings and a byte-order mark are editor accidents, not SQL. */
export function normalizeSqlText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
