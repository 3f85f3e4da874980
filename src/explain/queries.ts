import type { Config, PlanModeSetting, QueryEntry } from '../config/config.ts';
import type { SideTree } from '../sides/tree.ts';
import { expandGlob, isGlob, matchesGlob, namesOnePath, normalizeRepoPath } from '../util/glob.ts';
import { UserError } from '../util/errors.ts';
import { invalidUtf8Offset } from '../util/text.ts';
import { toPostgresSql } from './placeholders.ts';
import { splitQueryFile, type QueryBlock } from './query-file.ts';
import { describeKinds, unexplainableKinds } from './statement-kind.ts';
import { noop } from '../util/ignore.ts';

/** One registered query as one side defines it. */
export interface QueryDef {
  name: string;
  endpoint: string | null;
  /** Repository-relative file of a `file:` query; null for inline `sql:`. */
  file: string | null;
  /** Line of the SQL in `file` (after the header), or of the entry in the config. */
  line: number;
  /** As written: `placeholders:` and a named-query tool's parameters are resolved when it is explained. */
  sql: string;
  /** Which parameter markers the SQL uses (sqlc's `@id`, yesql's `:id`); plain by default. */
  dialect?: QueryBlock['dialect'];
  params?: unknown[];
  /** The params were chosen from the built database, not given. */
  paramsInferred?: boolean;
  /** `generic` forces the generic plan even where values are known. */
  planMode?: PlanModeSetting;
  /** A problem with the definition itself (bad header), reported as this query failing. */
  definitionError?: string;
  /** The SQL above the first `-- name:` marker of a named-query file (sqlc keeps its schema there). */
  preamble?: true;
}

/** A statement of a query file that is not a query EXPLAIN takes (DDL, ANALYZE, SET, ...): listed, never a finding. */
export interface SkippedQuery {
  name: string;
  file: string | null;
  line: number;
  /** Its kind and why it is not explained: `ANALYZE: not a query EXPLAIN takes`. */
  reason: string;
}

type QuerySettings = Pick<Config, 'params' | 'planMode' | 'ignore'> & { path: string; placeholders?: Readonly<Record<string, string>> };

/** What a side's schema and seed files are, to skip a query file that is one of them. */
export interface SchemaFileNotes {
  /** Repository paths of the side's schema and seed files. */
  schemaFiles?: readonly string[];
  info?: (message: string) => void;
}

/**
 * Expand `queries:` for one side: inline entries as written, `file:` globs from that side's
 * tree (one query per file, or per `-- name:` marker). Values come from the query's own
 * header, else its entry, else the config's `params:` map; `ignore:` globs drop queries.
 */
export async function resolveQueries(
  entries: QueryEntry[],
  tree: SideTree,
  config: QuerySettings,
  side: 'base' | 'head' = 'head',
  warn: (message: string) => void = noop,
  notes: SchemaFileNotes = {},
): Promise<{ queries: QueryDef[]; ignored: number; skipped: SkippedQuery[] }> {
  const configPath = config.path;
  const files = await tree.listFiles();
  const defs: QueryDef[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.sql !== undefined) {
      if (!entry.name) throw new UserError(`${configPath}:${entry.line}: queries[${index}].name is required for an inline sql query`);
      defs.push({
        name: entry.name,
        endpoint: entry.endpoint ?? null,
        file: null,
        line: entry.line,
        sql: entry.sql,
        ...(entry.params && { params: entry.params }),
        ...planModeOf(entry, config),
      });
      continue;
    }
    const pattern = normalizeRepoPath(entry.file!);
    const matched = expandGlob(pattern, files);
    // A named file missing on one side is a removed (or not yet added) query, not an error.
    const contents = await Promise.all(matched.map((path) => tree.readBytes(path)));
    const fromFiles = matched.flatMap((path, fileIndex) => fromQueryFileBytes(path, contents[fileIndex] ?? Buffer.alloc(0), entry));
    if (entry.name !== undefined && fromFiles.length > 1) {
      throw new UserError(
        `${configPath}:${entry.line}: queries[${index}].name cannot be set on an entry with ${fromFiles.length} queries (${matched.length} files); name them with -- name: markers`,
      );
    }
    defs.push(...fromFiles.map((def) => ({ ...def, ...planModeOf(entry, config) })));
  }
  const seen = new Map<string, QueryDef>();
  const unique: QueryDef[] = [];
  for (const def of defs) {
    const previous = seen.get(def.name);
    if (!previous) {
      seen.set(def.name, def);
      unique.push(def);
      continue;
    }
    const message = `two queries are named "${def.name}" on ${tree.ref} (${describe(previous, configPath)} and ${describe(def, configPath)}); names must be unique`;
    // Base's duplicate is what the pull request may be fixing: it must not stop the run.
    if (side === 'head') throw new UserError(`${configPath}: ${message}`);
    warn(`${message}; base keeps the first`);
  }
  const kept = unique.filter((def) => !config.ignore.some((glob) => matchesGlob(glob, def.name)));
  const { queries, skipped } = withoutStatements(kept, config, side, notes);
  return { queries: queries.map((def) => withSizeBound(withConfiguredParams(def, config.params), configPath)), ignored: unique.length - kept.length, skipped };
}

