import { parseSync, loadModule } from 'libpg-query';
import { UserError } from '../util/errors.ts';

/** One executable unit of a schema or seed file, with the 1-based line it starts on. */
export type ScriptStep =
  | { kind: 'sql'; sql: string; line: number }
  | { kind: 'copy'; sql: string; data: string; line: number };

export async function loadParser(): Promise<void> {
  await loadModule();
}

/**
 * Split a SQL file into statements with the real PostgreSQL parser, so every failure can
 * name its line. psql meta-commands (`\restrict`, `\connect` in pg_dump output) are skipped;
 * `COPY ... FROM stdin;` blocks carry their data to the engine.
 */
export function splitScript(text: string, where: string): ScriptStep[] {
  const steps: ScriptStep[] = [];
  const lines = text.split('\n');
  let chunk: string[] = [];
  let chunkStart = 1;
  const flush = () => {
    if (chunk.some((line) => line.trim())) steps.push(...splitSql(chunk.join('\n'), chunkStart, where));
    chunk = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (chunk.length === 0) chunkStart = index + 1;
    if (/^\\/.test(line)) {
      flush();
      continue;
    }
    // pg_dump writes each COPY on a line of its own, followed by its data and a `\.` line.
    if (/^COPY\b.*\bFROM\s+stdin\b[^;]*;\s*$/i.test(line)) {
      flush();
      const data: string[] = [];
      let end = index + 1;
      while (end < lines.length && lines[end] !== '\\.') data.push(lines[end++]!);
      if (end >= lines.length) throw new UserError(`${where}:${index + 1}: COPY ... FROM stdin has no terminating \\. line`);
      steps.push({ kind: 'copy', sql: line.trim().replace(/\bstdin\b/i, 'STDIN'), data: data.length ? data.join('\n') + '\n' : '', line: index + 1 });
      index = end;
      continue;
    }
    chunk.push(line);
  }
  flush();
  return steps;
}

function splitSql(sql: string, firstLine: number, where: string): ScriptStep[] {
  const bytes = Buffer.from(sql, 'utf8');
  let parsed;
  try {
    parsed = parseSync(sql);
  } catch (error) {
    const details = (error as { sqlDetails?: { cursorPosition?: number; message?: string } }).sqlDetails;
    const offset = details?.cursorPosition ?? 0;
    const line = firstLine + countNewlines(bytes.subarray(0, offset));
    throw new UserError(`${where}:${line}: ${details?.message ?? (error as Error).message}`);
  }
  return (parsed.stmts ?? []).map((stmt) => {
    const start = stmt.stmt_location ?? 0;
    const end = stmt.stmt_len ? start + stmt.stmt_len : bytes.length;
    const raw = bytes.subarray(start, end).toString('utf8');
    const leading = raw.length - raw.trimStart().length;
    return {
      kind: 'sql' as const,
      sql: raw.trim(),
      line: firstLine + countNewlines(bytes.subarray(0, start)) + countNewlines(Buffer.from(raw.slice(0, leading))),
    };
  });
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (const byte of bytes) if (byte === 10) count++;
  return count;
}
