import { posix } from 'node:path';
import { isAlias, isCollection, LineCounter, parseDocument, type Node } from 'yaml';
import { compareCodePoints, scalarText } from '../../util/text.ts';
import { MigrationError } from './error.ts';

/*
 * A Liquibase master changelog (YAML, JSON or XML) given as a schema entry: its `include`,
 * `includeAll` and `sqlFile` entries, in order, name the SQL files to run. Nested changelogs
 * are followed. Other change types (createTable, addColumn, ...) are Liquibase's own Java
 * code: they are refused with their changeset's id rather than skipped, since skipping them
 * would build another schema than production's.
 */

const CHANGELOG_NAME = /\.(ya?ml|json|xml)$/i;

export function isChangelog(path: string, text: string): boolean {
  return CHANGELOG_NAME.test(path) && /databaseChangeLog/.test(text);
}

export interface ChangelogTree {
  /** Every path of the side's tree. */
  paths: readonly string[];
  read(path: string): Promise<string | null>;
}

/** An SQL file a changelog names, with the changelog that named it (for errors). */
export interface ChangelogFile {
  path: string;
  changelog: string;
}

/** Where a changelog's failure happened: the changelog's own path and the line in it. */
export class ChangelogError extends MigrationError {
  constructor(
    readonly changelog: string,
    line: number,
    message: string,
  ) {
    super(line, message);
  }
}

type Step =
  | { kind: 'include'; file: string; relative: boolean; line: number }
  | { kind: 'includeAll'; path: string; relative: boolean; line: number }
  | { kind: 'refused'; what: string; id: string; line: number };

export async function changelogFiles(path: string, tree: ChangelogTree, visiting: string[] = []): Promise<ChangelogFile[]> {
  if (visiting.includes(path)) throw new ChangelogError(visiting.at(-1)!, 1, `includes ${path}, which includes it again`);
  const text = await tree.read(path);
  if (text === null) throw new ChangelogError(visiting.at(-1) ?? path, 1, `${path} does not exist`);
  const steps = /\.xml$/i.test(path) ? xmlSteps(text) : structuredSteps(text, path);
  const files: ChangelogFile[] = [];
  const add = async (file: string) => {
    if (CHANGELOG_NAME.test(file)) files.push(...(await changelogFiles(file, tree, [...visiting, path])));
    else if (/\.sql$/i.test(file)) files.push({ path: file, changelog: path });
  };
  for (const step of steps) {
    if (step.kind === 'refused') {
      throw new ChangelogError(
        path,
        step.line,
        `changeset ${step.id} uses ${step.what}, which only Liquibase itself can run; write it as formatted SQL (--changeset) or sqlFile`,
      );
    }
    if (step.kind === 'include') {
      const target = resolveInclude(step.file, step.relative, path, (candidate) => tree.paths.includes(candidate));
      if (!target) throw new ChangelogError(path, step.line, `include ${step.file} names no file in the tree`);
      await add(target);
      continue;
    }
    const isUnder = (dir: string) => tree.paths.some((candidate) => candidate.startsWith(`${dir}/`));
    const dir = resolveInclude(step.path.replace(/\/+$/, ''), step.relative, path, isUnder);
    if (!dir) throw new ChangelogError(path, step.line, `includeAll ${step.path} names no folder in the tree`);
    // Liquibase's includeAll runs the folder's files (and its subfolders') in path order.
    for (const file of tree.paths.filter((candidate) => candidate.startsWith(`${dir}/`)).sort(compareCodePoints)) await add(file);
  }
  return files;
}

/**
 * An include's path: next to the changelog when `relativeToChangelogFile`, else relative to the
 * search path, which in a Java project is a folder above the changelog (`src/main/resources`):
 * the repository root first, then each folder above the changelog, nearest last.
 */
function resolveInclude(file: string, relative: boolean, changelog: string, exists: (path: string) => boolean): string | undefined {
  const name = file.replace(/^classpath\*?:/, '').replace(/^\/+/, '');
  if (relative) {
    const joined = posix.normalize(posix.join(posix.dirname(changelog), name));
    return exists(joined) ? joined : undefined;
  }
  const folders: string[] = [];
  for (let dir = posix.dirname(changelog); dir !== '.' && dir !== ''; dir = posix.dirname(dir)) folders.unshift(dir);
  folders.unshift('');
  return folders.map((folder) => posix.normalize(folder ? `${folder}/${name}` : name)).find(exists);
}

const TRUE = (value: unknown) => value === true || value === 'true';

/**
 * YAML and JSON changelogs: `databaseChangeLog` is a list of one-key entries. Values are read
 * with aliases resolved, as Liquibase reads them; lines come from the parsed nodes, so an error
 * points at the entry itself, not at the first text that looks like it.
 */
