import { parseSync, loadModule } from 'libpg-query';
import { clockFactsOf } from './clock.ts';
import { touchedBy } from './touched.ts';
import type { ScriptFile, ScriptStep } from '../database.ts';
import type { SqlFile } from '../../sides/files.ts';
import { UserError } from '../../util/errors.ts';
import { normalizeSqlText } from '../../util/text.ts';

export async function loadParser(): Promise<void> {
  await loadModule();
}

/**
 * Every side's files split into statements, each distinct file once: base and head usually
 * share most of theirs. `cache` lives for one run.
 */
export function scriptFiles(
  files: readonly SqlFile[],
  label: string,
  skipExtensions: ReadonlySet<string>,
  cache: Map<string, ScriptStep[]> = new Map(),
  env: Record<string, string> = {},
): ScriptFile[] {
  return files.map((file) => {
    if (file.command) return commandScript(file, env);
    // A migration tool's file names how it was read, so its errors say which part of it ran.
    const path = file.reading ? `${file.path} (${file.reading})` : file.path;
    const key = `${path}\0${file.text}`;
    let steps = cache.get(key);
    if (!steps) cache.set(key, (steps = splitScript(file.text, `${label}: ${path}`, skipExtensions)));
    return { path, phase: file.phase, steps };
  });
}

/** A command entry: nothing to split; what runs, where, and the environment it starts from. */
export function commandScript(file: SqlFile, env: Record<string, string>): ScriptFile {
  const command = file.command!;
  return { path: file.path, phase: file.phase, steps: [], command: { run: command.run, cwd: command.cwd, timeoutMs: command.timeoutMinutes * 60_000, env } };
}

/**
 * Split a SQL file into statements with the real PostgreSQL parser, so every failure can
 * name its line. psql meta-commands (`\restrict`, `\connect` in pg_dump output) are skipped;
 * `COPY ... FROM stdin;` blocks carry their data to the engine.
 */
export function splitScript(text: string, where: string, skipExtensions: ReadonlySet<string> = new Set()): ScriptStep[] {
  const steps: ScriptStep[] = [];
  const lines = normalizeSqlText(text).split('\n');
  let chunk: string[] = [];
  let chunkStart = 1;
  const flush = () => {
    if (chunk.some((line) => line.trim())) steps.push(...splitSql(chunk.join('\n'), chunkStart, where, skipExtensions));
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

/**
 * Ownership and privileges do not change plans, and pg_dump without --no-owner names roles
 * that do not exist in a fresh database: such statements are skipped.
 */
const PLAN_IRRELEVANT_STATEMENTS = new Set(['AlterOwnerStmt', 'GrantStmt', 'GrantRoleStmt', 'AlterDefaultPrivilegesStmt']);

function isOwnershipStatement(stmt: Record<string, unknown> | undefined): boolean {
  if (!stmt) return false;
  const [type] = Object.keys(stmt);
  if (type && PLAN_IRRELEVANT_STATEMENTS.has(type)) return true;
  // ALTER TABLE ... OWNER TO is an AlterTableStmt whose only command is AT_ChangeOwner.
  const alter = (stmt as { AlterTableStmt?: { cmds?: { AlterTableCmd?: { subtype?: string } }[] } }).AlterTableStmt;
  return !!alter?.cmds?.length && alter.cmds.every((cmd) => cmd.AlterTableCmd?.subtype === 'AT_ChangeOwner');
}

/** The extension a CREATE/ALTER/COMMENT ON EXTENSION statement is about. */
export function extensionOf(stmt: Record<string, unknown> | undefined): string | undefined {
  if (!stmt) return undefined;
  const named = (stmt.CreateExtensionStmt ?? stmt.AlterExtensionStmt ?? stmt.AlterExtensionContentsStmt) as { extname?: string } | undefined;
  if (named?.extname) return named.extname;
  const comment = stmt.CommentStmt as { objtype?: string; object?: { String?: { sval?: string } } } | undefined;
  return comment?.objtype === 'OBJECT_EXTENSION' ? comment.object?.String?.sval : undefined;
}

function splitSql(sql: string, firstLine: number, where: string, skipExtensions: ReadonlySet<string>): ScriptStep[] {
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
  // Statements come in order: count the newlines between consecutive ones, not from the file's
  // start each time (that was quadratic: 25 s for a 10,000-statement structure.sql).
  let counted = 0;
  let lines = 0;
  const linesBefore = (offset: number) => {
    for (let at = bytes.indexOf(10, counted); at !== -1 && at < offset; at = bytes.indexOf(10, at + 1)) lines++;
    counted = Math.max(counted, offset);
    return lines;
  };
  const steps: ScriptStep[] = [];
  for (const stmt of parsed.stmts ?? []) {
    const start = stmt.stmt_location ?? 0;
    const end = stmt.stmt_len ? start + stmt.stmt_len : bytes.length;
    const raw = bytes.subarray(start, end).toString('utf8');
    const leading = Buffer.byteLength(raw.slice(0, raw.length - raw.trimStart().length));
    const line = firstLine + linesBefore(start + leading);
    const node = stmt.stmt as Record<string, unknown> | undefined;
    if (isOwnershipStatement(node)) continue;
    const extension = extensionOf(node);
    if (extension !== undefined && skipExtensions.has(extension)) steps.push({ kind: 'skipped', extension, line });
    else {
      const touches = touchedBy(node);
      const creates = extension !== undefined && node?.CreateExtensionStmt ? { creates: extension } : {};
      const clock = clockFactsOf(node);
      steps.push({ kind: 'sql', sql: raw.trim(), line, ...creates, ...(touches === 'all' || touches.length > 0 ? { touches } : {}), ...(clock && { clock }) });
    }
  }
  return steps;
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (const byte of bytes) if (byte === 10) count++;
  return count;
}