/**
 * Take out what EXPLAIN cannot take, by the real parser: a query file that is also a schema or
 * seed file (one entry for the file, and one info line), sqlc's DDL above the first `-- name:`
 * marker, and named utility statements (`-- name: AnalyzeTask :exec` / `ANALYZE task;`).
 * Explaining them would only give errors that read like syntax errors.
 */
export function withoutStatements(
  defs: QueryDef[],
  config: Pick<QuerySettings, 'placeholders'>,
  side: 'base' | 'head',
  notes: SchemaFileNotes,
): { queries: QueryDef[]; skipped: SkippedQuery[] } {
  const schemaFiles = new Set(notes.schemaFiles ?? []);
  const queries: QueryDef[] = [];
  const skipped: SkippedQuery[] = [];
  const schemaFilesSkipped = new Set<string>();
  for (const def of defs) {
    if (def.file !== null && schemaFiles.has(def.file)) {
      if (schemaFilesSkipped.has(def.file)) continue;
      schemaFilesSkipped.add(def.file);
      skipped.push({ name: def.file.replace(/\.sql$/i, ''), file: def.file, line: 1, reason: 'a schema or seed file that a queries: glob also matched' });
      if (side === 'head') notes.info?.(`${def.file}: a schema/seed file that a queries: glob also matches; not read as queries`);
      continue;
    }
    const kinds = def.definitionError ? null : unexplainableKinds(toPostgresSql(def.sql, def.dialect ?? 'plain', config.placeholders ?? {}));
    if (!kinds) {
      queries.push(def);
      continue;
    }
    const what = describeKinds(kinds);
    const reason = def.preamble ? `${what}: schema above the first -- name: marker, not a query` : `${what}: not a query EXPLAIN takes`;
    skipped.push({ name: def.name, file: def.file, line: def.line, reason });
  }
  return { queries, skipped };
}

/** Both sides' skipped statements, once each: head's, then those only base has. */
export function mergeSkipped(base: readonly SkippedQuery[], head: readonly SkippedQuery[]): SkippedQuery[] {
  const names = new Set(head.map((entry) => entry.name));
  return [...head, ...base.filter((entry) => !names.has(entry.name))];
}

/** The longest query text explained; see withSizeBound. */
export const MAX_QUERY_BYTES = 1024 * 1024;

/**
 * Parsing and planning take memory in proportion to a query's text, and the embedded engine
 * never gives it back: a 5 MB IN list peaked at 1.1 GB. A text over 1 MB is a query-error
 * instead (production sends such a list as one array parameter).
 */
