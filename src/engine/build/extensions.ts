import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScriptFile } from '../database.ts';
import { UserError } from '../../util/errors.ts';

/**
 * Extensions the schema and seed files create themselves (`CREATE EXTENSION pgcrypto` in a
 * pg_dump file), so the embedded engine can load them without an `extensions:` entry.
 */
export function extensionsCreatedBy(files: readonly ScriptFile[]): string[] {
  const names = new Set<string>();
  for (const file of files) for (const step of file.steps) if (step.kind === 'sql' && step.creates) names.add(step.creates);
  return [...names];
}

/** What a shipped extension needs loaded with it (its control file's `requires`), for CREATE EXTENSION ... CASCADE. */
const REQUIRES: Record<string, string[]> = { earthdistance: ['cube'] };

export function withRequirements(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => [...(REQUIRES[name] ?? []), name]))];
}

/** PostgreSQL's contrib as PGlite ships it: a tarball per extension (dist/extensions/ in the bundle). */
export function embeddedExtensions(): string[] {
  for (const candidate of ['./extensions/', '../../../node_modules/@electric-sql/pglite/dist/']) {
    try {
      const names = readdirSync(fileURLToPath(new URL(candidate, import.meta.url)))
        .filter((file) => file.endsWith('.tar.gz'))
        .map((file) => file.slice(0, -'.tar.gz'.length));
      if (names.length) return ['plpgsql', ...names].sort();
    } catch {
      // Not this layout (bundled dist/ or a source checkout): try the next place.
    }
  }
  return ['plpgsql'];
}

/** An extension the server does not have: a build step or `extensions:` entry that creates it failed. */
export class MissingExtensionError extends UserError {
  constructor(
    readonly extension: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * PostgreSQL's words for an extension it does not have, in a command's output: a process's
 * output is text, the only account of what failed in it.
 */
const MISSING_IN_OUTPUT = /extension "?([\w-]+)"? is not available/;

/** The command's failure, as a MissingExtensionError when its output says an extension is not available. */
export function commandFailure(message: string): UserError {
  const name = MISSING_IN_OUTPUT.exec(message)?.[1];
  return name ? new MissingExtensionError(name, message) : new UserError(message);
}

/** Images with an extension preinstalled, for the `engine: url` way out. */
const SERVICE_IMAGES: Record<string, string> = {
  vector: 'pgvector/pgvector:pg17',
  postgis: 'postgis/postgis:17-3.5',
  postgis_topology: 'postgis/postgis:17-3.5',
  timescaledb: 'timescale/timescaledb:latest-pg17',
};

/**
 * A missing extension's error, completed with every way through: skip it, an engine that has
 * it, or a service container that has it, with the workflow lines to copy.
 */
export function withExtensionAdvice(error: unknown, engine: 'embedded' | 'server' | 'url'): unknown {
  if (!(error instanceof MissingExtensionError)) return error;
  const name = error.extension;
  const embedded = embeddedExtensions();
  const ways = [`skip it with skip_extensions: [${name}] (a statement that needs it then fails with its file and line)`];
  if (engine !== 'embedded' && embedded.includes(name)) ways.push('use engine: embedded, which ships it');
  ways.push(`use engine: server with server.bin pointing at a PostgreSQL that has ${name} installed`);
  const image = SERVICE_IMAGES[name] ?? `an image with ${name} installed`;
  ways.push(
    `use engine: url with a service container that has it: in the workflow job \`services: { postgres: { image: ${image}, env: { POSTGRES_PASSWORD: postgres }, ports: ["5432:5432"] } }\` and the step input \`database-url: postgresql://postgres:postgres@localhost:5432/postgres\``,
  );
  const where = engine === 'embedded' ? `the embedded engine ships ${embedded.join(', ')}` : 'this server does not have it';
  return new UserError(`${error.message} (${where}). To go on: ${ways.join('; or ')}`);
}
