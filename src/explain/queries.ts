import { parse as parseYaml } from 'yaml';
import type { QueryEntry } from '../config/types.ts';
import type { SideTree } from '../sides/tree.ts';
import { expandGlob, isGlob, normalizeRepoPath } from '../util/glob.ts';
import { UserError, errorMessage } from '../util/errors.ts';
import { normalizeSqlText } from '../util/text.ts';

/** One registered query as one side defines it. */
export interface QueryDef {
  name: string;
  endpoint: string | null;
  /** Repository-relative file of a `file:` query; null for inline `sql:`. */
  file: string | null;
  /** Line of the SQL in `file` (after the header), or of the entry in the config. */
  line: number;
  sql: string;
  params?: unknown[];
  /** A problem with the definition itself (bad header), reported as this query failing. */
  definitionError?: string;
}

/** Expand `queries:` for one side: inline entries as written, `file:` globs from that side's tree. */
export async function resolveQueries(entries: QueryEntry[], tree: SideTree, configPath: string): Promise<QueryDef[]> {
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
      });
      continue;
    }
    const pattern = normalizeRepoPath(entry.file!);
    const matched = expandGlob(pattern, files);
    if (matched.length > 1 && entry.name !== undefined) {
      throw new UserError(`${configPath}:${entry.line}: queries[${index}].name cannot be set on a glob matching ${matched.length} files; use a -- name: header`);
    }
    // A named file missing on one side is a removed (or not yet added) query, not an error.
    const texts = await Promise.all(matched.map((path) => tree.readText(path)));
    matched.forEach((path, index) => defs.push(fromQueryFile(path, texts[index] ?? '', entry)));
  }
  const seen = new Map<string, QueryDef>();
  for (const def of defs) {
    const previous = seen.get(def.name);
    if (previous) {
      throw new UserError(`${configPath}: two queries are named "${def.name}" on ${tree.ref} (${describe(previous)} and ${describe(def)}); names must be unique`);
    }
    seen.set(def.name, def);
  }
  return defs;
}

function describe(def: QueryDef): string {
  return def.file ?? `line ${def.line}`;
}

const HEADER = /^--\s*(name|endpoint|params)\s*:\s*(.*)$/i;

/** `-- endpoint: GET /x`, `-- params: [1, "a"]` and `-- name: x` comments at the top of a query file. */
export function fromQueryFile(path: string, text: string, entry: Pick<QueryEntry, 'name' | 'endpoint' | 'params'>): QueryDef {
  text = normalizeSqlText(text);
  const lines = text.split('\n');
  const headers: Record<string, string> = {};
  let definitionError: string | undefined;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (!line.startsWith('--')) break;
    const match = HEADER.exec(line);
    if (match) headers[match[1]!.toLowerCase()] = match[2]!.trim();
  }
  let params = entry.params;
  if (headers.params !== undefined) {
    try {
      const parsed: unknown = parseYaml(headers.params);
      if (!Array.isArray(parsed)) throw new Error('expected a list like [1, "a"]');
      params = parsed;
    } catch (error) {
      definitionError = `${path}: -- params: ${errorMessage(error).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    }
  }
  return {
    name: headers.name || entry.name || path.replace(/\.sql$/i, ''),
    endpoint: headers.endpoint || entry.endpoint || null,
    file: path,
    line: Math.min(index + 1, lines.length),
    sql: text.trim(),
    ...(params && { params }),
    ...(definitionError && { definitionError }),
  };
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
    if (!isGlob(pattern)) throw new UserError(`${configPath}:${entry.line}: queries[${index}].file ${pattern} does not exist on base or head`);
    warn(`${configPath}:${entry.line}: queries[${index}].file ${pattern} matches no file on base or head`);
  }
  if (entries.length === 0 && !hasCapture) warn(`${configPath}: no queries: list queries to gate (see queries: in the README)`);
}
