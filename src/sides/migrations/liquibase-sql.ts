/*
 * Liquibase formatted SQL: a `--liquibase formatted sql` header, then changesets opened by
 * `--changeset author:id [attributes]`. What Liquibase would not run on PostgreSQL becomes
 * empty lines (line numbers stay the original file's): `--rollback` lines and
 * `/* liquibase rollback *\/` blocks, `--ignoreLines`, text before the first changeset, and
 * changesets for another `dbms`. A changeset's `endDelimiter` becomes `;`, so PostgreSQL's
 * parser splits where Liquibase would; `splitStatements:false` needs nothing, because the
 * parser keeps a function body whole and running its statements one by one is what sending
 * them at once does.
 */

export function isLiquibaseSql(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim() !== '');
  return first !== undefined && /^\s*--\s*liquibase\s+formatted\s+sql\b/i.test(first);
}

const CHANGESET = /^\s*--\s*changeset\s+(\S+)(.*)$/i;
const ROLLBACK_LINE = /^\s*--\s*rollback\b/i;
const ROLLBACK_BLOCK = /^\s*\/\*\s*liquibase\s+rollback\b/i;
const IGNORE_LINES = /^\s*--\s*ignoreLines:(start|end|\d+)\s*$/i;

export function liquibaseSql(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  let inChangeset = false;
  let runs = true;
  let delimiter: string | undefined;
  let skipping: 'block' | 'ignore' | number | undefined;
  for (const line of lines) {
    if (skipping === 'block') {
      kept.push('');
      if (line.includes('*/')) skipping = undefined;
      continue;
    }
    const ignore = IGNORE_LINES.exec(line);
    if (skipping === 'ignore') {
      kept.push('');
      if (ignore?.[1]!.toLowerCase() === 'end') skipping = undefined;
      continue;
    }
    if (typeof skipping === 'number') {
      kept.push('');
      skipping = skipping > 1 ? skipping - 1 : undefined;
      continue;
    }
    const changeset = CHANGESET.exec(line);
    if (changeset) {
      const attributes = attributesOf(changeset[2]!);
      inChangeset = true;
      runs = runsOnPostgres(attributes.get('dbms'));
      delimiter = attributes.get('enddelimiter');
      kept.push('');
      continue;
    }
    if (ignore) {
      skipping = ignore[1]!.toLowerCase() === 'start' ? 'ignore' : /^\d+$/.test(ignore[1]!) ? Number(ignore[1]) || undefined : undefined;
      kept.push('');
      continue;
    }
    if (ROLLBACK_BLOCK.test(line)) {
      if (!line.includes('*/')) skipping = 'block';
      kept.push('');
      continue;
    }
    if (!inChangeset || !runs || ROLLBACK_LINE.test(line)) {
      kept.push('');
      continue;
    }
    kept.push(delimiter ? endDelimited(line, delimiter) : line);
  }
  return kept.join('\n');
}

/** `key:value` pairs after the changeset's id; a value may be quoted (`endDelimiter:"\nGO"`). */
function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/(\w+):(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4]!);
  }
  return attributes;
}

/** `dbms:postgresql`, `dbms:all`, `dbms:!h2` run here; `dbms:oracle`, `dbms:none` do not. */
function runsOnPostgres(dbms: string | undefined): boolean {
  if (dbms === undefined) return true;
  const names = dbms
    .toLowerCase()
    .split(',')
    .map((name) => name.trim());
  if (names.includes('none')) return false;
  const excluded = names.filter((name) => name.startsWith('!')).map((name) => name.slice(1));
  const included = names.filter((name) => !name.startsWith('!'));
  if (excluded.includes('postgresql')) return false;
  return included.length === 0 || included.includes('all') || included.includes('postgresql');
}

/** A line that is, or ends with, the changeset's delimiter ends a statement: `;` instead. */
function endDelimited(line: string, delimiter: string): string {
  const plain = delimiter.replace(/^(\\n)+/, '').replace(/(\\n)+$/, '');
  if (!plain || plain === ';') return line;
  const trimmed = line.trimEnd();
  if (trimmed.trim().toLowerCase() === plain.toLowerCase()) return ';';
  return trimmed.endsWith(plain) ? `${trimmed.slice(0, trimmed.length - plain.length)};` : line;
}