function structuredSteps(text: string, path: string): Step[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const unreadable = (line: number, message: string) => new ChangelogError(path, line, `not a readable changelog: ${message.split('\n')[0]}`);
  const [parseError] = document.errors;
  if (parseError) throw unreadable(parseError.linePos?.[0].line ?? 1, parseError.message);
  let value: unknown;
  try {
    value = document.toJS();
  } catch (error) {
    // An alias to nothing, or too many of them.
    throw unreadable(1, (error as Error).message);
  }
  const entries = (value as { databaseChangeLog?: unknown } | null)?.databaseChangeLog;
  if (!Array.isArray(entries)) throw new ChangelogError(path, 1, 'databaseChangeLog is not a list');
  /** The line of the node at `keys` under the entry (an alias's own line where one stands in). */
  const lineAt = (...keys: (string | number)[]): number => {
    let node: unknown = document.get('databaseChangeLog', true);
    for (const key of keys) {
      const collection = isAlias(node) ? node.resolve(document) : node;
      if (!isCollection(collection)) break;
      node = collection.get(key, true);
    }
    const range = (node as Node | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const steps: Step[] = [];
  for (const [index, entry] of (entries as unknown[]).entries()) {
    if (!entry || typeof entry !== 'object') continue;
    const { include, includeAll, changeSet } = entry as Record<string, Record<string, unknown> | undefined>;
    if (include) {
      const file = scalarText(include.file ?? '');
      steps.push({ kind: 'include', file, relative: TRUE(include.relativeToChangelogFile), line: lineAt(index, 'include', 'file') });
    } else if (includeAll) {
      const dir = scalarText(includeAll.path ?? '');
      steps.push({ kind: 'includeAll', path: dir, relative: TRUE(includeAll.relativeToChangelogFile), line: lineAt(index, 'includeAll', 'path') });
    } else if (changeSet) {
      const id = scalarText(changeSet.id ?? '?');
      const changes = changeSet.changes ?? [];
      if (!Array.isArray(changes)) throw new ChangelogError(path, lineAt(index, 'changeSet', 'changes'), `changeset ${id}: changes is not a list`);
      for (const [at, change] of (changes as unknown[]).entries()) {
        const line = lineAt(index, 'changeSet', 'changes', at);
        // A change is a one-key map; anything else (`- tagDatabase`) is named as it is written.
        const what = change && typeof change === 'object' ? Object.keys(change)[0] : scalarText(change);
        if (what === 'sqlFile') {
          const sqlFile = ((change as { sqlFile?: unknown }).sqlFile ?? {}) as Record<string, unknown>;
          const file = scalarText(sqlFile.path ?? '');
          steps.push({
            kind: 'include',
            file,
            relative: TRUE(sqlFile.relativeToChangelogFile),
            line: lineAt(index, 'changeSet', 'changes', at, 'sqlFile', 'path'),
          });
        } else if (what) steps.push({ kind: 'refused', what, id, line });
      }
    }
  }
  return steps;
}

/** XML changelogs: the elements that matter, in document order, read from their tags. */
function xmlSteps(text: string): Step[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  // Comments may hold whole example elements; blank them, keeping offsets.
  const visible = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const steps: Step[] = [];
  let changeSet: { id: string; depth: number } | undefined;
  let depth = 0;
  for (const tag of visible.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, closing, rawName, rawAttributes, selfClosing] = tag;
    const name = rawName!.replace(/^.*:/, '');
    const attributes = Object.fromEntries(
      [...rawAttributes!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((match) => [match[1]!, match[2] ?? match[3]!]),
    );
    const line = lineOf(tag.index);
    if (closing) {
      depth--;
      if (changeSet && depth === changeSet.depth) changeSet = undefined;
      continue;
    }
    if (changeSet && depth === changeSet.depth + 1) {
      if (name === 'sqlFile') steps.push({ kind: 'include', file: attributes.path ?? '', relative: TRUE(attributes.relativeToChangelogFile), line });
      else if (!['comment', 'preConditions', 'rollback', 'validCheckSum', 'tagDatabase'].includes(name))
        steps.push({ kind: 'refused', what: name, id: changeSet.id, line });
    } else if (name === 'include') steps.push({ kind: 'include', file: attributes.file ?? '', relative: TRUE(attributes.relativeToChangelogFile), line });
    else if (name === 'includeAll') steps.push({ kind: 'includeAll', path: attributes.path ?? '', relative: TRUE(attributes.relativeToChangelogFile), line });
    else if (name === 'changeSet') changeSet = { id: attributes.id ?? '?', depth };
    if (!selfClosing && !rawName!.startsWith('?')) depth++;
  }
  return steps;
}
