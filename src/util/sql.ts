/** A name as a double-quoted SQL identifier, whatever it contains. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
