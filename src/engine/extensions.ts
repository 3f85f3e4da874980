import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'libpg-query';
import { splitScript } from './script.ts';
import type { SqlFile } from './types.ts';
import { UserError, isUserError } from '../util/errors.ts';

/**
 * Extensions the schema and seed files create themselves (`CREATE EXTENSION pgcrypto` in a
 * pg_dump file), found with the parser, so the embedded engine can load them without an
 * `extensions:` entry.
 */
export function extensionsCreatedBy(files: readonly SqlFile[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    // Only files that can hold one are parsed a second time.
    if (!/create\s+extension/i.test(file.text)) continue;
    for (const step of splitScript(file.text, file.path)) {
      if (step.kind !== 'sql' || !/^create\s+extension/i.test(step.sql)) continue;
      const statement = parseSync(step.sql).stmts?.[0]?.stmt as { CreateExtensionStmt?: { extname?: string } } | undefined;
      const name = statement?.CreateExtensionStmt?.extname;
      if (name) names.add(name);
    }
  }
  return [...names];
}

/** PostgreSQL's contrib as PGlite ships it: a tarball per extension (dist/extensions/ in the bundle). */
export function embeddedExtensions(): string[] {
  for (const candidate of ['./extensions/', '../../node_modules/@electric-sql/pglite/dist/']) {
    try {
      const names = readdirSync(fileURLToPath(new URL(candidate, import.meta.url)))
        .filter((file) => file.endsWith('.tar.gz'))
        .map((file) => file.slice(0, -'.tar.gz'.length));
      if (names.length) return ['plpgsql', ...names].sort();
    } catch {}
  }
  return ['plpgsql'];
}

const MISSING = /extension "?([\w-]+)"? is not available/;

/** A missing extension's error, completed with which engines have it and what to change. */
export function withExtensionAdvice(error: unknown, engine: 'embedded' | 'server' | 'url'): unknown {
  if (!isUserError(error)) return error;
  const name = MISSING.exec(error.message)?.[1];
  if (!name) return error;
  const embedded = embeddedExtensions();
  const elsewhere = 'engine: server with a PostgreSQL that has it installed (server.bin), or engine: url with a service container that has it';
  const advice =
    engine === 'embedded'
      ? `the embedded engine ships ${embedded.join(', ')}; use ${elsewhere}`
      : embedded.includes(name)
        ? `this server lacks it; the embedded engine ships it (engine: embedded), or install it on the server`
        : `the embedded engine does not ship it either; use ${elsewhere}`;
  return new UserError(`${error.message} (${advice})`);
}