export function withSizeBound(def: QueryDef, configPath: string): QueryDef {
  const bytes = Buffer.byteLength(def.sql);
  if (bytes <= MAX_QUERY_BYTES || def.definitionError) return def;
  const size = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  const definitionError = `${describe(def, configPath)}: the query is ${size(bytes)}, over the ${size(MAX_QUERY_BYTES)} pg-plan-gate explains (send a list this long as one array parameter: = ANY($1))`;
  return { ...def, definitionError };
}

function planModeOf(entry: QueryEntry, config: QuerySettings): { planMode?: PlanModeSetting } {
  const mode = entry.planMode ?? config.planMode;
  return mode === 'generic' ? { planMode: mode } : {};
}

/** The `params:` map: an exact name wins, else the last glob that matches. */
export function withConfiguredParams(def: QueryDef, map: Readonly<Record<string, unknown[]>>): QueryDef {
  if (def.params) return def;
  const exact = Object.hasOwn(map, def.name) ? map[def.name] : undefined;
  const globbed = Object.keys(map)
    .filter((key) => isGlob(key) && matchesGlob(key, def.name))
    .pop();
  const params = exact ?? (globbed !== undefined ? map[globbed] : undefined);
  return params ? { ...def, params } : def;
}

function describe(def: QueryDef, configPath: string): string {
  return def.file ? `${def.file}:${def.line}` : `${configPath}:${def.line}`;
}

/**
 * A file that is not UTF-8 would be explained as text with U+FFFD in it, which is not the query
 * the file holds: each of its queries fails instead, naming where the bad byte is.
 */
function fromQueryFileBytes(path: string, bytes: Buffer, entry: Pick<QueryEntry, 'name' | 'endpoint' | 'params'>): QueryDef[] {
  const defs = fromQueryFile(path, bytes.toString('utf8'), entry);
  const offset = invalidUtf8Offset(bytes);
  if (offset === null) return defs;
  const line = countLines(bytes.subarray(0, offset));
  const definitionError = `${path}:${line}: not valid UTF-8 (byte offset ${offset}); save the file as UTF-8`;
  return defs.map((def) => ({ ...def, definitionError }));
}

function countLines(bytes: Buffer): number {
  let lines = 1;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}

/**
 * The queries of one query file: one per `-- name:` marker, or the whole file. A file's own
 * name and values win over its config entry's.
 */
export function fromQueryFile(path: string, text: string, entry: Pick<QueryEntry, 'name' | 'endpoint' | 'params'>): QueryDef[] {
  return splitQueryFile(path, text).map((block) => ({
    name: block.name || entry.name || path.replace(/\.sql$/i, ''),
    endpoint: block.endpoint || entry.endpoint || null,
    file: path,
    line: block.line,
    sql: block.sql,
    ...(block.dialect !== 'plain' && { dialect: block.dialect }),
    ...((block.params ?? entry.params) && { params: block.params ?? entry.params }),
    ...(block.definitionError && { definitionError: block.definitionError }),
    ...(block.preamble && { preamble: true as const }),
  }));
}

/**
 * A `file:` entry that names no file on either side is a typo, not a pass: a plain path is an
 * error, a glob a warning; and so is a config that ends up with no queries at all.
 */
export async function checkQueryEntries(
  entries: QueryEntry[],
  trees: { base: SideTree; head: SideTree },
  configPath: string,
  warn: (message: string) => void,
  hasCapture = false,
): Promise<void> {
  const [baseFiles, headFiles] = await Promise.all([trees.base.listFiles(), trees.head.listFiles()]);
  for (const [index, entry] of entries.entries()) {
    if (entry.file === undefined) continue;
    const pattern = normalizeRepoPath(entry.file);
    if (expandGlob(pattern, headFiles).length || expandGlob(pattern, baseFiles).length) continue;
    if (namesOnePath(pattern)) throw new UserError(`${configPath}:${entry.line}: queries[${index}].file ${pattern} does not exist on base or head`);
    warn(`${configPath}:${entry.line}: queries[${index}].file ${pattern} matches no file on base or head`);
  }
  if (entries.length === 0 && !hasCapture) warn(`${configPath}: no queries: list queries to gate (see docs/queries.md)`);
}
